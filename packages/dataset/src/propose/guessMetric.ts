import type { Metric } from "../schema/metric.js";

/** What a found figure measures, as far as its own words say. */
export interface FigureShape {
  percent: boolean;
  /** The unit of a duration as printed ("day", "years"), or null for a count. */
  durationUnit: string | null;
}

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
  if (shape.percent) return metric.unit === "percent";
  if (metric.unit === "percent") return false;
  if (shape.durationUnit !== null) {
    const unit = shape.durationUnit.toLowerCase().replace(/s$/, "");
    return metric.kind === "duration" && metric.unit.replace(/s$/, "") === unit;
  }
  return metric.kind !== "duration";
}

/**
 * The one metric whose keywords a sentence uses most, among the metrics that can hold the figure,
 * with the keywords that matched; null when none matches or two tie, so nothing unclear is guessed.
 */
export function guessMetric(
  sentence: string,
  shape: FigureShape,
  metrics: readonly Metric[],
): { metric: string; keywords: string[] } | null {
  const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
  const scored = metrics
    .filter((m) => fits(m, shape))
    .map((m) => {
      const keywords = metricKeywords(m).filter((k) => words.some((w) => w.startsWith(k)));
      return { metric: m.metric, keywords, share: keywords.length / Math.max(1, metricKeywords(m).length) };
    })
    .filter((s) => s.keywords.length > 0)
    // The larger share of its keywords met wins, then the more keywords met ("groups" and
    // "detention" say detention_group_size more clearly than "detained" says detained_persons).
    .sort((a, b) => b.share - a.share || b.keywords.length - a.keywords.length);
  const [best, second] = scored;
  const tied =
    second !== undefined && second.share === best?.share && second.keywords.length === best.keywords.length;
  if (best === undefined || tied) return null;
  return { metric: best.metric, keywords: best.keywords };
}
