import { byCodeUnit, type ClaimView, type ReleaseSummary } from "@tally/dataset";
import { type ExportColumn, isolateName, tolerancePercent } from "@tally/ui";
import { DEFAULT_TOLERANCE, formatInterval, valueInterval } from "@tally/validation";
import { asOfApart, periodLabel } from "./periodLabel.js";
import { countOf, countText } from "./plural.js";

/** The metric's human label (part C adds `metric_label` to the release); its id until then. */
export function metricLabel(c: ClaimView): string {
  return (c as Partial<{ metric_label: string | null }>).metric_label || c.metric;
}

/** " (persons)" when every row shares one unit, else "" (the Unit column says it per row). */
function unitSuffix(rows: readonly ClaimView[]): string {
  const units = new Set(rows.map((r) => r.unit));
  return units.size === 1 ? ` (${[...units][0]})` : "";
}

/**
 * The tolerance the release was validated with (summary.json `validation.tolerance`, also in
 * findings.json); the validator's default for a release built without a validation record.
 */
export function releaseTolerance(summary: ReleaseSummary): number {
  return summary.validation?.tolerance ?? DEFAULT_TOLERANCE;
}

/**
 * The interval the validator read each figure as, with the tolerance it ran with: its ends as
 * numbers (null = unbounded), and in the notation findings use, which says whether an end is
 * excluded ("more than 30" is (30, ∞), "at least 30" [30, ∞): the number columns alone read alike).
 */
export function readAs(
  c: ClaimView,
  tolerance: number,
): { read_low: number | null; read_high: number | null; read_interval: string } {
  const v = valueInterval(c, tolerance);
  return {
    read_low: Number.isFinite(v.low) ? v.low : null,
    read_high: Number.isFinite(v.high) ? v.high : null,
    read_interval: formatInterval(v),
  };
}

/** The drawn tolerance range of an `about` figure (180–220 for about 200 at 10%); undefined otherwise. */
export function toleranceRange(c: ClaimView, tolerance: number): { low: number; high: number } | undefined {
  if (c.qualifier !== "about") return undefined;
  const v = valueInterval(c, tolerance);
  return Number.isFinite(v.low) && Number.isFinite(v.high) ? { low: v.low, high: v.high } : undefined;
}

/** Columns every claim export starts with: who said what, the figure as stated and as read. */
function claimColumns(rows: readonly ClaimView[], tolerance: number): ExportColumn[] {
  const u = unitSuffix(rows);
  const pct = tolerancePercent(tolerance);
  return [
    { key: "claim_id", header: "Claim ID" },
    { key: "event_id", header: "Event ID" },
    { key: "event_title", header: "Event" },
    { key: "event_period", header: "Event date" },
    // As recorded, at its precision ("2019", "2019-07", "2019-04-28"): sortable, where the label is not.
    { key: "event_date", header: "Event start (ISO)" },
    { key: "event_date_end", header: "Event end (ISO)" },
    { key: "event_date_inferred", header: "Event date inferred" },
    // The day a figure was true of, where the text gives one apart from the event's date ("as of
    // January 15, 2024"): a report quoting the CSV lost it (an outside review).
    { key: "as_of", header: "As of" },
    { key: "as_of_inferred", header: "As of inferred" },
    { key: "metric_label", header: "Metric" },
    { key: "metric", header: "Metric ID" },
    { key: "unit", header: "Unit" },
    { key: "qualifier_words", header: "Qualifier" },
    { key: "value_low", header: `Stated low${u}` },
    { key: "value_high", header: `Stated high${u}` },
    // No comma in a header: a quoted header trips up readers who split the first line on commas.
    { key: "read_low", header: `Validator's low${u} (“about” ±${pct}; empty = unbounded)` },
    { key: "read_high", header: `Validator's high${u} (“about” ±${pct}; empty = unbounded)` },
    { key: "read_interval", header: "Validator's interval (a round bracket excludes its end)" },
    { key: "figure_text", header: "As written" },
    // "Hundreds", "most": no number printed, the bound read from the words (README: analysts can
    // include or exclude them).
    { key: "vague", header: "Vague" },
    { key: "outlet", header: "Outlet" },
    { key: "attributed_to", header: "Attributed to" },
    { key: "attributed_kind_label", header: "Attributed to (kind)" },
    // The reporting chain, as the evidence panel shows it: without it a restatement reads as one
    // more independent claim, and a reprint as the outlet's own report.
    { key: "first_reported_by", header: "First reported by" },
    { key: "reported_via", header: "Reported via" },
    { key: "repeats_claim_id", header: "Repeats claim" },
    // A share's whole, as the evidence panel's "Based on": "About 80%" (c003) is of c002's 200 to
    // 300, which a CSV without it lost (an outside review).
    { key: "base_claim_id", header: "Based on claim" },
  ];
}

