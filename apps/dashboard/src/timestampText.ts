/** An ISO 8601 date and time: the day, hours and minutes, seconds and fraction, and its zone. */
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

/** A timestamp's day and its time of day ("10:00 UTC"), which a narrow line may put under it. */
export interface TimestampParts {
  day: string;
  /** Null for a bare day, or for what is no timestamp (then `day` holds it as written). */
  time: string | null;
}

/**
 * A timestamp (a release's `created`, as cutting it writes it: "2026-11-28T10:00:00.000Z") as a
 * reader reads it: "2026-11-28" and "10:00 UTC", to the minute, in UTC whatever zone it was
 * written in, so that two releases' times compare at a glance. A bare day stays a day; a time
 * without a zone is given without one (whose clock it is, is not said); anything else is shown
 * as written.
 */
export function timestampParts(iso: string): TimestampParts {
  const m = ISO_TIMESTAMP.exec(iso);
  if (!m) return { day: iso, time: null };
  const [, day, clock, zone] = m;
  if (zone === undefined) return { day: day!, time: clock! };
  const utc = new Date(iso);
  if (Number.isNaN(utc.getTime())) return { day: iso, time: null };
  // toISOString writes UTC as "YYYY-MM-DDTHH:MM:SS.sssZ" for the years a release can have.
  const text = utc.toISOString();
  return { day: text.slice(0, 10), time: `${text.slice(11, 16)} UTC` };
}

/** A timestamp as one line of text: "2026-11-28 10:00 UTC". */
export function timestampText(iso: string): string {
  const { day, time } = timestampParts(iso);
  return time === null ? day : `${day} ${time}`;
}
