import { EVENT_SHORT_TITLE_SQL, METRIC_LABEL_SQL, REPORTED_VIA_SEPARATOR } from "@tally/dataset";

/**
 * Claims joined with their source, event and metric in the ClaimView shape — the same inner join
 * as `claimViews()` in @tally/dataset, so summary.json and DuckDB give the same rows.
 */
export const CLAIM_VIEW_SQL = `
-- Artifacts built before labels and short titles existed lack these columns: add them empty.
ALTER TABLE metrics ADD COLUMN IF NOT EXISTS label VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS short_title VARCHAR;
-- Likewise claims' reported_via (an outlet list) and sources' title_inferred, added for 1.1.0.
ALTER TABLE claims ADD COLUMN IF NOT EXISTS reported_via VARCHAR[];
ALTER TABLE sources ADD COLUMN IF NOT EXISTS title_inferred BOOLEAN;
CREATE OR REPLACE VIEW claim_view AS
SELECT
  c.claim_id, c.event_id, e.title AS event_title,
  ${EVENT_SHORT_TITLE_SQL} AS event_short_title, e.date AS event_date,
  e.date_precision AS event_date_precision, e.date_inferred AS event_date_inferred,
  e.date_end AS event_date_end, e.category, c.metric,
  ${METRIC_LABEL_SQL} AS metric_label, m.unit, m.kind AS metric_kind,
  c.qualifier, c.value_low, c.value_high, c.figure_text, c.attributed_to, c.attributed_kind,
  c.first_reported_by,
  NULLIF(array_to_string(c.reported_via, '${REPORTED_VIA_SEPARATOR}'), '') AS reported_via,
  c.repeats_claim_id, c.base_claim_id, c.as_of, c.as_of_inferred,
  c.quote, c.vague, c.notes, c.source_id, s.outlet, s.via, s.title AS source_title,
  COALESCE(s.title_inferred, false) AS source_title_inferred, s.author,
  s.published, s.published_precision, s.published_inferred, s.url, s.kind AS source_kind
FROM claims c
JOIN sources s USING (source_id)
JOIN events e USING (event_id)
JOIN metrics m ON m.metric = c.metric`;