const SOURCE_COLUMNS: ExportColumn[] = [
  { key: "via", header: "Reprinted by" },
  { key: "author", header: "Author" },
  { key: "published", header: "Published" },
  { key: "published_inferred", header: "Publication date inferred" },
  { key: "source_title", header: "Source title" },
  // A headline the text does not print (paraphrased from the seeds' index): not to be quoted as one.
  { key: "source_title_inferred", header: "Source title inferred" },
  { key: "url", header: "Source URL" },
  { key: "quote", header: "Quote" },
];

/** The discrepancy chart's CSV: claims, how the validator read them, their readings and sources. */
export function discrepancyColumns(rows: readonly ClaimView[], tolerance: number): ExportColumn[] {
  const u = unitSuffix(rows);
  return [
    ...claimColumns(rows, tolerance),
    // Both: a spanning claim of a conflicting group is itself consistent, and a report writer who
    // filtered the one "Verdict" column on conflict lost it from the conflict (an outside audit).
    { key: "group_verdict", header: "Group's verdict" },
    { key: "verdict", header: "Claim's verdict" },
    { key: "reading", header: "Reading" },
    { key: "reading_range", header: `Reading's common range${u}` },
    { key: "reading_origins", header: "Reading's independent origins" },
    // Per claim, true or false: the Trends CSV's "Most corroborated reading" is a range.
    { key: "most_corroborated", header: "In the most corroborated reading" },
    // Of two readings or more: a claim of a group's only reading is support for it, not spanning.
    { key: "spanning", header: "Spanning (consistent with every reading; support for none)" },
    ...SOURCE_COLUMNS,
  ];
}

/** The trend chart's CSV: claims over time, with each event's reconciled range and assessments. */
export function trendColumns(rows: readonly ClaimView[], tolerance: number): ExportColumn[] {
  const u = unitSuffix(rows);
  return [
    ...claimColumns(rows, tolerance),
    { key: "category_label", header: "Category" },
    { key: "reconciled_low", header: `Reconciled low${u}` },
    { key: "reconciled_high", header: `Reconciled high${u}` },
    { key: "most_corroborated", header: "Most corroborated reading" },
    { key: "assessed_low", header: `Assessed low${u}` },
    { key: "assessed_best", header: `Assessed best${u}` },
    { key: "assessed_high", header: `Assessed high${u}` },
    ...SOURCE_COLUMNS,
  ];
}

/** The Claims view's CSV: the claims as filtered, with their event's category and the source's kind. */
export function claimsTableColumns(rows: readonly ClaimView[], tolerance: number): ExportColumn[] {
  return [
    ...claimColumns(rows, tolerance),
    { key: "category_label", header: "Category" },
    { key: "source_kind_label", header: "Source kind" },
    ...SOURCE_COLUMNS,
  ];
}

