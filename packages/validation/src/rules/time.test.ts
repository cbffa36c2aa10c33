import { describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "../__fixtures__/dataset.js";
import { time } from "./time.js";

const run = (rows: Parameters<typeof makeDataset>[0]) =>
  time.check({ dataset: makeDataset(rows), datasetLabel: "t", tolerance: 0.1 });
const not = (severity: string) => (f: { severity: string }) => f.severity !== severity;

describe("time", () => {
  it("errors when the event starts after the article was published", () => {
    const findings = run({
      sources: [source("s1", { published: "2023-10-08" })],
      claims: [claim("a", "about", "200", "200"), claim("b", "exact", "3", "3")],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", column: "event_id", row: 1, event_id: "e1" });
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
});
