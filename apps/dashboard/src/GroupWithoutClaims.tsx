import { useSql } from "./data.js";
import { LinkNotice } from "./Feedback.js";
import { METRIC_SQL } from "./trendSelection.js";

/**
 * In place of the Discrepancies chart when the link's event has no claim about its metric: an
 * unknown metric is named as such, as Trends and Claims name one, and a real one as not measured
 * for that event (an outside review got only "No claims match this event and metric").
 */
export function GroupWithoutClaims({
  event,
  metric,
  version,
}: {
  event: string;
  metric: string;
  version: string;
}) {
  const known = useSql<{ metric_label: string }>(METRIC_SQL, [metric]);
  if (known.data === undefined) return null;
  const label = known.data[0]?.metric_label;
  return (
    <LinkNotice
      testId="unknown-metric"
      title={
        label === undefined
          ? `No metric “${metric}” in release ${version}`
          : `No claim about ${label} for event “${event}” in release ${version}`
      }
    >
      {label === undefined
        ? "This release has no metric with that id."
        : "The release has the metric, but no claim of this event measures it."}{" "}
      Choose an event and metric above.
    </LinkNotice>
  );
}
