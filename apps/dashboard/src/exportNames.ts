import type { KeptEnd } from "@tally/ui";
import type { Scale } from "./urlState.js";

/**
 * What a Discrepancies chart's files are named by: its event's short title and its metric id,
 * the metric kept whole. The claim count in the chart's title tells no two groups apart, and on
 * a release without short titles (1.0.0) the event's long title ran past the name's 120
 * characters and took the metric with it, so that one event's charts were told apart by a tag alone.
 */
export const discrepancyFileTitle = (group: { event_short_title: string; metric: string }): KeptEnd => ({
  title: group.event_short_title,
  keep: group.metric,
});

/**
 * What a Trends chart's files are named by on `scale`: on the log scale its name ends
 * "-log-scale", kept whole, since the linear and the log chart are different images of one title.
 */
export const scaledFileTitle = (title: string, scale: Scale): string | KeptEnd =>
  scale === "log" ? { title, keep: "log scale" } : title;
