import { describe, expect, it } from "vitest";
import { dateInterval, isRealDate, precisionOf, spanInterval } from "./dates.js";

describe("precisionOf", () => {
  it("reads the precision from the form of an ISO 8601 year, month or day", () => {
    expect(precisionOf("2019")).toBe("year");
    expect(precisionOf("2023-10")).toBe("month");
    expect(precisionOf("2023-10-09")).toBe("day");
  });

  it("is null for anything else", () => {
    for (const text of [
      "",
      "19",
      "2023-1",
      "2023-10-9",
      "2023/10/09",
      "2023-10-09T00:00",
      " 2023",
      "２０２３",
    ])
      expect(precisionOf(text), JSON.stringify(text)).toBeNull();
  });
});

describe("isRealDate", () => {
  it("accepts dates on the calendar, leap days included", () => {
    for (const date of ["2019", "2023-02", "2024-02-29", "2000-02-29", "2023-12-31"])
      expect(isRealDate(date)).toBe(true);
  });

  it("refuses days and months that do not exist", () => {
    for (const date of [
      "2023-02-29",
      "1900-02-29",
      "2023-02-30",
      "2023-13",
      "2023-00",
      "2023-04-31",
      "2023-10-00",
    ])
      expect(isRealDate(date), date).toBe(false);
  });

  it("answers the same when asked again (the answers are kept)", () => {
    expect([isRealDate("2023-02-29"), isRealDate("2023-02-29")]).toEqual([false, false]);
    expect([isRealDate("2024-02-29"), isRealDate("2024-02-29")]).toEqual([true, true]);
  });
});

describe("dateInterval", () => {
  it("is one day for a day", () => {
    expect(dateInterval("2023-10-09")).toEqual({ start: "2023-10-09", end: "2023-10-09" });
  });

  it("runs to the month's own last day, not the year's", () => {
    expect(dateInterval("2023-10")).toEqual({ start: "2023-10-01", end: "2023-10-31" });
    expect(dateInterval("2023-04")).toEqual({ start: "2023-04-01", end: "2023-04-30" });
    expect(dateInterval("2023-02")).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(dateInterval("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
  });

  it("is the whole year for a year", () => {
    expect(dateInterval("2019")).toEqual({ start: "2019-01-01", end: "2019-12-31" });
  });

  it("throws on a date that is not real", () => {
    expect(() => dateInterval("2023-02-30")).toThrow(RangeError);
  });
});

describe("spanInterval", () => {
  it("runs from the start of the first date to the end of the second, at their own precisions", () => {
    expect(spanInterval("2020-01", "2023")).toEqual({ start: "2020-01-01", end: "2023-12-31" });
    expect(spanInterval("2023-10-09", "2023-11")).toEqual({ start: "2023-10-09", end: "2023-11-30" });
  });

  it("is the first date's interval when there is no end", () => {
    expect(spanInterval("2023-10", null)).toEqual(dateInterval("2023-10"));
  });
});
