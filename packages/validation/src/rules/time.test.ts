import { describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "../__fixtures__/dataset.js";
import { time } from "./time.js";

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
});
