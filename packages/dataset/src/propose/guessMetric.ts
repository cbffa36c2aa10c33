import type { Metric } from "../schema/metric.js";

/** What a found figure measures, as far as its own words say. */
export interface FigureShape {
  percent: boolean;
  /** The unit of a duration as printed ("day", "years"), or null for a count. */
  durationUnit: string | null;
  /**
   * What a compound modifier the figure heads names ("dollar" of "a million-dollar fine"): the
   * figure is in that unit, no count of what the modifier describes.
   */
  measure?: string | null;
  /** A change in percent ("rose 50%"): no share of a whole, so never a metric of kind share. */
  change?: boolean;
}

const singular = (unit: string) => unit.toLowerCase().replace(/s$/, "");

// Words of a metric id that name its unit or kind, not its subject: they would match everywhere.
const GENERIC = new Set(["persons", "people", "days", "months", "years", "share", "size", "count"]);
// Five letters are enough to meet "repatriated" in "repatriate", "arrivals" in "arrived".
const STEM = 5;

/** The keywords of a metric: the stems of the words of its id, less the generic ones. */
export function metricKeywords(metric: Metric): string[] {
  return metric.metric
    .split("_")
    .filter((w) => w.length > 2 && !GENERIC.has(w))
    .map((w) => w.slice(0, STEM));
}

/** Whether a metric can hold a figure of this shape: shares hold percentages, durations times. */
function fits(metric: Metric, shape: FigureShape): boolean {
  if (shape.percent) return metric.unit === "percent" && (shape.change !== true || metric.kind !== "share");
  if (metric.unit === "percent") return false;
  if (shape.measure != null) return singular(metric.unit) === singular(shape.measure);
  if (shape.durationUnit !== null) {
    const unit = shape.durationUnit.toLowerCase().replace(/s$/, "");
    return metric.kind === "duration" && metric.unit.replace(/s$/, "") === unit;
  }
  return metric.kind !== "duration";
}

/**
 * The one metric, among those that can hold the figure, whose keywords the sentence all uses,
 * with those keywords and the sentence's words that met them. Null when none does or several do (then the one with the most keywords
 * wins only if it alone has that many: "groups" and "detention" say detention_group_size more
 * than "detained" says detained_persons), so nothing unclear is guessed. On the five source
 * texts, accepting a metric when only some of its keywords matched put "about 10 other
 * defectors" under officials_dispatched (from "official"): all keywords it is.
 */
export function guessMetric(
  sentence: string,
  shape: FigureShape,
  metrics: readonly Metric[],
): { metric: string; keywords: string[]; words: string[] } | null {
  const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
  const met = metrics
    .filter((m) => fits(m, shape))
    .map((m) => ({ metric: m.metric, keywords: metricKeywords(m) }))
    .filter((m) => m.keywords.length > 0 && m.keywords.every((k) => words.some((w) => w.startsWith(k))))
    .sort((a, b) => b.keywords.length - a.keywords.length);
  const [best, second] = met;
  if (best === undefined || second?.keywords.length === best.keywords.length) return null;
  // The sentence's own words, for the reviewer: a stem ("detai") is not a word they can find.
  return { ...best, words: best.keywords.map((k) => words.find((w) => w.startsWith(k))!) };
}