/** The fields the export columns read beyond the claim's own: labels in words and the read interval. */
export function exportFields<T extends ClaimView>(row: T, tolerance: number) {
  return {
    ...row,
    ...readAs(row, tolerance),
    metric_label: metricLabel(row),
    qualifier_words: row.qualifier.replaceAll("_", " "),
    event_period: row.event_date ? periodLabel(row.event_date, row.event_date_end) : "",
  };
}

/** "9 Oct 2023 · Repatriated persons (persons)": what the chart is about, under its title. */
export function chartSubtitle(rows: readonly ClaimView[]): string {
  const first = rows[0];
  if (!first) return "";
  // Events are counted by id, not by date: events that share a day are still as many events (an
  // outside audit's 9 events on 4 dates were called "4 events").
  const events = new Set(rows.map((r) => r.event_id)).size;
  const dated = rows
    .filter((r) => r.event_date)
    .sort((a, b) => byCodeUnit(a.event_date ?? "", b.event_date ?? ""));
  const dates = [...new Set(dated.map((r) => periodLabel(r.event_date ?? "", r.event_date_end)))];
  const metrics = [...new Set(rows.map((r) => `${isolateName(metricLabel(r))} (${r.unit})`))];
  // An inferred date is said so, as a publication date is in the sources line: Shenyang's year
  // comes from copies outside the texts, and the chart printed it as fact (an outside review).
  // "Some" only when some are stated: of dates all inferred it understated the doubt.
  const withDate = rows.filter((r) => r.event_date);
  const inferred = withDate.filter((r) => r.event_date_inferred).length;
  const allInferred = inferred > 0 && inferred === withDate.length;
  const span =
    dates.length === 0 ? "no event dates" : dates.length === 1 ? dates[0] : `${dates[0]} to ${dates.at(-1)}`;
  const when =
    events === 1
      ? withDate.length === 0
        ? "No event date"
        : `Event date ${dates[0]}${inferred > 0 ? " (inferred)" : ""}`
      : `${events} events, ${span}${allInferred ? " (dates inferred)" : inferred > 0 ? " (some dates inferred)" : ""}`;
  // A figure stated "as of" a later day is drawn at that day, under an axis the event date alone
  // would not explain.
  const apart = rows.flatMap((r) => asOfApart(r) ?? []);
  const held = [...new Set(apart)];
  const asOf =
    held.length === 0
      ? ""
      : ` · ${apart.length === rows.length ? (rows.length === 1 ? "figure" : "figures") : countOf(apart.length, "figure")} as of ${held.join(", ")}`;
  return `${when} · ${metrics.join(", ")}${asOf}`;
}

/**
 * The subtitle's word on figures a log axis cannot show (0, or below): they are drawn at its foot,
 * where a claim of 0 sat on the "1" gridline with nothing to say it was not 1 (an outside audit).
 * Null when there are none or the axis is linear.
 */
export function logFootNote(
  rows: readonly Pick<ClaimView, "value_low" | "value_high">[],
  scale: string,
): string | null {
  if (scale !== "log") return null;
  const ends = (r: Pick<ClaimView, "value_low" | "value_high">) =>
    [r.value_low, r.value_high].filter((v): v is number => v !== null);
  const footed = rows.filter((r) => ends(r).length > 0 && Math.max(...ends(r)) <= 0);
  if (footed.length === 0) return null;
  const what = footed.every((r) => ends(r).every((v) => v === 0)) ? "0" : "0 or less";
  return footed.length === 1
    ? `1 figure of ${what} is drawn at the foot of the log axis, which cannot show it`
    : `${countText(footed.length)} figures of ${what} are drawn at the foot of the log axis, which cannot show them`;
}

/** The subtitle's word on claims no time axis can place, which the page lists above the chart. */
export function undatedNote(claims: number): string {
  return claims === 1
    ? "1 claim whose event has no date is not drawn (listed under Claims)"
    : `${countText(claims)} claims whose events have no date are not drawn (listed under Claims)`;
}
