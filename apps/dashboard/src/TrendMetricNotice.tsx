import { LinkNotice } from "./Feedback.js";
import { linkValue } from "./linkValue.js";
import { type MissingTrendMetric, metricWithoutClaimsWords } from "./trendSelection.js";

/**
 * In place of the charts, when the link's metric is not one they can draw: the id as the
 * link gives it, and why, as Discrepancies names an unknown event. A metric of the release that
 * no claim measures is named by its label, in Discrepancies' words ("No claim about …").
 */
export function TrendMetricNotice({ missing, version }: { missing: MissingTrendMetric; version: string }) {
  const empty = missing.reason === "empty" ? metricWithoutClaimsWords(missing.label, version) : null;
  const heading =
    missing.reason === "unknown"
      ? `No metric “${linkValue(missing.metric)}” in release ${version}`
      : empty
        ? empty.heading
        : `No dated claims for metric “${linkValue(missing.metric)}” in release ${version}`;
  const why =
    missing.reason === "unknown"
      ? "This release has no metric with that id."
      : empty
        ? empty.why
        : `Every claim about ${missing.label} is about an event without a date, which has no place on a time axis.`;
  return (
    <LinkNotice testId="unknown-metric" title={heading}>
      {why} Choose a metric above.
    </LinkNotice>
  );
}
