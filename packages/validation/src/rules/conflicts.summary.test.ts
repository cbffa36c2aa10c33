import { describe, expect, it } from "vitest";
import { claim, event, makeDataset } from "../__fixtures__/dataset.js";
import { conflicts } from "./conflicts.js";

type Cells = Record<string, string>;

const run = (claims: Cells[]) =>
  conflicts.check({
    dataset: makeDataset({ events: [event("e1"), event("e2"), event("e3")], claims }),
    datasetLabel: "t",
    tolerance: 0.1,
  });
const infos = (claims: Cells[]) => run(claims).filter((f) => f.severity === "info");
/** A claim of event `e` from its own origin (attributed_to is part of an origin). */
const from = (id: string, e: string, qualifier: string, low: string, high: string) =>
  claim(id, qualifier, low, high, { event_id: e, attributed_to: `person ${id}` });

describe("conflicts: the info per group", () => {
  it("counts each group's own claims, origins and readings, not those of the groups before it", () => {
    const [, second] = infos([
      from("a1", "e1", "exact", "10", "10"),
      from("a2", "e1", "exact", "10", "10"),
      from("a3", "e1", "exact", "90", "90"),
      from("b1", "e2", "exact", "5", "5"),
      from("b2", "e2", "exact", "50", "50"),
    ]);
    expect(second).toMatchObject({ event_id: "e2", row: 4 });
    expect(second!.message).toBe(
      "e2 / persons: 2 claims from 2 independent origins, figures from 5 to 50, 2 readings, 1 conflicting pair",
    );
    expect(second!.details).toEqual({ claims: 2, origins: 2, min: 5, max: 50, readings: 2, conflicts: 1 });
  });

  it("speaks of one claim, origin, figure and reading in the singular", () => {
    const [only] = infos([from("a", "e1", "exact", "5", "5")]);
    expect(only!.message).toBe(
      "e1 / persons: 1 claim from 1 independent origin, figure 5, 1 reading, 0 conflicting pairs",
    );
    expect(only!.details).toEqual({ claims: 1, origins: 1, min: 5, max: 5, readings: 1, conflicts: 0 });
  });

  it("spans the figures from the lowest to the highest end a claim names, whichever end that is", () => {
    const [highest, lowest] = infos([
      // e1: the largest figure is an upper end (900), the smallest a lower end (100); "at least
      // 150" names no upper end.
      from("a1", "e1", "exact", "100", "100"),
      from("a2", "e1", "between", "200", "900"),
      from("a3", "e1", "at_least", "150", ""),
      // e2: the smallest figure is an upper end (at most 50), the largest a lower end (more than
      // 700); "exactly 100" comes after both.
      from("b1", "e2", "at_most", "", "50"),
      from("b2", "e2", "more_than", "700", ""),
      from("b3", "e2", "exact", "100", "100"),
    ]);
    expect(highest!.details).toMatchObject({ min: 100, max: 900 });
    expect(highest!.message).toContain("figures from 100 to 900");
    expect(lowest!.details).toMatchObject({ min: 50, max: 700 });
    // Both ends are open ones, and say so: "from 50 to 700" read as two bounded figures.
    expect(lowest!.message).toContain("figures from at most 50 to more than 700");
  });

  it("gives a one-claim group whose only figure is an open end of 0 or below that figure, with its qualifier", () => {
    const [atLeast, atMost] = infos([
      from("a", "e1", "at_least", "0", ""),
      from("b", "e2", "at_most", "", "-5"),
    ]);
    expect(atLeast!.message).toContain("1 claim from 1 independent origin, figure at least 0,");
    expect(atLeast!.details).toMatchObject({ min: 0, max: 0 });
    expect(atMost!.message).toContain("1 claim from 1 independent origin, figure at most -5,");
    expect(atMost!.details).toMatchObject({ min: -5, max: -5 });
  });

  type Bounds = [qualifier: string, low: string, high: string];
  // The lowest figure of "at least 39" is its own lower end; "about 60" is the highest.
  it.each<[Bounds, Bounds, string]>([
    [["more_than", "5", ""], ["at_least", "5", ""], "figure at least 5"],
    [["at_least", "60", ""], ["exact", "60", "60"], "figure 60"],
    [["fewer_than", "", "9"], ["at_most", "", "9"], "figure at most 9"],
    [["at_least", "39", ""], ["about", "60", "60"], "figures from 39 to 60"],
  ])(
    "words a span's ends the same whatever the claims' order, a claim's own end first: %j and %j read %j",
    (x, y, words) => {
      const [a, b] = [from("a", "e1", ...x), from("b", "e1", ...y)];
      const both = [infos([a, b])[0]!.message, infos([b, a])[0]!.message].map((m) => m.split(", ")[1]);
      expect(both).toEqual([words, words]);
    },
  );
});

describe("conflicts: the warning per group", () => {
  it("calls the gap unbounded when the lower reading reaches no positive figure, and one pair a pair", () => {
    const [w, ...more] = run([
      from("a", "e1", "exact", "0", "0"),
      from("b", "e1", "exact", "10", "10"),
    ]).filter((f) => f.severity === "warning");
    expect(more).toEqual([]);
    expect(w!.details).toMatchObject({ gap_ratio: null, pairs: 1 });
    expect(w!.message).toMatch(/; gap unbounded \(\w+\), 1 conflicting pair$/);
  });
});
