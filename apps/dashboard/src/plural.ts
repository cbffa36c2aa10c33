// One formatter for every count: `toLocaleString` builds (or looks up) one per call.
const WHOLE = new Intl.NumberFormat("en-US");

/**
 * "1 claim", "2 claims": a count with its noun agreeing. `plural` when the noun does not just
 * take an "s" ("1 reading" is regular; "1 event/metric group" is too).
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${countText(n)} ${n === 1 ? singular : plural}`;
}

/** A bare count with thousands separators ("9,995"), as `countOf` writes it. */
export function countText(n: number): string {
  return WHOLE.format(n);
}
