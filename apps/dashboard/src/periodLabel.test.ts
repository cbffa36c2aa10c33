import { describe, expect, it } from "vitest";
import { eventPeriod, periodLabel, periodsTitle } from "./periodLabel.js";

describe("periodLabel", () => {
  it("names a half-year by its months, the year written once", () => {
    expect(periodLabel("2018-01", "2018-06")).toBe("Jan–Jun 2018");
    expect(periodLabel("2019-01", "2019-06")).toBe("Jan–Jun 2019");
  });

  it("writes a single date at the precision it was recorded", () => {
    expect(periodLabel("2023-10-09")).toBe("9 Oct 2023");
    expect(periodLabel("2017-07")).toBe("Jul 2017");
    expect(periodLabel("2019", null)).toBe("2019");
  });

  it("spells out both ends of a period that crosses a year or a month", () => {
    expect(periodLabel("2018-11", "2019-02")).toBe("Nov 2018 – Feb 2019");
    expect(periodLabel("2019-04-01", "2019-04-28")).toBe("1–28 Apr 2019");
    expect(periodLabel("2019-04-28", "2019-05-03")).toBe("28 Apr – 3 May 2019");
    expect(periodLabel("2018", "2019")).toBe("2018–2019");
    expect(periodLabel("2019-04", "2019-05-03")).toBe("Apr 2019 – 3 May 2019");
  });

  it("returns text that is not an ISO date as written", () => {
    expect(periodLabel("spring 2019")).toBe("spring 2019");
    expect(periodLabel("2019-01", "later")).toBe("Jan 2019 – later");
  });
});

describe("periodsTitle", () => {
  const half = (year: number, h: 1 | 2) => ({
    event_date: `${year}-${h === 1 ? "01" : "07"}`,
    event_date_end: `${year}-${h === 1 ? "06" : "12"}`,
  });

  it("joins a few periods with vs, in date order, each once", () => {
    expect(periodsTitle([half(2019, 1), half(2018, 1), half(2019, 1)])).toBe("Jan–Jun 2018 vs Jan–Jun 2019");
  });

  it("gives the span and the count of many periods", () => {
    const many = Array.from({ length: 26 }, (_, i) => half(2012 + Math.floor(i / 2), i % 2 === 0 ? 1 : 2));
    expect(periodsTitle(many.reverse())).toBe("Jan–Jun 2012 to Jul–Dec 2024, 26 periods");
  });
});

describe("eventPeriod", () => {
  it("says an inferred event date is inferred, as Published does (an outside review)", () => {
    const shenyang = { event_date: "2019-04-28", event_date_end: null, event_date_inferred: true };
    expect(eventPeriod(shenyang)).toBe("28 Apr 2019 (inferred)");
    expect(eventPeriod({ ...shenyang, event_date_inferred: false })).toBe("28 Apr 2019");
    expect(eventPeriod({ event_date: "2018-01", event_date_end: "2018-06", event_date_inferred: true })).toBe(
      "Jan–Jun 2018 (inferred)",
    );
    expect(eventPeriod({ event_date: null, event_date_end: null, event_date_inferred: false })).toBe("");
  });
});
