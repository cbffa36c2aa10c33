import { describe, expect, it } from "vitest";
import {
  bandSpan,
  bracketLanes,
  DISPLACED,
  dodgeGuides,
  dodgeSlots,
  type GroupSpread,
  type SpreadGroup,
  spreadGroups,
  stretchesHold,
} from "./dodge.js";

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
  const chart = (width: number, labelEvery: number) => {
    const at = (years: number) => 60 + (years / 8) * width;
    return {
      left: 60,
      right: 60 + width,
      // The labelled ticks: 1 January of 2017 and of every `labelEvery`th year after it.
      ticks: [0, 1, 2, 3, 4, 5, 6, 7].filter((y) => y % labelEvery === 0).map(at),
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

  it.each([
    [260, 2],
    [740, 1],
  ])(
    "on a %d px plot labelled every %d years, each event's marks stay between the labels around its date and clear of the others'",
    (width, every) => {
      const { left, right, ticks, groups } = chart(width, every);
      const spread = spreadGroups(groups, { left, right, ticks, ...options });
      const placed = groups.map((g) => ({ g, edges: edges(spread.get(g.key)!, g.count) }));
      for (const {
        g,
        edges: [from, to],
      } of placed) {
        // Before: on a phone the 9 Oct 2023 claims slid left of the tick labelled 2023, over 2022.
        const label = Math.max(...ticks.filter((t) => t <= g.x));
        const next = Math.min(right, ...ticks.filter((t) => t > g.x));
        expect(from).toBeGreaterThanOrEqual(label);
        expect(to).toBeLessThanOrEqual(next);
        expect(from).toBeGreaterThanOrEqual(left);
        expect(to).toBeLessThanOrEqual(right);
      }
      placed.sort((a, b) => a.edges[0]! - b.edges[0]!);
      for (let i = 1; i < placed.length; i++)
        expect(placed[i]!.edges[0]).toBeGreaterThan(placed[i - 1]!.edges[1]!);
      // Where each year is its own stretch there is room for the least step everywhere.
      if (width === 740)
        for (const g of groups) expect(spread.get(g.key)!.step).toBeGreaterThanOrEqual(options.min);
    },
  );

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

  it("leaves a group and its lone neighbour on their dates while the gap between them holds", () => {
    const spread = spreadGroups(
      [
        { key: "oct", x: 300, count: 7 },
        { key: "apr", x: 350, count: 1 },
      ],
      { left: 0, right: 500, ...options },
    );
    expect(spread.get("oct")).toEqual({ centre: 300, step: 10 });
    expect(spread.get("apr")).toEqual({ centre: 350, step: 10 });
  });

  it("keeps a lone mark on its date when that is a tick: the middle of a first half-year is 1 April", () => {
    const spread = spreadGroups([{ key: "h1", x: 100, count: 1 }], {
      left: 0,
      right: 500,
      ticks: [100],
      ...options,
    });
    expect(spread.get("h1")).toEqual({ centre: 100, step: 10 });
  });

  it("slides the lone neighbour rather than the group, where both must move", () => {
    const spread = spreadGroups(
      [
        { key: "oct", x: 300, count: 7 },
        { key: "apr", x: 320, count: 1 },
      ],
      { left: 0, right: 500, ...options },
    );
    const oct = spread.get("oct")!;
    const apr = spread.get("apr")!;
    // Seven marks against one: the group moves a seventh as far as its neighbour.
    expect(300 - oct.centre).toBeCloseTo((apr.centre - 320) / 7, 6);
    expect(apr.centre - oct.centre).toBeCloseTo((7 * 10 + 10) / 2 + options.gap, 6);
  });

  it("narrows the step to the least while a crowded stretch between two labels holds the marks", () => {
    // From 100 + 2.5 to 180 - 2.5: seven marks, a gap and a lone mark at 8.75 px.
    const spread = spreadGroups(
      [
        { key: "oct", x: 150, count: 7 },
        { key: "apr", x: 160, count: 1 },
      ],
      { left: 0, right: 500, ticks: [100, 180], ...options },
    );
    expect(spread.get("oct")!.step).toBeCloseTo(8.75, 6);
    expect(edges(spread.get("oct")!, 7)[0]).toBeCloseTo(102.5, 6);
    expect(edges(spread.get("apr")!, 1)[1]).toBeCloseTo(177.5, 6);
  });

  it("below the least step, shrinks step and gap alike rather than leave the stretch", () => {
    const spread = spreadGroups(
      [
        { key: "oct", x: 150, count: 7 },
        { key: "apr", x: 155, count: 1 },
      ],
      { left: 0, right: 500, ticks: [100, 160], ...options },
    );
    const oct = spread.get("oct")!;
    const apr = spread.get("apr")!;
    const shrink = 55 / (8 * options.min + options.gap);
    expect(oct.step).toBeCloseTo(options.min * shrink, 6);
    expect(edges(oct, 7)[0]).toBeGreaterThanOrEqual(102.5);
    // The lone mark keeps its date, which the group leaves it room for.
    expect(apr.centre).toBeCloseTo(155, 6);
    expect(edges(apr, 1)[0]! - edges(oct, 7)[1]!).toBeCloseTo(options.gap * shrink, 6);
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

describe("stretchesHold", () => {
  const options = { preferred: 12, min: 11, gap: 6 };
  const october = [
    { key: "oct", x: 150, count: 7 },
    { key: "apr", x: 160, count: 1 },
  ];

  it("holds where each stretch between the ticks has room for its marks at the least step", () => {
    // Seven marks, a gap and a lone mark: 8 × 11 + 6 = 94 px, from 100 + 3 to 200 − 3.
    expect(stretchesHold(october, { left: 0, right: 500, ticks: [100, 200], ...options })).toBe(true);
    expect(stretchesHold(october, { left: 0, right: 500, ticks: [100, 196], ...options })).toBe(false);
  });

  it("holds with no marks in a stretch, and where lone marks may overlap as they always have", () => {
    const lone = [
      { key: "a", x: 150, count: 1 },
      { key: "b", x: 152, count: 1 },
    ];
    expect(stretchesHold(lone, { left: 0, right: 500, ticks: [140, 160], ...options })).toBe(true);
    expect(stretchesHold([], { left: 0, right: 500, ticks: [140, 160], ...options })).toBe(true);
  });
});

describe("bracketLanes", () => {
  it("keeps bars that stand apart on the axis, and sets one that runs into another a lane up", () => {
    // At 560 px the April 2019 group's bar ran on into the 2019 group's, and the two read as one.
    expect(
      bracketLanes(
        [
          [238.5, 298.4],
          [220.4, 244.4],
          [421.2, 489.8],
        ],
        3,
      ),
    ).toEqual([1, 0, 0]);
  });

  it("puts a bar back on the axis once the bars before it there have ended", () => {
    expect(
      bracketLanes(
        [
          [0, 50],
          [40, 60],
          [45, 70],
          [53, 80],
          [100, 120],
        ],
        3,
      ),
    ).toEqual([0, 1, 2, 0, 0]);
  });

  it("keeps bars closer than `clear` apart in lanes of their own", () => {
    expect(
      bracketLanes(
        [
          [0, 10],
          [12, 20],
        ],
        3,
      ),
    ).toEqual([0, 1]);
  });
});

describe("dodgeGuides", () => {
  const options = { preferred: 12, min: 11, gap: 6 };
  /** Each group's date and its marks where `spreadGroups` puts them, `step` apart about its centre. */
  const placed = (groups: readonly SpreadGroup[], spread: ReadonlyMap<string, GroupSpread>) =>
    groups.map((g) => {
      const { centre, step } = spread.get(g.key)!;
      return {
        key: g.key,
        x: g.x,
        marks: Array.from({ length: g.count }, (_, i) => centre + (i - (g.count - 1) / 2) * step),
      };
    });
  /** The counts chart's 9 Oct 2023 claims and the April 2024 claim after them, on a `width` px plot. */
  const october = (width: number) => {
    const at = (years: number) => 60 + (years / 8) * width;
    const groups = [
      { key: "repatriation-2023-10-09", x: at(6.77), count: 7 },
      { key: "officials-2024-04", x: at(7.29), count: 1 },
    ];
    // At 390 px the axis labels 2017 and 2021; at 1280 px every year.
    const ticks = (width < 400 ? [0, 4] : [0, 1, 2, 3, 4, 5, 6, 7]).map(at);
    return { groups, spread: spreadGroups(groups, { left: 60, right: 60 + width, ticks, ...options }) };
  };

  it("joins a lone mark a group pushed off its date back to that date", () => {
    // At 390 px (a 290 px plot) April 2024 gave way to the seven 9 Oct 2023 claims and stood
    // 15 px, six months, right of its date with no guide, where a reader took it for late 2024.
    const { groups, spread } = october(290);
    const [, lone] = placed(groups, spread);
    expect(lone!.marks[0]! - lone!.x).toBeGreaterThan(DISPLACED);
    const guides = dodgeGuides(placed(groups, spread));
    expect(guides.map((g) => g.key)).toEqual(["repatriation-2023-10-09", "officials-2024-04"]);
    expect(guides[1]).toEqual({ key: "officials-2024-04", at: lone!.x, span: [lone!.x, lone!.marks[0]] });
  });

  it("gives a lone mark on its date none, where the plot has room", () => {
    const { groups, spread } = october(1180);
    const guides = dodgeGuides(placed(groups, spread));
    expect(guides.map((g) => g.key)).toEqual(["repatriation-2023-10-09"]);
  });

  it("lets a lone mark stand up to the threshold off its date, and guides it past that", () => {
    const lone = (dx: number) => dodgeGuides([{ key: "a", x: 100, marks: [100 + dx] }]);
    expect(lone(0)).toEqual([]);
    expect(lone(DISPLACED)).toEqual([]);
    expect(lone(-DISPLACED - 0.5)).toEqual([{ key: "a", at: 100, span: [96.5, 100] }]);
    expect(dodgeGuides([{ key: "a", x: 100, marks: [104] }], 5)).toEqual([]);
  });

  it("joins every group of several marks to its date, moved or not, over the span of its marks", () => {
    expect(dodgeGuides([{ key: "g", x: 100, marks: [94, 106] }])).toEqual([
      { key: "g", at: 100, span: [94, 106] },
    ]);
    expect(dodgeGuides([{ key: "g", x: 100, marks: [60, 72, 84] }])).toEqual([
      { key: "g", at: 100, span: [60, 100] },
    ]);
  });

  it("guides lone marks of one date set side by side, each back to that date", () => {
    const groups = [
      { key: "a", x: 200, count: 1 },
      { key: "b", x: 200, count: 1 },
      { key: "far", x: 400, count: 1 },
    ];
    const spread = spreadGroups(groups, { left: 0, right: 500, ...options });
    expect(dodgeGuides(placed(groups, spread))).toEqual([
      { key: "a", at: 200, span: [194, 200] },
      { key: "b", at: 200, span: [200, 206] },
    ]);
  });
});
