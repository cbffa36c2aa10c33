import type { ClaimView } from "@tally/dataset";
import { foldQuotesAndDashes, TYPOGRAPHIC_MARKS } from "@tally/validation";
import type { ClaimFilters, SortKey } from "./urlState.js";

/**
 * The claim_view column each equality filter compares with: `claimsQuery` filters by it in SQL and
 * `claimPassesFilters` in JS, so the two cannot drift apart. The quote search (`q`) is a substring.
 */
export const FILTER_COLUMNS = {
  event: "event_id",
  metric: "metric",
  outlet: "outlet",
  qualifier: "qualifier",
  category: "category",
  kind: "attributed_kind",
} as const satisfies Record<Exclude<keyof ClaimFilters, "q">, keyof ClaimView>;

export interface BoundQuery {
  sql: string;
  params: (string | number)[];
}

/**
 * What a sort key orders by. Figures are ordered within their unit, units apart: the column mixes
 * persons, percent, days and years, and 80 % sorted between 60 and 200 persons. A figure with no
 * low bound ("at most 50") sorts by its high bound, beside the figures it bounds.
 */
function sortOrder(key: SortKey, dir: "ASC" | "DESC"): string {
  if (key === "value_low")
    return `unit, coalesce(value_low, value_high) ${dir} NULLS LAST, value_high ${dir}`;
  // By the words the cells show, the id breaking ties: by metric id, "Length of COVID-19 border
  // closure" came before "Deaths", and by the full title "Dandong and Tumen repatriation" came
  // first, as "China forcibly repatriates…" (an outside review). The keys stay as links spell them.
  if (key === "metric") return `metric_label ${dir} NULLS LAST, metric ${dir}`;
  if (key === "event_title") return `event_short_title ${dir} NULLS LAST, event_id ${dir}`;
  return `${key} ${dir} NULLS LAST`;
}

/**
 * The quote search's text as it is matched: quotes and dashes folded as the validator folds them,
 * white space at either end dropped and each run of it one space, as the quotes are read in SQL.
 */
export function searchText(q: string): string {
  return foldQuotesAndDashes(q).replace(/\s+/g, " ").trim();
}

/** The WHERE clause (with its bound values) and the ORDER BY of the claims a view lists. */
function claimsSelection(
  filters: ClaimFilters,
  sort?: { key: SortKey; dir: "asc" | "desc" },
): { whereSql: string; order: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const [filter, column] of Object.entries(FILTER_COLUMNS)) {
    const value = filters[filter as keyof typeof FILTER_COLUMNS];
    if (value === null) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  if (filters.q !== null) {
    // Typographic quotes and dashes folded on both sides, as the validator folds them: "Korea's
    // Unification" typed on a keyboard found none of the quotes printing "Korea’s" (an outside review).
    // White space folded too (`searchText`): "Korea " with a space typed after it found 4 claims of
    // 20, and two spaces between words none (an outside audit).
    let quote = "regexp_replace(lower(quote), ?, ' ', 'g')";
    params.push("\\s+");
    for (const { marks, as } of TYPOGRAPHIC_MARKS) {
      quote = `regexp_replace(${quote}, ?, ?, 'g')`;
      params.push(`[${marks}]`, as);
    }
    where.push(`contains(${quote}, lower(?))`);
    params.push(searchText(filters.q));
  }
  const order = sort ? `${sortOrder(sort.key, sort.dir === "desc" ? "DESC" : "ASC")}, claim_id` : "claim_id";
  return { whereSql: where.length ? ` WHERE ${where.join(" AND ")}` : "", order, params };
}

/**
 * The claims behind the explorer, the discrepancy chart and the trend chart. Filter values are
 * bound parameters; only the sort column is spliced in, and it is one of a fixed list.
 */
export function claimsQuery(
  filters: ClaimFilters,
  sort?: { key: SortKey; dir: "asc" | "desc" },
  limit?: number,
): BoundQuery {
  const { whereSql, order, params } = claimsSelection(filters, sort);
  const limitSql = limit === undefined ? "" : ` LIMIT ${Math.max(0, Math.floor(limit))}`;
  return { sql: `SELECT * FROM claim_view${whereSql} ORDER BY ${order}${limitSql}`, params };
}

/**
 * The row (from 1) a claim stands at among those `claimsQuery` lists for the same filters and
 * order, as `claim_row`; no row when the filters leave it out. A link may name a claim past the rows the
 * explorer shows at first.
 */
