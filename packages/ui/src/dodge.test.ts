import { describe, expect, it } from "vitest";
import { dodgeSlots, dodgeStep } from "./dodge.js";

describe("dodgeSlots", () => {
  const repatriation = [
    { id: "c004", group: "rep", sortKey: "NK Insider c004" },
    { id: "c001", group: "rep", sortKey: "Daily NK c001" },
    { id: "c012", group: "rep", sortKey: "Daily NK c012" },
    { id: "c002", group: "rep", sortKey: "Daily NK c002" },
    { id: "c005", group: "rep", sortKey: "NK Insider c005" },
    { id: "c011", group: "rep", sortKey: "Daily NK c011" },
  ];

  it("spreads the claims of one event around its position, ordered by outlet then id", () => {
    const slots = dodgeSlots(repatriation);
    const order = [...slots.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(order).toEqual(["c001", "c002", "c011", "c012", "c004", "c005"]);
    expect([...slots.values()].sort((a, b) => a - b)).toEqual([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]);
  });

  it("gives the same slots whatever order the rows arrive in", () => {
    const a = dodgeSlots(repatriation);
    const b = dodgeSlots([...repatriation].reverse());
    expect(b).toEqual(a);
  });

  it("leaves a lone claim in place and keeps groups apart", () => {
    const slots = dodgeSlots([
      { id: "x", group: "one", sortKey: "A" },
      { id: "y", group: "two", sortKey: "B" },
      { id: "z", group: "two", sortKey: "A" },
    ]);
    expect(slots.get("x")).toBe(0);
    expect([slots.get("z"), slots.get("y")]).toEqual([-0.5, 0.5]);
  });
});

describe("dodgeStep", () => {
  it("keeps the preferred step when the widest group fits and narrows it when not", () => {
    const six = new Map([...Array(6).keys()].map((i) => [String(i), i - 2.5]));
    expect(dodgeStep(six, 12, 100)).toBe(12);
    expect(dodgeStep(six, 12, 50)).toBe(10);
    expect(dodgeStep(six, 12, 10)).toBe(6);
    expect(dodgeStep(new Map([["a", 0]]), 12, 10)).toBe(12);
  });
});
