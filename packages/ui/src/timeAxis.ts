/**
 * A time axis in whole calendar years: it starts on 1 January of the earliest year shown and
 * ends on 1 January after the latest, with one tick per year at its real time position.
 */

function jan1(year: number): number {
  return Date.UTC(year, 0, 1);
}

/** From 1 Jan of the year of the earliest start to 1 Jan after the year of the latest end (UTC ms). */
export function yearDomain(spans: readonly { start: number; end: number }[]): [number, number] {
  if (spans.length === 0) {
    const y = new Date().getUTCFullYear();
    return [jan1(y), jan1(y + 1)];
  }
  const first = Math.min(...spans.map((s) => new Date(s.start).getUTCFullYear()));
  const last = Math.max(...spans.map((s) => new Date(s.end).getUTCFullYear()));
  return [jan1(first), jan1(last + 1)];
}

/** 1 January of every year whose start lies in the domain, the domain's closing edge left out. */
export function yearTicks(domain: readonly [number, number]): number[] {
  const ticks: number[] = [];
  const from = new Date(domain[0]).getUTCFullYear();
  const to = new Date(domain[1]).getUTCFullYear();
  for (let y = from; y <= to; y++) {
    const t = jan1(y);
    if (t >= domain[0] && t < domain[1]) ticks.push(t);
  }
  return ticks;
}

/** The calendar year of a tick, as its label. */
export function yearLabel(ms: number): string {
  return String(new Date(ms).getUTCFullYear());
}

const QUARTER_MONTHS = ["Apr", "Jul", "Oct"];

/**
 * The ticks of a time axis: every year's, and on an axis of one or two years each quarter's too,
 * so that a chart of one event does not read its date off a single "2023" at the left edge.
 */
export function timeTicks(domain: readonly [number, number]): number[] {
  const years = yearTicks(domain);
  if (years.length > 2) return years;
  return years.flatMap((year) => {
    const y = new Date(year).getUTCFullYear();
    return [0, 3, 6, 9].map((month) => Date.UTC(y, month, 1)).filter((t) => t < domain[1]);
  });
}

/** A tick's label: the year on 1 January, the month's short name at a quarter's start. */
export function timeLabel(ms: number): string {
  const month = new Date(ms).getUTCMonth();
  return month === 0 ? yearLabel(ms) : (QUARTER_MONTHS[month / 3 - 1] ?? yearLabel(ms));
}