export function claimRowQuery(
  filters: ClaimFilters,
  sort: { key: SortKey; dir: "asc" | "desc" } | undefined,
  claimId: string,
): BoundQuery {
  const { whereSql, order, params } = claimsSelection(filters, sort);
  return {
    sql: `SELECT claim_row FROM (SELECT claim_id, row_number() OVER (ORDER BY ${order})::INTEGER AS claim_row FROM claim_view${whereSql}) WHERE claim_id = ?`,
    params: [...params, claimId],
  };
}

/** How many claims match the filters (the explorer shows at most a page of them). */
export function claimCountQuery(filters: ClaimFilters): BoundQuery {
  const q = claimsQuery(filters);
  return {
    sql: q.sql.replace(/^SELECT \* /, "SELECT count(*) AS n ").replace(/ ORDER BY .*$/, ""),
    params: q.params,
  };
}

/** A large release has hundreds of thousands of events: the event list stops at the first 1000 (a link or the discrepancy picker reaches any other). */
export const EVENT_OPTIONS_LIMIT = 1000;

export const FILTER_OPTIONS_SQL = {
  // In the order a reader scans them, by the words shown; the id breaks ties between equal labels.
  event: `SELECT DISTINCT event_id AS value, event_short_title AS label FROM claim_view ORDER BY lower(label), value LIMIT ${EVENT_OPTIONS_LIMIT}`,
  metric:
    "SELECT DISTINCT metric AS value, metric_label AS label FROM claim_view ORDER BY lower(label), value",
  outlet: "SELECT DISTINCT outlet AS value, outlet AS label FROM claim_view ORDER BY outlet",
  // Qualifiers are put into words by the picker (`qualifierWords`).
  qualifier: "SELECT DISTINCT qualifier AS value, qualifier AS label FROM claim_view ORDER BY qualifier",
  // Vocabulary ids read by their label in the release's vocabulary tables.
  category: "SELECT DISTINCT category AS value, category_label AS label FROM claim_view ORDER BY label",
  kind: "SELECT DISTINCT attributed_kind AS value, attributed_kind_label AS label FROM claim_view ORDER BY label",
} as const;

export function claimByIdQuery(id: string): BoundQuery {
  return { sql: "SELECT * FROM claim_view WHERE claim_id = ?", params: [id] };
}

/** Claims on a time axis: dated events of every metric (the view picks counts unless told otherwise). */
export const TREND_SQL =
  "SELECT * FROM claim_view WHERE event_date IS NOT NULL ORDER BY event_date, claim_id";

/** Per metric, the claims no time axis can place: their event has no date (arrivals have their own chart). */
export const UNDATED_SQL =
  "SELECT metric, metric_label, metric_kind, count(*)::INTEGER AS n FROM claim_view WHERE event_date IS NULL AND category <> 'arrival' GROUP BY metric, metric_label, metric_kind ORDER BY metric_label";

/**
 * A claim's event of that id, by the words the event picker shows: for a link to an event past the
 * picker's first `EVENT_OPTIONS_LIMIT`, named by its title, and told apart from an unknown id.
 */
export const CLAIM_EVENT_SQL = "SELECT event_short_title AS label FROM claim_view WHERE event_id = ? LIMIT 1";

/** The release's event of that id, to tell an unknown event from one without the metric asked for. */
export const EVENT_SQL = "SELECT event_id FROM events WHERE event_id = ? LIMIT 1";

/** How many claims the Claims view names by id when `claim_view` leaves some out. */
export const UNLISTED_CLAIMS_LIMIT = 20;

/**
 * Claims `claim_view` leaves out, since it is an inner join: their event, source or metric is not
 * in the release. A published release has none (cutting one refuses integrity errors); a copy
 * served through `?data=` may, and its reader should not take the view's count for the whole.
 */
export const UNLISTED_CLAIMS_SQL = `SELECT c.claim_id, c.event_id, c.source_id, c.metric,
  e.event_id IS NULL AS no_event, s.source_id IS NULL AS no_source, m.metric IS NULL AS no_metric,
  count(*) OVER () AS total
FROM claims c
LEFT JOIN (SELECT DISTINCT event_id FROM events) e ON e.event_id = c.event_id
LEFT JOIN (SELECT DISTINCT source_id FROM sources) s ON s.source_id = c.source_id
LEFT JOIN (SELECT DISTINCT metric FROM metrics) m ON m.metric = c.metric
WHERE e.event_id IS NULL OR s.source_id IS NULL OR m.metric IS NULL
ORDER BY c.claim_id
LIMIT ${UNLISTED_CLAIMS_LIMIT}`;

/** The claim of that id when `claim_view` leaves it out (see UNLISTED_CLAIMS_SQL). */
export const UNLISTED_CLAIM_SQL = `SELECT claim_id FROM claims WHERE claim_id = ? AND claim_id NOT IN (SELECT claim_id FROM claim_view) LIMIT 1`;
