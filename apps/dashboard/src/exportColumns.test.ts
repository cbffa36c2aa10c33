import { describe, expect, it } from "vitest";
import { chartSubtitle, claimsTableColumns, discrepancyColumns, trendColumns } from "./exportColumns.js";
import { claim } from "./testing/claimView.js";

describe("chartSubtitle", () => {
  it("says when an event's date is inferred, as the sources line says of a publication date", () => {
    const shenyang = claim({ event_date: "2019-04-28", event_date_inferred: true });
    expect(chartSubtitle([shenyang])).toBe(
      "Event date 28 Apr 2019 (inferred) · North Koreans forcibly returned (persons)",
    );
    expect(chartSubtitle([claim({ event_date_inferred: false })])).toBe(
      "Event date 9 Oct 2023 · North Koreans forcibly returned (persons)",
    );
    expect(chartSubtitle([claim({}), shenyang])).toContain("(some dates inferred)");
  });
});

describe("export columns", () => {
  it("carry what a report must not state as fact: inferred dates and headlines, and vague figures", () => {
    for (const columns of [discrepancyColumns, trendColumns, claimsTableColumns]) {
      const keys = columns([claim({})], 0.1).map((c) => c.key);
      for (const key of [
        "event_date",
        "event_date_end",
        "event_date_inferred",
        "vague",
        "source_title",
        "source_title_inferred",
        "published_inferred",
      ])
        expect(keys).toContain(key);
    }
  });
});
