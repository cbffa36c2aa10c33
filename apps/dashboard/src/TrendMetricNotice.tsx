import { LinkNotice } from "./Feedback.js";
import type { MissingTrendMetric } from "./trendSelection.js";

/**
 * In place of the charts, when the link's metric is not one they can draw: the id as the
 * link gives it, and why, as Discrepancies names an unknown event.
 */
export function TrendMetricNotice({ missing, version }: { missing: MissingTrendMetric; version: string }) {
  const heading =
    missing.reason === "unknown"
      ? `No metric “${missing.metric}” in release ${version}`
      : `No dated claims for metric “${missing.metric}” in release ${version}`;
  const why =
    missing.reason === "unknown"
      ? "This release has no metric with that id."
      : `Every claim about ${missing.label} is about an event without a date, which has no place on a time axis.`;
  return (
    <LinkNotice testId="unknown-metric" title={heading}>
      {why} Choose a metric above.
    </LinkNotice>
  );
}
