import { precisionOf } from "@tally/dataset";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface Parts {
  year: string;
  month: string | null;
  day: string | null;
}

function parts(date: string): Parts | null {
  const precision = precisionOf(date);
  if (precision === null) return null;
  const [year, m, d] = date.split("-");
  return {
    year: year!,
    month: m ? (MONTHS[Number(m) - 1] ?? null) : null,
    day: d ? String(Number(d)) : null,
  };
}

function one(p: Parts): string {
  return [p.day, p.month, p.year].filter(Boolean).join(" ");
}

/**
 * An event's date or period in words, at the precision it was written: "9 Oct 2023", "Jul 2017",
 * "2019", "Jan–Jun 2018", "Nov 2018 – Feb 2019", "1–28 Apr 2019". The shared year (and month) is
 * written once. Anything that is not an ISO date is returned as written rather than dropped.
 */
export function periodLabel(date: string, dateEnd: string | null = null): string {
  const a = parts(date);
  if (a === null) return dateEnd ? `${date} – ${dateEnd}` : date;
  if (dateEnd === null || dateEnd === date) return one(a);
  const b = parts(dateEnd);
  if (b === null) return `${one(a)} – ${dateEnd}`;
  const samePrecision = (a.month === null) === (b.month === null) && (a.day === null) === (b.day === null);
  if (samePrecision && a.year === b.year) {
    if (a.month === null) return a.year;
    if (a.day === null) return `${a.month}–${b.month} ${a.year}`;
    if (a.month === b.month) return `${a.day}–${b.day} ${a.month} ${a.year}`;
    return `${a.day} ${a.month} – ${b.day} ${b.month} ${a.year}`;
  }
  if (samePrecision && a.month === null) return `${a.year}–${b.year}`;
  return `${one(a)} – ${one(b)}`;
}

/**
 * A claim's event period as the views print it, "(inferred)" after a date the texts do not print
 * (Shenyang's year, "28 Apr 2019 (inferred)"): the Claims and Trends tables and the marks' names
 * printed it as fact beside a Published date marked inferred (an outside review). "" undated.
 */
export function eventPeriod(c: {
  event_date: string | null;
  event_date_end: string | null;
  event_date_inferred: boolean | null;
}): string {
  if (!c.event_date) return "";
  return `${periodLabel(c.event_date, c.event_date_end)}${c.event_date_inferred ? " (inferred)" : ""}`;
}

/**
 * The day, month or year a claim's figure was stated to hold, in words, when it is not its event's
 * own date ("15 Jan 2024" for a share of the 9 Oct 2023 returnees "as of January 15, 2024"; null
 * for Liaoning's "as of" July 2019, which is the event's month), "(inferred)" when it was.
 */
export function asOfApart(c: {
  as_of: string | null;
  as_of_inferred: boolean;
  event_date: string | null;
  event_date_end: string | null;
}): string | null {
  if (c.as_of === null || (c.as_of === c.event_date && c.event_date_end === null)) return null;
  return `${periodLabel(c.as_of)}${c.as_of_inferred ? " (inferred)" : ""}`;
}

/**
 * The periods a chart compares, for its title: "Jan–Jun 2018 vs Jan–Jun 2019" when there are a
 * few, their span and count when there are more ("Jan–Jun 2012 to Jul–Dec 2024, 24 periods"): an
 * outside review's synthetic release joined 60 periods with "vs" into a 20-line title.
 */
export function periodsTitle(
  claims: readonly { event_date: string | null; event_date_end: string | null }[],
): string {
  const dated = claims
    .filter((c): c is { event_date: string; event_date_end: string | null } => c.event_date !== null)
    .sort((a, b) => (a.event_date < b.event_date ? -1 : a.event_date > b.event_date ? 1 : 0));
  const labels = [...new Set(dated.map((c) => periodLabel(c.event_date, c.event_date_end)))];
  return labels.length <= 3
    ? labels.join(" vs ")
    : `${labels[0]} to ${labels.at(-1)}, ${labels.length} periods`;
}
