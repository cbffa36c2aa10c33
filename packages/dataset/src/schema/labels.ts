import type { Event } from "./event.js";
import type { Metric } from "./metric.js";

/**
 * What a reader sees for a metric: its `label`, or, in a release cut before labels existed
 * (1.0.0), its id as words ("repatriated_persons" → "Repatriated persons"), never the raw id.
 * `METRIC_LABEL_SQL` is the same rule for the dashboard's DuckDB view; labels.test.ts holds the two
 * to each other.
 */
export function metricLabelOf(metric: Pick<Metric, "metric" | "label">): string {
  if (metric.label !== null) return metric.label;
  const words = metric.metric.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a picker or a chart title shows for an event: its short title, or its title. */
export function eventShortTitleOf(event: Pick<Event, "title" | "short_title">): string {
  return event.short_title ?? event.title;
}

/** `metricLabelOf` in DuckDB SQL, over a metrics table aliased `m`. */
export const METRIC_LABEL_SQL =
  "coalesce(m.label, upper(left(trim(regexp_replace(m.metric, '[._-]+', ' ', 'g')), 1)) || substr(trim(regexp_replace(m.metric, '[._-]+', ' ', 'g')), 2))";

/** `eventShortTitleOf` in DuckDB SQL, over an events table aliased `e`. */
export const EVENT_SHORT_TITLE_SQL = "coalesce(e.short_title, e.title)";
