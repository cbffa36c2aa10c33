import { LinkNotice } from "./Feedback.js";
import type { MissingTrendMetric } from "./trendSelection.js";

/**
 * In place of the charts, when the link's metric is not one they can draw: the id as the
 * link gives it, and why, as Discrepancies names an unknown event. A metric of the release that
 * no claim measures is named by its label, in Discrepancies' words ("No claim about …").
 */
export function TrendMetricNotice({ missing, version }: { missing: MissingTrendMetric; version: string }) {
  const heading =
    missing.reason === "unknown"
      ? `No metric “${missing.metric}” in release ${version}`
      : missing.reason === "empty"
        ? `No claim about ${missing.label} in release ${version}`
        : `No dated claims for metric “${missing.metric}” in release ${version}`;
  const why =
    missing.reason === "unknown"
      ? "This release has no metric with that id."
      : missing.reason === "empty"
        ? "The release has the metric, but no claim measures it."
        : `Every claim about ${missing.label} is about an event without a date, which has no place on a time axis.`;
  return (
    <LinkNotice testId="unknown-metric" title={heading}>
      {why} Choose a metric above.
    </LinkNotice>
  );
}
