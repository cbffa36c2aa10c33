// One module per function: the package's index loads all of date-fns, 0.2 s at every start.
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { endOfMonth } from "date-fns/endOfMonth";
import { endOfYear } from "date-fns/endOfYear";
import { formatISO } from "date-fns/formatISO";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import type { Precision } from "./schema/enums.js";

/** The closed interval of calendar days a date at its precision stands for, as ISO day strings. */
export interface DateInterval {
  start: string;
  end: string;
}

const PRECISION_BY_LENGTH: Record<number, Precision> = { 4: "year", 7: "month", 10: "day" };

/** The precision a date string is written at, or null when it is not an ISO 8601 year, month or day. */
export function precisionOf(date: string): Precision | null {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) return null;
  return PRECISION_BY_LENGTH[date.length] ?? null;
}

// Row schemas ask this of every dated row; a million rows name a few thousand distinct dates.
const REAL_DATES_KEPT = 50_000;
const realDates = new Map<string, boolean>();

/** True when the date exists on the calendar (no 2023-02-30, no month 13). */
export function isRealDate(date: string): boolean {
  let real = realDates.get(date);
  if (real === undefined) {
    real = checkRealDate(date);
    // Only short strings: V8 copies them, so a kept key never holds on to the text it was cut from.
    if (date.length <= 10 && realDates.size < REAL_DATES_KEPT) realDates.set(date, real);
  }
  return real;
}

function checkRealDate(date: string): boolean {
  const precision = precisionOf(date);
  if (precision === null) return false;
  const parsed = parseISO(
    precision === "year" ? `${date}-01-01` : precision === "month" ? `${date}-01` : date,
  );
  return isValid(parsed) && formatISO(parsed, { representation: "date" }).startsWith(date);
}

function day(d: Date): string {
  return formatISO(d, { representation: "date" });
}

/**
 * `2023-10` covers 2023-10-01..2023-10-31 and `2019` the whole year, so that dates at different
 * precisions compare as the time they could refer to rather than as their first day.
 */
export function dateInterval(date: string): DateInterval {
  if (!isRealDate(date)) throw new RangeError(`not a real ISO 8601 date: ${JSON.stringify(date)}`);
  const precision = precisionOf(date);
  if (precision === "day") return { start: date, end: date };
  const start = parseISO(precision === "year" ? `${date}-01-01` : `${date}-01`);
  return { start: day(start), end: day(precision === "year" ? endOfYear(start) : endOfMonth(start)) };
}

/** The interval from the start of `from` to the end of `to` (an event that spans a period). */
export function spanInterval(from: string, to: string | null): DateInterval {
  const a = dateInterval(from);
  return to === null ? a : { start: a.start, end: dateInterval(to).end };
}

/**
 * The period `steps` steps of `precision` from the one starting on ISO day `start` (2023-02 one
 * month on is 2023-03-01..2023-03-31; 2024 a year back is 2023): where an inferred date at that
 * precision could lie if it is off by that much. A fixed count of days was wrong by the calendar:
 * 366 days past 2024-12-31 is 2026-01-01, a year and a day.
 */
export function stepPeriod(start: string, precision: Precision | null, steps: number): DateInterval {
  const d = parseISO(start);
  if (precision === "year") {
    const moved = addYears(d, steps);
    return { start: day(moved), end: day(endOfYear(moved)) };
  }
  if (precision === "month") {
    const moved = addMonths(d, steps);
    return { start: day(moved), end: day(endOfMonth(moved)) };
  }
  const moved = day(addDays(d, steps));
  return { start: moved, end: moved };
}
