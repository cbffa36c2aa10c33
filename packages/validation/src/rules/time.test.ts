import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCleanCopy } from "../__fixtures__/cleanCopy.js";
import { assessment, claim, event, makeDataset, source } from "../__fixtures__/dataset.js";
import { latestToday, releaseCutDay, time } from "./time.js";

const TODAY = "2026-11-28";
const run = (rows: Parameters<typeof makeDataset>[0], ref: Parameters<typeof makeDataset>[1] = {}) =>
  time.check({ dataset: makeDataset(rows, ref), datasetLabel: "t", tolerance: 0.1, today: TODAY });
const not = (severity: string) => (f: { severity: string }) => f.severity !== severity;

describe("time", () => {
  it("errors when the event starts after the article was published", () => {
    const findings = run({
      sources: [source("s1", { published: "2023-10-08" })],
      claims: [claim("a", "about", "200", "200"), claim("b", "exact", "3", "3")],
    });
    expect(findings).toHaveLength(1);
    // At the event's date in events.csv, where the fix goes.
    expect(findings[0]).toMatchObject({
      severity: "error",
      file: "data/events.csv",
      column: "date",
      row: 1,
      event_id: "e1",
      claim_ids: ["a"],
    });
  });

  it("holds a reprint's dates to its original's publication, where the original's day is known (an outside review)", () => {
    // Reprinted on 12 October, first published on 1 October: an event of 9 October and an as_of of
    // 5 October come after the original, so the reprint cannot have relayed them from it.
    const reprint = source("s1", {
      published: "2023-10-12",
      via: "Radio Free Asia",
      original_published: "2023-10-01",
      original_published_precision: "day",
      original_published_inferred: "",
    });
    const findings = run({
      sources: [reprint],
      claims: [claim("a", "about", "200", "200", { as_of: "2023-10-05", as_of_precision: "day" })],
    }).filter(not("info"));
    expect(findings.map((f) => [f.severity, f.file, f.column, f.message])).toEqual([
      [
        "error",
        "data/events.csv",
        "date",
        "event e1 (2023-10-09) starts after source s1 was first published (2023-10-01, the original it reprints)",
      ],
      [
        "error",
        "data/claims.csv",
        "as_of",
        "as_of 2023-10-05 lies after source s1 was first published (2023-10-01, the original it reprints)",
      ],
    ]);
    // An inferred original's day is excused by one step of its precision, and listed as inferred.
    const inferred = run({
      sources: [
        source("s1", {
          published: "2023-10-12",
          via: "Radio Free Asia",
          original_published: "2023-09",
          original_published_precision: "month",
          original_published_inferred: "true",
        }),
      ],
      claims: [claim("a", "about", "200", "200")],
    });
    expect(inferred.map((f) => [f.severity, f.column])).toEqual([
      ["warning", "date"],
      ["info", "original_published"],
    ]);
    // The reprint's own printed day still holds where it ends first: an original dated only "2019"
    // does not let an as_of of October past a reprint of 8 August, nor does an inferred original
    // make a warning of what the printed reprint rules out (a review of this change).
    const coarse = (original: Record<string, string>, as_of: string) =>
      run({
        sources: [source("s1", { published: "2019-08-08", via: "Radio Free Asia", ...original })],
        events: [event("e1", { date: "2019-07", date_precision: "month" })],
        claims: [claim("a", "about", "200", "200", { as_of, as_of_precision: "day" })],
      })
        .filter(not("info"))
        .map((f) => [f.severity, f.message]);
    expect(
      coarse(
        { original_published: "2019", original_published_precision: "year", original_published_inferred: "" },
        "2019-10-01",
      ),
    ).toEqual([["error", "as_of 2019-10-01 lies after source s1 was published (2019-08-08)"]]);
    expect(
      coarse(
        {
          original_published: "2019-08",
          original_published_precision: "month",
          original_published_inferred: "true",
        },
        "2019-09-15",
      ),
    ).toEqual([["error", "as_of 2019-09-15 lies after source s1 was published (2019-08-08)"]]);
    // Without an original's day the reprint's own publication is the limit, as before.
    expect(
      run({
        sources: [source("s1", { published: "2023-10-12" })],
        claims: [claim("a", "about", "200", "200")],
      }),
    ).toEqual([]);
  });

  it("compares dates as the intervals they cover", () => {
    // Published "2023-10" may be 31 October: the 9 October event fits; published "2023-09" cannot.
    expect(
      run({
        sources: [source("s1", { published: "2023-10", published_precision: "month" })],
        claims: [claim("a", "exact", "1", "1")],
      }),
    ).toEqual([]);
    const early = run({
      sources: [source("s1", { published: "2023-09", published_precision: "month" })],
      claims: [claim("a", "exact", "1", "1")],
    });
    expect(early.map((f) => f.severity)).toEqual(["error"]);
    // A year-long event starting in 2019 is fine for an article of 2019-07.
    expect(
      run({
        events: [event("e1", { date: "2019", date_precision: "year" })],
        sources: [source("s1", { published: "2019-07-01" })],
        claims: [claim("a", "exact", "1", "1")],
      }),
    ).toEqual([]);
  });

  it("downgrades to a warning when a date is inferred, and lists inferred dates as info", () => {
    const findings = run({
      events: [event("e1", { date_inferred: "true", notes: "the text says last October" })],
      sources: [source("s1", { published: "2023-10-08" })],
      claims: [claim("a", "exact", "1", "1")],
    });
    expect(findings.map((f) => f.severity).sort()).toEqual(["info", "warning"]);
    const info = findings.find((f) => f.severity === "info")!;
    expect(info).toMatchObject({ file: "data/events.csv", row: 1, line: 2, column: "date" });
    expect(info.message).toContain("the text says last October");
  });

  it("errors when as_of lies after publication, quiet when it does not", () => {
    const late = run({
      claims: [claim("a", "exact", "1", "1", { as_of: "2024-01-15", as_of_precision: "day" })],
    });
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ severity: "error", column: "as_of", claim_ids: ["a"] });
    const fine = run({
      sources: [source("s1", { published: "2024-01-20" })],
      claims: [claim("a", "exact", "1", "1", { as_of: "2024-01-15", as_of_precision: "day" })],
    });
    expect(fine.filter(not("info"))).toEqual([]);
  });

  it("stays quiet when dates are missing", () => {
    expect(
      run({
        events: [event("e1", { date: "", date_precision: "" })],
        sources: [source("s1", { published: "", published_precision: "" })],
        claims: [claim("a", "exact", "1", "1")],
      }),
    ).toEqual([]);
  });

  it("keeps an inferred date's excuse to one step of its own precision", () => {
    // An article of 2024 (year inferred) may be of early 2025, but cannot report an event of March 2026.
    const far = run({
      events: [event("e1", { date: "2026-03-01" })],
      sources: [source("s1", { published: "2024", published_precision: "year", published_inferred: "true" })],
      claims: [claim("a", "exact", "1", "1")],
    }).filter(not("info"));
    expect(far).toMatchObject([{ severity: "error", column: "date" }]);
    expect(far[0]!.message).toContain("more than an inferred date's own precision allows");
    const near = run({
      events: [event("e1", { date: "2024-11-02" })],
      sources: [
        source("s1", { published: "2024-10", published_precision: "month", published_inferred: "true" }),
      ],
      claims: [claim("a", "exact", "1", "1")],
    }).filter(not("info"));
    expect(near).toMatchObject([{ severity: "warning", details: { gap_days: 2 } }]);
  });

  it("errors on any date after today, at its own table and column", () => {
    const findings = run({
      events: [event("e1", { date: "2031-01", date_precision: "month" })],
      sources: [source("s1", { published: "2031-02-01" })],
      claims: [claim("a", "exact", "1", "1", { as_of: "2030", as_of_precision: "year" })],
    });
    const future = findings.filter((f) => f.message.includes("after today"));
    expect(future.map((f) => [f.file, f.column, f.severity])).toEqual([
      ["data/sources.csv", "published", "error"],
      ["data/events.csv", "date", "error"],
      ["data/claims.csv", "as_of", "error"],
    ]);
    expect(future[1]!.message).toBe(`date 2031-01 lies after today (${TODAY})`);
    // Today itself, and a month or year that contains today, are not in the future.
    expect(
      run({
        events: [event("e1", { date: "2026", date_precision: "year" })],
        sources: [source("s1", { published: TODAY })],
        claims: [claim("a", "exact", "1", "1")],
      }),
    ).toEqual([]);
  });

  it("in a release, errors on a date after the day it was cut", () => {
    const rows = {
      events: [event("e1", { date: "2025-06-01" })],
      sources: [source("s1", { published: "2025-07-01" })],
      claims: [claim("a", "exact", "1", "1")],
    };
    const released = makeDataset(rows, { kind: "release", name: "x", version: "1.0.0" });
    released.descriptor = { ...released.descriptor!, created: "2025-06-15T00:00:00.000Z" };
    const findings = time.check({ dataset: released, datasetLabel: "x@1.0.0", tolerance: 0.1, today: TODAY });
    expect(findings.map((f) => f.message)).toEqual([
      "published 2025-07-01 lies after the release was cut (2025-06-15)",
    ]);
  });

  describe("event after publication", () => {
    const after = (more: Parameters<typeof run>[0]) => run(more).filter(not("info"));

    it("says what it compared, in one sentence per event and source", () => {
      const printed = after({
        events: [event("e1", { date: "2023-10-09", date_end: "2023-10-12" })],
        sources: [source("s1", { published: "2023-10-08" })],
        claims: [claim("a", "exact", "1", "1")],
      });
      expect(printed.map((f) => f.message)).toEqual([
        "event e1 (2023-10-09 to 2023-10-12) starts after source s1 was published (2023-10-08)",
      ]);
      expect(printed[0]).toMatchObject({ rule: "time", details: { inferred: false, gap_days: 1 } });
      const excused = after({
        events: [event("e1", { date: "2023-10-09", date_inferred: "true" })],
        sources: [source("s1", { published: "2023-10-08" })],
        claims: [claim("a", "exact", "1", "1")],
      });
      expect(excused.map((f) => [f.severity, f.message])).toEqual([
        [
          "warning",
          "event e1 (2023-10-09) starts after source s1 was published (2023-10-08); an inferred date may be off by that much (1 day)",
        ],
      ]);
      const far = after({
        events: [event("e1", { date: "2023-10-20", date_inferred: "true" })],
        sources: [source("s1", { published: "2023-10-08" })],
        claims: [claim("a", "exact", "1", "1")],
      });
      expect(far.map((f) => f.message)).toEqual([
        "event e1 (2023-10-20) starts after source s1 was published (2023-10-08); 12 days is more than an inferred date's own precision allows",
      ]);
    });

    it("counts days in the plural past one", () => {
      const findings = after({
        events: [event("e1", { date: "2023-11", date_precision: "month", date_inferred: "true" })],
        sources: [source("s1", { published: "2023-10-20" })],
        claims: [claim("a", "exact", "1", "1")],
      });
      expect(findings[0]!.message).toMatch(/off by that much \(12 days\)$/);
    });

    it("excuses one step of the inferred date's precision on the calendar: a day, a month or a year", () => {
      const gap = (date: string, precision: string, published: string) =>
        after({
          events: [event("e1", { date, date_precision: precision, date_inferred: "true" })],
          sources: [source("s1", { published })],
          claims: [claim("a", "exact", "1", "1")],
        }).map((f) => [f.severity, f.details?.gap_days]);
      expect(gap("2023-10-10", "day", "2023-10-09")).toEqual([["warning", 1]]);
      expect(gap("2023-10-11", "day", "2023-10-09")).toEqual([["error", 2]]);
      expect(gap("2023-11", "month", "2023-10-01")).toEqual([["warning", 31]]);
      expect(gap("2023-11", "month", "2023-09-30")).toEqual([["error", 32]]);
      expect(gap("2024", "year", "2023-01-01")).toEqual([["warning", 365]]);
      // 2024 a year early is 2023, which still starts after 2022-12-31: 366 days had excused it.
      expect(gap("2024", "year", "2022-12-31")).toEqual([["error", 366]]);
      expect(gap("2024", "year", "2022-12-30")).toEqual([["error", 367]]);
      // A short month is a month too: March a month early is February, which starts on the 1st.
      expect(gap("2023-03", "month", "2023-02-01")).toEqual([["warning", 28]]);
      expect(gap("2023-03", "month", "2023-01-31")).toEqual([["error", 29]]);
    });

    it("moves an inferred publication one step of its precision later, by the calendar", () => {
      // An outside review: as_of 2026-01-01 for an article inferred to 2024 only warned (366 days);
      // a year late, 2025, it still ends before 2026-01-01.
      const asOf = (day: string, published: string, precision: string) =>
        run({
          events: [event("e1", { date: "2023-01-05" })],
          sources: [source("s1", { published, published_precision: precision, published_inferred: "true" })],
          claims: [claim("a", "exact", "1", "1", { as_of: day, as_of_precision: "day" })],
        })
          .filter(not("info"))
          .map((f) => [f.severity, f.details?.gap_days]);
      expect(asOf("2025-12-31", "2024", "year")).toEqual([["warning", 365]]);
      expect(asOf("2026-01-01", "2024", "year")).toEqual([["error", 366]]);
      // February a month late is March, to its 31st, though February has 28 days.
      expect(asOf("2023-03-31", "2023-02", "month")).toEqual([["warning", 31]]);
      expect(asOf("2023-04-01", "2023-02", "month")).toEqual([["error", 32]]);
    });

    it("takes the wider precision when both the event and the publication are inferred", () => {
      const findings = after({
        events: [event("e1", { date: "2024-03-01", date_inferred: "true" })],
        sources: [
          source("s1", { published: "2023", published_precision: "year", published_inferred: "true" }),
        ],
        claims: [claim("a", "exact", "1", "1")],
      });
      expect(findings.map((f) => [f.severity, f.details?.gap_days])).toEqual([["warning", 61]]);
    });

    it("is quiet for an event on the day of publication", () => {
      expect(
        after({
          events: [event("e1", { date: "2023-10-09" })],
          sources: [source("s1", { published: "2023-10-09" })],
          claims: [claim("a", "exact", "1", "1")],
        }),
      ).toEqual([]);
    });

    it("reports each event and source once, however many claims tie them", () => {
      const findings = after({
        events: [event("e1", { date: "2023-10-09" }), event("e2", { date: "2023-10-10" })],
        sources: [source("s1", { published: "2023-10-08" }), source("s2", { published: "2023-10-01" })],
        claims: [
          claim("a", "exact", "1", "1"),
          claim("b", "exact", "2", "2"),
          claim("c", "exact", "3", "3", { event_id: "e2" }),
          claim("d", "exact", "4", "4", { source_id: "s2" }),
        ],
      });
      expect(findings.map((f) => [f.event_id, f.claim_ids])).toEqual([
        ["e1", ["a"]],
        ["e2", ["c"]],
        ["e1", ["d"]],
      ]);
    });

    it("with a duplicated id, compares the first row, as the loader keeps it", () => {
      // The loader leaves out a row whose key an earlier row has; tables built in memory may still
      // hold one, and the rule reads the first row of a key there too, never the last.
      const events = [event("e1", { date: "2023-10-20" }), event("e1", { date: "2023-10-01" })];
      const firstLate = after({
        events,
        sources: [source("s1", { published: "2023-10-08" })],
        claims: [claim("a", "exact", "1", "1")],
      });
      expect(firstLate).toMatchObject([{ row: 1, column: "date", details: { gap_days: 12 } }]);
      const firstEarly = after({
        events: [...events].reverse(),
        sources: [source("s1", { published: "2023-10-08" })],
        claims: [claim("a", "exact", "1", "1")],
      });
      expect(firstEarly).toEqual([]);
      // A later duplicate with a date does not stand in for an undated first row.
      const undated = after({
        events: [event("e1", { date: "", date_precision: "" }), event("e1", { date: "2023-10-20" })],
        sources: [source("s1", { published: "2023-10-08" })],
        claims: [claim("a", "exact", "1", "1")],
      });
      expect(undated).toEqual([]);
    });

    it("skips claims whose event or source is missing or undated", () => {
      expect(
        after({
          events: [event("e1", { date: "", date_precision: "" }), event("e2", { date: "2023-10-20" })],
          sources: [source("s1", { published: "2023-10-08" })],
          claims: [
            claim("a", "exact", "1", "1"),
            claim("b", "exact", "2", "2", { event_id: "nowhere" }),
            claim("c", "exact", "3", "3", { event_id: "e2", source_id: "nowhere" }),
          ],
        }),
      ).toEqual([]);
    });
  });

  describe("as_of after publication", () => {
    it("names both dates, and says when one is inferred", () => {
      const printed = run({
        claims: [claim("a", "exact", "1", "1", { as_of: "2023-10-13", as_of_precision: "day" })],
      });
      expect(printed.map((f) => [f.rule, f.severity, f.message, f.row, f.metric])).toEqual([
        ["time", "error", "as_of 2023-10-13 lies after source s1 was published (2023-10-12)", 1, "persons"],
      ]);
      const inferred = run({
        claims: [
          claim("a", "exact", "1", "1", {
            as_of: "2023-10-13",
            as_of_precision: "day",
            as_of_inferred: "true",
          }),
        ],
      }).filter(not("info"));
      expect(inferred.map((f) => [f.severity, f.message, f.details?.inferred])).toEqual([
        [
          "warning",
          "as_of 2023-10-13 lies after source s1 was published (2023-10-12); an inferred date may be off by that much (1 day)",
          true,
        ],
      ]);
      const publishedInferred = run({
        sources: [source("s1", { published_inferred: "true" })],
        claims: [claim("a", "exact", "1", "1", { as_of: "2023-10-13", as_of_precision: "day" })],
      }).filter(not("info"));
      expect(publishedInferred.map((f) => f.severity)).toEqual(["warning"]);
    });

    it("errs past one step of the inferred date's precision, as event dates do", () => {
      // An outside review: an as_of a year past an inferred publication day still only warned.
      const far = run({
        sources: [source("s1", { published_inferred: "true" })],
        claims: [claim("a", "exact", "1", "1", { as_of: "2024-10-20", as_of_precision: "day" })],
      }).filter(not("info"));
      expect(far.map((f) => [f.severity, f.message, f.details?.gap_days])).toEqual([
        [
          "error",
          "as_of 2024-10-20 lies after source s1 was published (2023-10-12); 374 days is more than an inferred date's own precision allows",
          374,
        ],
      ]);
      // An inferred month may be off by a month.
      const month = run({
        claims: [
          claim("a", "exact", "1", "1", {
            as_of: "2023-11",
            as_of_precision: "month",
            as_of_inferred: "true",
          }),
        ],
      }).filter(not("info"));
      expect(month.map((f) => f.severity)).toEqual(["warning"]);
    });

    it("is quiet for an as_of on the day of publication", () => {
      expect(
        run({ claims: [claim("a", "exact", "1", "1", { as_of: "2023-10-12", as_of_precision: "day" })] }),
      ).toEqual([]);
    });
  });

  describe("dates after today or the release", () => {
    const release = (created: string, rows: Parameters<typeof makeDataset>[0], today = TODAY) => {
      const released = makeDataset(rows, { kind: "release", name: "x", version: "1.0.0" });
      released.descriptor = { ...released.descriptor!, created };
      return time.check({ dataset: released, datasetLabel: "x@1.0.0", tolerance: 0.1, today });
    };
    const late = {
      events: [event("e1", { date: "2026-12-01" })],
      sources: [source("s1", { published: "2026-12-02" })],
      claims: [claim("a", "exact", "1", "1")],
    };

    it("checks date_end and as_of too, and names the code of the limit", () => {
      const findings = run({
        events: [event("e1", { date: "2026-11-01", date_end: "2027-01-05" })],
        sources: [source("s1", { published: "2026-11-02" })],
        claims: [claim("a", "exact", "1", "1", { as_of: "2027-02", as_of_precision: "month" })],
      });
      const future = findings.filter((f) => f.details?.code === "time/future-date");
      expect(future.map((f) => [f.rule, f.file, f.row, f.column, f.message])).toEqual([
        ["time", "data/events.csv", 1, "date_end", "date_end 2027-01-05 lies after today (2026-11-28)"],
        ["time", "data/claims.csv", 1, "as_of", "as_of 2027-02 lies after today (2026-11-28)"],
      ]);
      expect(future[0]!.details).toMatchObject({ limit: TODAY, date: { start: "2027-01-05" } });
    });

    it("checks an assessment's assessed_on too, at its own file and row", () => {
      // An outside review: an assessment dated 2999-01-01 passed silently.
      const findings = run({
        claims: [claim("a", "exact", "1", "1")],
        assessments: [
          assessment("a", "1", "1", "1", { assessed_on: "2999-01-01", assessed_on_precision: "day" }),
        ],
      });
      expect(
        findings
          .filter((f) => f.details?.code === "time/future-date")
          .map((f) => [f.file, f.row, f.column, f.message]),
      ).toEqual([
        ["data/assessments.csv", 1, "assessed_on", "assessed_on 2999-01-01 lies after today (2026-11-28)"],
      ]);
    });

    it("uses the real date when none is given", () => {
      const dataset = makeDataset({
        sources: [source("s1", { published: "2999-01-01" })],
        claims: [claim("a", "exact", "1", "1")],
      });
      const findings = time.check({ dataset, datasetLabel: "t", tolerance: 0.1 });
      // The clock's date where it is latest; a run across midnight there may see the next one.
      const [before, after] = [
        latestToday(new Date(Date.now() - 60_000)),
        latestToday(new Date(Date.now() + 60_000)),
      ];
      expect([
        `published 2999-01-01 lies after today (${before})`,
        `published 2999-01-01 lies after today (${after})`,
      ]).toContain(findings.map((f) => f.message)[0]);
      expect(findings).toHaveLength(1);
    });

    it("holds a release to the day it was cut, with its own code", () => {
      const findings = release("2026-11-20T08:00:00.000Z", late);
      expect(findings.map((f) => [f.column, f.message, f.details?.code])).toEqual([
        [
          "published",
          "published 2026-12-02 lies after the release was cut (2026-11-20)",
          "time/after-release",
        ],
        ["date", "date 2026-12-01 lies after the release was cut (2026-11-20)", "time/after-release"],
      ]);
    });

    it("holds a release to the day it was cut where that day was latest, the today it was judged by when cut", () => {
      // An outside audit: at 12:00 UTC on 6 December, an event of 7 December is today in UTC+14
      // and passed; the release cut then failed time/after-release for good from the next day on.
      const clock = new Date("2026-12-06T12:00:00.000Z");
      const cutToday = latestToday(clock);
      expect(cutToday).toBe("2026-12-07");
      const rows = {
        events: [event("e1", { date: "2026-12-07" })],
        sources: [source("s1", { published: "2026-12-07" })],
        claims: [claim("a", "exact", "1", "1")],
      };
      const errors = (findings: { severity: string }[]) => findings.filter((f) => f.severity === "error");
      // What pnpm dataset:release validates before it cuts, on that clock: no error.
      const working = makeDataset(rows);
      expect(
        errors(time.check({ dataset: working, datasetLabel: "t", tolerance: 0.1, today: cutToday })),
      ).toEqual([]);
      // The release it cuts, created at that moment, validated on any later day: still none.
      for (const later of ["2026-12-08", "2027-06-01"])
        expect(errors(release(clock.toISOString(), rows, later))).toEqual([]);
      // A day past that is still an error, which says the day it is held to and why.
      const past = { ...rows, events: [event("e1", { date: "2026-12-08" })] };
      expect(
        release(clock.toISOString(), past, "2027-06-01")
          .filter((f) => f.details?.code === "time/after-release")
          .map((f) => [f.column, f.message]),
      ).toEqual([
        [
          "date",
          "date 2026-12-08 lies after the release was cut (2026-12-06T12:00:00.000Z, already 2026-12-07 in UTC+14)",
        ],
      ]);
      // Cut before 10:00 UTC, the day is the same in UTC+14, and said as before.
      expect(releaseCutDay("2026-12-06T09:59:59.999Z")).toEqual({ day: "2026-12-06", words: "2026-12-06" });
      expect(releaseCutDay("2026-12-06T10:00:00.000Z").day).toBe("2026-12-07");
      // A release dated by a day alone (cutRelease's date) is held to that day.
      expect(releaseCutDay("2026-12-06")).toEqual({ day: "2026-12-06", words: "2026-12-06" });
    });

    it("holds to today a release cut today or dated later, and a working copy whatever its descriptor says", () => {
      const today = (f: { message: string }) => f.message.endsWith(`after today (${TODAY})`);
      expect(release(`${TODAY}T08:00:00.000Z`, late).filter(today)).toHaveLength(2);
      expect(release("2027-03-01T00:00:00.000Z", late).filter(today)).toHaveLength(2);
      // Only a release is held to the day it was cut.
      const working = makeDataset(late);
      working.descriptor = { ...working.descriptor!, created: "2026-01-01T00:00:00.000Z" };
      const findings = time.check({ dataset: working, datasetLabel: "t", tolerance: 0.1, today: TODAY });
      expect(findings.filter(today)).toHaveLength(2);
      // A release without a creation date is held to today too.
      const undated = makeDataset(late, { kind: "release", name: "x", version: "1.0.0" });
      expect(
        time.check({ dataset: undated, datasetLabel: "x", tolerance: 0.1, today: TODAY }).filter(today),
      ).toHaveLength(2);
    });
  });

  describe("inferred dates", () => {
    it("lists each inferred date once, at its own cell, with the row's notes when it has any", () => {
      const findings = run({
        sources: [
          source("s1", { published: "2023-10", published_precision: "month", published_inferred: "true" }),
        ],
        events: [event("e1", { date_inferred: "true" })],
        claims: [
          claim("a", "exact", "1", "1", {
            as_of: "2023-10",
            as_of_precision: "month",
            as_of_inferred: "true",
            notes: "the article says this month",
          }),
        ],
      }).filter((f) => f.severity === "info");
      expect(findings.map((f) => [f.file, f.column, f.message, f.event_id, f.claim_ids])).toEqual([
        [
          "data/sources.csv",
          "published",
          "published 2023-10 is inferred, not printed in the text",
          undefined,
          undefined,
        ],
        ["data/events.csv", "date", "date 2023-10-09 is inferred, not printed in the text", "e1", undefined],
        [
          "data/claims.csv",
          "as_of",
          "as_of 2023-10 is inferred, not printed in the text: the article says this month",
          undefined,
          ["a"],
        ],
      ]);
      expect(findings.every((f) => f.rule === "time" && f.dataset === "t")).toBe(true);
    });

    it("says nothing of an inferred flag on an empty date", () => {
      expect(
        run({
          sources: [source("s1", { published: "", published_precision: "", published_inferred: "true" })],
          events: [event("e1", { date: "", date_precision: "", date_inferred: "true" })],
          claims: [claim("a", "exact", "1", "1", { as_of_inferred: "true" })],
        }),
      ).toEqual([]);
    });
  });

  describe("on a dataset as the loader reads it", () => {
    // The loader's reference check leaves the row each claim names, which the rule then follows
    // instead of a map of its own: the same findings must come out either way.
    const CLAIM_HEADER =
      "claim_id,event_id,source_id,metric,qualifier,value_low,value_high,figure_text,attributed_to,attributed_kind,first_reported_by,repeats_claim_id,base_claim_id,as_of,as_of_precision,as_of_inferred,quote,vague,notes";
    const claimRow = (id: string, event: string, src: string) =>
      `${id},${event},${src},persons,about,200,200,about 200,sources,anonymous_source,,,,,,false,China repatriated about 200 people,false,`;
    const EVENT_HEADER = "event_id,title,date,date_precision,date_inferred,date_end,location,category,notes";
    const loaded = async (events: string[], claims: string[]) => {
      const { dir, dataset } = await loadCleanCopy({
        "sources.csv": [
          "source_id,outlet,via,title,author,published,published_precision,published_inferred,url,kind,text_ref,notes",
          "dnk,Daily NK,,Repatriated defectors held,,2023-10-12,day,false,,news,,",
          "undated,NK Insider,,Hundreds repatriated,,,,false,,news,,",
        ].join("\n"),
        "events.csv": [EVENT_HEADER, ...events].join("\n"),
        "claims.csv": [CLAIM_HEADER, ...claims].join("\n"),
      });
      const findings = time.check({ dataset, datasetLabel: "t", tolerance: 0.1, today: TODAY });
      return { dir, findings: findings.filter(not("info")) };
    };

    it("follows the rows the reference check found, skipping undated and missing ones", async () => {
      const { dir, findings } = await loaded(
        [
          "rep,Forced repatriation,2023-10-09,day,false,,,forced_repatriation,",
          "late,Later repatriation,2023-10-20,day,false,2023-10-25,,forced_repatriation,",
          "undated,Some repatriation,,,false,,,forced_repatriation,",
        ],
        [
          claimRow("c1", "rep", "dnk"),
          claimRow("c2", "late", "dnk"),
          claimRow("c3", "late", "undated"),
          claimRow("c4", "undated", "dnk"),
          claimRow("c5", "nowhere", "dnk"),
        ],
      );
      expect(findings.map((f) => [f.rule, f.file, f.row, f.claim_ids, f.details])).toEqual([
        [
          "time",
          join(dir, "events.csv"),
          2,
          ["c2"],
          {
            code: "time/event-after-publication",
            event: { start: "2023-10-20", end: "2023-10-25" },
            published: { start: "2023-10-12", end: "2023-10-12" },
            inferred: false,
            gap_days: 8,
          },
        ],
      ]);
    });

    it("with an event id used twice, compares the first row, which the loader keeps, not the one it leaves out", async () => {
      const { dir, findings } = await loaded(
        [
          "late,Later repatriation,2023-10-20,day,false,,,forced_repatriation,",
          "late,Later repatriation,2023-10-01,day,false,,,forced_repatriation,",
        ],
        [claimRow("c1", "late", "dnk")],
      );
      expect(findings.map((f) => [f.file, f.row, f.claim_ids, f.details?.gap_days])).toEqual([
        [join(dir, "events.csv"), 1, ["c1"], 8],
      ]);
      // The other way round the kept row starts before publication: nothing to report.
      const early = await loaded(
        [
          "late,Later repatriation,2023-10-01,day,false,,,forced_repatriation,",
          "late,Later repatriation,2023-10-20,day,false,,,forced_repatriation,",
        ],
        [claimRow("c1", "late", "dnk")],
      );
      expect(early.findings).toEqual([]);
    });
  });
});

describe("latestToday", () => {
  it("is the date where it is latest, so today's date in any zone is never in the future", () => {
    // Seoul (UTC+9) is on the 1st at 15:00 UTC; Kiritimati (UTC+14) at 10:00 UTC.
    expect(latestToday(new Date("2026-11-30T15:00:00Z"))).toBe("2026-12-01");
    expect(latestToday(new Date("2026-11-30T10:00:00Z"))).toBe("2026-12-01");
    expect(latestToday(new Date("2026-11-30T09:59:59Z"))).toBe("2026-11-30");
    // No zone is on the 2nd yet.
    expect(latestToday(new Date("2026-11-30T23:59:59Z"))).toBe("2026-12-01");
  });
});
