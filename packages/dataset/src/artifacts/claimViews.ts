import type { ClaimView } from "../schema/artifacts.js";
import { type Claim, REPORTED_VIA_SEPARATOR } from "../schema/claim.js";
import type { Event } from "../schema/event.js";
import { eventShortTitleOf, metricLabelOf } from "../schema/labels.js";
import type { Metric } from "../schema/metric.js";
import type { Source } from "../schema/source.js";
import type { AbsentColumns, Tables } from "../schema/tables.js";
import type { VocabularyName } from "../schema/vocabularies.js";
import { vocabularyLabelOf } from "../schema/vocabularyLabels.js";

function byKey<T, K extends keyof T>(rows: readonly T[], key: K): Map<T[K], T> {
  const map = new Map<T[K], T>();
  for (const row of rows) map.set(row[key], row);
  return map;
}

/** A vocabulary's labels by id, looked up once per table rather than once per claim. */
function labelsOf(vocabulary: VocabularyName, rows: readonly object[]): (id: string) => string {
  const cache = new Map<string, string>();
  return (id) => {
    const label = cache.get(id) ?? vocabularyLabelOf(vocabulary, id, rows);
    cache.set(id, label);
    return label;
  };
}

/**
 * Claims joined with their source, event and metric, in claim order. It is an inner join, like
 * the dashboard's SQL over the Arrow tables, so both paths show the same rows: a claim whose
 * source, event or metric is missing is left out here and reported by the validator's integrity
 * rule. `select` picks the claims to join first (the summary needs one group out of a million).
 */
export function claimViews(
  tables: Tables,
  select?: (claim: Claim) => boolean,
  absent: AbsentColumns = {},
): ClaimView[] {
  // A release without the column (1.0.0) recorded no title as inferred or printed.
  const titleInferredKnown = !absent.sources?.includes("title_inferred");
  const sources = byKey<Source, "source_id">(tables.sources, "source_id");
  const events = byKey<Event, "event_id">(tables.events, "event_id");
  const metrics = byKey<Metric, "metric">(tables.metrics, "metric");
  const categoryLabel = labelsOf("categories", tables.categories);
  const attributedKindLabel = labelsOf("attributed_kinds", tables.attributed_kinds);
  const sourceKindLabel = labelsOf("source_kinds", tables.source_kinds);
  const unitLabel = labelsOf("units", tables.units);
  const views: ClaimView[] = [];
  for (const claim of tables.claims) {
    if (select !== undefined && !select(claim)) continue;
    const source = sources.get(claim.source_id);
    const event = events.get(claim.event_id);
    const metric = metrics.get(claim.metric);
    if (source === undefined || event === undefined || metric === undefined) continue;
    views.push({
      claim_id: claim.claim_id,
      event_id: claim.event_id,
      event_title: event.title,
      event_short_title: eventShortTitleOf(event),
      event_date: event.date,
      event_date_precision: event.date_precision,
      event_date_inferred: event.date_inferred,
      event_date_end: event.date_end,
      category: event.category,
      category_label: categoryLabel(event.category),
      metric: claim.metric,
      metric_label: metricLabelOf(metric),
      unit: metric.unit,
      unit_label: unitLabel(metric.unit),
      metric_kind: metric.kind,
      qualifier: claim.qualifier,
      value_low: claim.value_low,
      value_high: claim.value_high,
      figure_text: claim.figure_text,
      attributed_to: claim.attributed_to,
      attributed_kind: claim.attributed_kind,
      attributed_kind_label: attributedKindLabel(claim.attributed_kind),
      first_reported_by: claim.first_reported_by,
      reported_via: claim.reported_via.length > 0 ? claim.reported_via.join(REPORTED_VIA_SEPARATOR) : null,
      repeats_claim_id: claim.repeats_claim_id,
      base_claim_id: claim.base_claim_id,
      as_of: claim.as_of,
      as_of_inferred: claim.as_of_inferred,
      quote: claim.quote,
      vague: claim.vague,
      notes: claim.notes,
      source_id: claim.source_id,
      outlet: source.outlet,
      via: source.via,
      source_title: source.title,
      source_title_inferred: titleInferredKnown ? source.title_inferred : null,
      author: source.author,
      published: source.published,
      published_precision: source.published_precision,
      published_inferred: source.published_inferred,
      url: source.url,
      source_kind: source.kind,
      source_kind_label: sourceKindLabel(source.kind),
    });
  }
  return views;
}
