import { describe, expect, it } from "vitest";
import {
  chartSubtitle,
  claimsTableColumns,
  discrepancyColumns,
  logFootNote,
  trendColumns,
  undatedNote,
} from "./exportColumns.js";
import { claim } from "./testing/claimView.js";

describe("chartSubtitle", () => {
  it("says when an event's date is inferred, as the sources line says of a publication date", () => {
    const shenyang = claim({
      event_id: "shenyang-2019",
      event_date: "2019-04-28",
      event_date_inferred: true,
    });
    expect(chartSubtitle([shenyang])).toBe(
      "Event date 28 Apr 2019 (inferred) · North Koreans forcibly returned (persons)",
    );
    expect(chartSubtitle([claim({ event_date_inferred: false })])).toBe(
      "Event date 9 Oct 2023 · North Koreans forcibly returned (persons)",
    );
    expect(chartSubtitle([claim({}), shenyang])).toContain("(some dates inferred)");
  });

  it('says an event without a date has none, not that its date is "undated" (an outside audit)', () => {
    expect(chartSubtitle([claim({ event_date: null })])).toBe(
      "No event date · North Koreans forcibly returned (persons)",
    );
  });

  it("says every date is inferred when none was stated, not that some were", () => {
    const shenyang = claim({
      event_id: "shenyang-2019",
      event_date: "2019-04-28",
      event_date_inferred: true,
    });
    const liaoning = claim({ event_id: "liaoning-2019", event_date: "2019-07", event_date_inferred: true });
    expect(chartSubtitle([shenyang, liaoning])).toBe(
      "2 events, 28 Apr 2019 to Jul 2019 (dates inferred) · North Koreans forcibly returned (persons)",
    );
    // An undated event has no date to infer: the dated ones are all inferred.
    expect(chartSubtitle([claim({ event_date: null }), shenyang])).toContain("(dates inferred)");
  });

  it("counts events, not their dates: events that share a day are still as many (an outside audit)", () => {
    const day = (event_id: string, event_date: string | null) => claim({ event_id, event_date });
    expect(
      chartSubtitle([
        day("a", "2023-10-09"),
        day("b", "2023-10-09"),
        day("b", "2023-10-09"),
        day("c", "2024-01-15"),
      ]),
    ).toMatch(/^3 events, 9 Oct 2023 to 15 Jan 2024 · /);
    expect(chartSubtitle([day("a", "2023-10-09"), day("b", "2023-10-09")])).toMatch(
      /^2 events, 9 Oct 2023 · /,
    );
    // An undated event counts, but gives the span no "undated" end.
    expect(chartSubtitle([day("a", null), day("b", "2023-10-09"), day("c", "2024-01-15")])).toMatch(
      /^3 events, 9 Oct 2023 to 15 Jan 2024 · /,
    );
    expect(chartSubtitle([day("a", null), day("b", null)])).toMatch(/^2 events, no event dates · /);
  });

  it("says the day a figure was stated to hold, where the chart draws it", () => {
    const mss = claim({ claim_id: "c006", as_of: "2024-01-15" });
    expect(chartSubtitle([mss])).toBe(
      "Event date 9 Oct 2023 · North Koreans forcibly returned (persons) · figure as of 15 Jan 2024",
    );
    expect(chartSubtitle([claim({}), mss])).toMatch(/ · 1 figure as of 15 Jan 2024$/);
    expect(chartSubtitle([claim({})])).not.toContain("as of");
    // As of the event's own month (Liaoning, Jul 2019): nothing to say.
    const liaoning = claim({ event_date: "2019-07", as_of: "2019-07", as_of_inferred: true });
    expect(chartSubtitle([liaoning])).not.toContain("as of");
  });
});

describe("logFootNote", () => {
  it("says a figure of 0 is drawn at the log axis's foot, not at 1 without a word (an outside audit)", () => {
    const zero = claim({ claim_id: "c-zero", value_low: 0, value_high: 0 });
    expect(logFootNote([claim({}), zero], "log")).toBe(
      "1 figure of 0 is drawn at the foot of the log axis, which cannot show it",
    );
    expect(logFootNote([zero, zero, claim({ value_low: -5, value_high: -5 })], "log")).toBe(
      "3 figures of 0 or less are drawn at the foot of the log axis, which cannot show them",
    );
    // A range from 0 up is drawn up from the foot; a linear axis shows 0.
    expect(logFootNote([claim({ value_low: 0, value_high: 40 })], "log")).toBeNull();
    expect(logFootNote([zero], "linear")).toBeNull();
    expect(logFootNote([claim({ value_low: null, value_high: null })], "log")).toBeNull();
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

describe("undatedNote", () => {
  it("says how many claims the chart cannot place, in words an exported figure can carry", () => {
    expect(undatedNote(1)).toBe("1 claim whose event has no date is not drawn (listed under Claims)");
    expect(undatedNote(1200)).toBe(
      "1,200 claims whose events have no date are not drawn (listed under Claims)",
    );
  });
});
