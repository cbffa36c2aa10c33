/**
 * "1 claim", "2 claims": a count with its noun agreeing. `plural` when the noun does not just
 * take an "s" ("1 reading" is regular; "1 event/metric group" is too).
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}
