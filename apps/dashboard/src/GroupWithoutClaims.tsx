import { useSql } from "./data.js";
import { LinkNotice } from "./Feedback.js";
import { linkValue } from "./linkValue.js";
import { EVENT_SQL } from "./queries.js";
import { METRIC_SQL } from "./trendSelection.js";

/**
 * In place of the Discrepancies chart when the link's event has no claim about its metric: an
 * unknown event or metric is named as such, as Trends and Claims name one, and a real pair as not
 * measured for that event (an outside review got only "No claims match this event and metric",
 * then "the release has the metric" for an event the release does not have).
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
  const events = useSql<{ event_id: string }>(EVENT_SQL, [event]);
  const known = useSql<{ metric_label: string }>(METRIC_SQL, [metric]);
  if (events.data === undefined || known.data === undefined) return null;
  const label = known.data[0]?.metric_label;
  if (events.data.length === 0)
    return (
      <LinkNotice testId="unknown-event" title={`No event “${linkValue(event)}” in release ${version}`}>
        This release has no event with that id
        {label === undefined ? `, nor a metric “${linkValue(metric)}”` : ""}. Choose an event and metric
        above.
      </LinkNotice>
    );
  return (
    <LinkNotice
      testId="unknown-metric"
      title={
        label === undefined
          ? `No metric “${linkValue(metric)}” in release ${version}`
          : `No claim about ${label} for event “${linkValue(event)}” in release ${version}`
      }
    >
      {label === undefined
        ? "This release has no metric with that id."
        : "The release has the metric, but no claim of this event measures it."}{" "}
      Choose an event and metric above.
    </LinkNotice>
  );
}
