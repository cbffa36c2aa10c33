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
