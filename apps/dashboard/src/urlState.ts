/**
 * Everything on screen that a link must reproduce, read from and written to the query string.
 * Unknown values fall back to defaults rather than breaking an old link.
 */

export const VIEWS = [
  "overview",
  "trends",
  "discrepancies",
  "claims",
  "findings",
  "versions",
  "sql",
] as const;
export type View = (typeof VIEWS)[number];

/**
 * The Claims table's sortable columns, and no other key: a link sorted by `qualifier` or
 * `value_high` ordered the rows and the CSV by a column no header marked (an outside audit).
 */
export const SORTABLE = ["event_date", "event_title", "metric", "outlet", "value_low", "published"] as const;
export type SortKey = (typeof SORTABLE)[number];

export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

export interface ClaimFilters {
  event: string | null;
  metric: string | null;
  outlet: string | null;
  qualifier: string | null;
  /** An event category id (`categories.csv`); the picker shows its label. */
  category: string | null;
  /** An attributed kind id (`attributed_kinds.csv`); the picker shows its label. */
  kind: string | null;
  /** Free text matched against quotes. */
  q: string | null;
}

export interface UrlState {
  view: View;
  /** Release version; null = the index's latest. */
  version: string | null;
  /** Data base URL override (tests, mirrors). */
  data: string | null;
  filters: ClaimFilters;
  /** Claim whose evidence is open. */
  claim: string | null;
  sort: { key: SortKey; dir: "asc" | "desc" };
  /** Versions view: the release to compare `version` against. */
  compare: string | null;
  /** SQL console text. */
  sql: string | null;
  /** Trends: value axis scale (counts run from a handful to hundreds). */
  scale: Scale;
}

/** Every claim filter cleared. */
export const NO_FILTERS: ClaimFilters = {
  event: null,
  metric: null,
  outlet: null,
  qualifier: null,
  category: null,
  kind: null,
  q: null,
};

export const DEFAULT_STATE: UrlState = {
  view: "discrepancies",
  version: null,
  data: null,
  filters: NO_FILTERS,
  claim: null,
  sort: { key: "event_date", dir: "asc" },
  compare: null,
  sql: null,
  scale: "linear",
};

/**
 * The `view` a link names when this app has no such view ("?view=nope"), else null. The state
 * still falls back to the default view; the app says the named one is unknown instead of
 * silently showing another.
 */
export function unknownViewOf(search: string): string | null {
  const view = new URLSearchParams(search).get("view");
  return view !== null && view !== "" && !(VIEWS as readonly string[]).includes(view) ? view : null;
}

function oneOf<T extends string>(list: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

function text(params: URLSearchParams, key: string): string | null {
  const v = params.get(key);
  return v === null || v === "" ? null : v;
}

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const [sortKey, sortDir] = (p.get("sort") ?? "").split(":");
  return {
    view: oneOf(VIEWS, p.get("view"), DEFAULT_STATE.view),
    version: text(p, "v"),
    data: text(p, "data"),
    filters: {
      event: text(p, "event"),
      metric: text(p, "metric"),
      outlet: text(p, "outlet"),
      qualifier: text(p, "qualifier"),
      category: text(p, "category"),
      kind: text(p, "kind"),
      // Blanks alone search for nothing: "q=+++" matched no quote, with an empty-looking box.
      q: text(p, "q")?.trim() ? text(p, "q") : null,
    },
    claim: text(p, "claim"),
    sort: {
      key: oneOf(SORTABLE, sortKey ?? null, DEFAULT_STATE.sort.key),
      dir: sortDir === "desc" ? "desc" : "asc",
    },
    compare: text(p, "compare"),
    sql: text(p, "sql"),
    scale: oneOf(SCALES, p.get("scale"), DEFAULT_STATE.scale),
  };
}

/** The query string for a state, leaving defaults out so links stay short. */
export function formatUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  const set = (k: string, v: string | null) => {
    if (v !== null && v !== "") p.set(k, v);
  };
  if (state.view !== DEFAULT_STATE.view) p.set("view", state.view);
  set("v", state.version);
  set("data", state.data);
  set("event", state.filters.event);
  set("metric", state.filters.metric);
  set("outlet", state.filters.outlet);
  set("qualifier", state.filters.qualifier);
  set("category", state.filters.category);
  set("kind", state.filters.kind);
  set("q", state.filters.q);
  set("claim", state.claim);
  if (state.sort.key !== DEFAULT_STATE.sort.key || state.sort.dir !== DEFAULT_STATE.sort.dir)
    p.set("sort", `${state.sort.key}:${state.sort.dir}`);
  set("compare", state.compare);
  // The console's text only in the console's own address: it rode on every other link, a chart's
  // citation and a claim's link included, comments and all (an outside audit).
  set("sql", state.view === "sql" ? state.sql : null);
  if (state.scale !== DEFAULT_STATE.scale) p.set("scale", state.scale);
  const s = p.toString();
  return s ? `?${s}` : "";
}
