import { describe, expect, it } from "vitest";
import { bandSpan, dodgeSlots, spreadGroups } from "./dodge.js";

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

describe("spreadGroups", () => {
  const options = { preferred: 10, min: 8, gap: 5 };
  /** The Trends counts chart's events, 2017–2024, on a plot `width` pixels wide from x = 60. */
  const chart = (width: number) => {
    const at = (years: number) => 60 + (years / 8) * width;
    return {
      left: 60,
      right: 60 + width,
      groups: [
        { key: "yunnan-2017-07", x: at(0.54), count: 1 },
        { key: "shenyang-2019-04-28", x: at(2.32), count: 3 },
        { key: "liaoning-2019", x: at(2.5), count: 4 },
        { key: "repatriation-2023-10-09", x: at(6.77), count: 7 },
        { key: "officials-2024-04", x: at(7.29), count: 1 },
      ],
    };
  };
  /** The left and right edges of a group's marks. */
  const edges = (s: { centre: number; step: number }, count: number) => [
    s.centre - (count * s.step) / 2,
    s.centre + (count * s.step) / 2,
  ];

  it.each([260, 740])("on a %d px plot no event's marks reach halfway to the next event's date", (width) => {
    const { left, right, groups } = chart(width);
    const spread = spreadGroups(groups, { left, right, ...options });
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const s = spread.get(g.key)!;
      expect(s.step).toBeGreaterThanOrEqual(options.min);
      const [from, to] = edges(s, g.count);
      expect(from).toBeGreaterThanOrEqual(left);
      expect(to).toBeLessThanOrEqual(right);
      if (g.count === 1) expect(s.centre).toBe(g.x);
      const next = groups[i + 1];
      // Shenyang and Liaoning are 6 px apart on a phone: no layout keeps both within 3 px.
      if (next && next.x - g.x > 2 * g.count * options.min)
        expect(to).toBeLessThanOrEqual((g.x + next.x) / 2);
    }
    // Before: a fixed 10 px step about the date put the 9 Oct 2023 claims over April 2024.
    const oct = groups[3]!;
    const april = groups[4]!;
    expect(oct.x + 3.5 * 10).toBeGreaterThan((oct.x + april.x) / 2);
    expect(edges(spread.get(oct.key)!, 7)[1]).toBeLessThan(april.x - 5);
  });

  it("keeps a group with room on its date at the preferred step", () => {
    const spread = spreadGroups(
      [
        { key: "a", x: 100, count: 3 },
        { key: "b", x: 400, count: 2 },
      ],
      { left: 0, right: 500, ...options },
    );
    expect(spread.get("a")).toEqual({ centre: 100, step: 10 });
    expect(spread.get("b")).toEqual({ centre: 400, step: 10 });
  });

  it("narrows the step before it slides a group off its date, and slides it away from the neighbour", () => {
    const spread = spreadGroups(
      [
        { key: "oct", x: 300, count: 7 },
        { key: "apr", x: 350, count: 1 },
      ],
      { left: 0, right: 500, ...options },
    );
    const oct = spread.get("oct")!;
    expect(oct.step).toBe(8);
    expect(oct.centre).toBeLessThan(300);
    expect(oct.centre + 3.5 * oct.step).toBeCloseTo(320, 6);
  });

  it("sets groups of one date side by side, and slides a group at the plot's edge inward", () => {
    const spread = spreadGroups(
      [
        { key: "b", x: 200, count: 2 },
        { key: "a", x: 200, count: 1 },
        { key: "edge", x: 2, count: 3 },
      ],
      { left: 0, right: 400, ...options },
    );
    expect(spread.get("a")!.centre).toBeLessThan(spread.get("b")!.centre);
    expect(spread.get("b")!.centre - spread.get("a")!.centre).toBeCloseTo(1.5 * spread.get("a")!.step, 6);
    expect(spread.get("edge")).toEqual({ centre: 15, step: 10 });
  });
});

describe("bandSpan", () => {
  it("covers the marks with 5 px to spare, kept inside the plot", () => {
    expect(
      bandSpan(
        [
          { at: 100, half: 10 },
          { at: 140, half: 10 },
        ],
        50,
        500,
      ),
    ).toEqual([85, 155]);
    expect(bandSpan([{ at: 52, half: 10 }], 50, 500)).toEqual([50, 67]);
    expect(bandSpan([], 50, 500)).toBeNull();
  });

  it("gives no band for marks pushed wholly past either edge, never a negative width", () => {
    expect(
      bandSpan(
        [
          { at: 20, half: 5 },
          { at: 30, half: 5 },
        ],
        50,
        500,
      ),
    ).toBeNull();
    expect(bandSpan([{ at: 600, half: 5 }], 50, 500)).toBeNull();
  });
});
