import { describe, expect, it } from "vitest";
import { visibleLetters } from "./bandLetters.js";

const band = (id: string, letter: string, x: number) => ({ id, letter, x });
const ids = (shown: { id: string }[]) => shown.map((b) => b.id);

describe("visibleLetters", () => {
  it("draws every letter that clears its neighbours", () => {
    expect(ids(visibleLetters([band("c", "C", 160), band("a", "A", 100), band("b", "B", 130)]))).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("leaves out a letter that would sit on the last one drawn, left to right", () => {
    // An outside audit's crowded group: C at 136 under D at 137, and R27…R30 a few pixels apart.
    const shown = visibleLetters([
      band("d", "D", 137),
      band("c", "C", 136),
      band("f", "F", 173),
      band("g", "G", 174),
      band("z", "Z", 300),
      band("r27", "R27", 304),
      band("r28", "R28", 309),
      band("r29", "R29", 314),
      band("r30", "R30", 345),
    ]);
    expect(ids(shown)).toEqual(["c", "f", "z", "r30"]);
  });

  it("measures a longer letter as wider: R27 needs more room than A", () => {
    expect(visibleLetters([band("a", "A", 100), band("b", "B", 116)]).length).toBe(2);
    expect(visibleLetters([band("a", "R27", 100), band("b", "R28", 116)]).length).toBe(1);
  });

  it("draws no letter for a group's only reading, which has none", () => {
    expect(visibleLetters([band("only", "", 100)]).length).toBe(0);
  });
});
