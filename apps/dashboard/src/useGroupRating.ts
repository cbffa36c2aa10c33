import { useMemo } from "react";
import { useRelease, useSql } from "./data.js";
import {
  EVENT_GROUPS_SQL,
  type GroupRating,
  RANKED_GROUPS_SQL,
  type RankedGroup,
  READING_CLAIMS_SQL,
  READINGS_SQL,
  rankedGroupSchema,
  ratingFromRows,
  ratingOfVerdict,
  VERDICT_SQL,
} from "./groupRating.js";

export interface RatingState {
  /** The group's verdict; null when the validator rated no such group; undefined while loading. */
  rating: GroupRating | null | undefined;
  error: unknown;
}

/**
 * The validator's verdict on one event and metric: the focus group's straight from summary.json
 * (no engine needed), any other group's from the verdict tables in DuckDB-WASM: its verdict row,
 * its readings and which claims support each.
 */
export function useGroupRating(event: string | null, metric: string | null): RatingState {
  const { summary } = useRelease();
  const focus = summary.focus;
  const isFocus = focus !== null && event === focus.event_id && metric === focus.metric;
  const ask = !isFocus && event !== null && metric !== null;
  const params = ask ? [event, metric] : [];
  const verdict = useSql(ask ? VERDICT_SQL : null, params);
  const readings = useSql(ask ? READINGS_SQL : null, params);
  const claims = useSql(ask ? READING_CLAIMS_SQL : null, params);
  if (isFocus) return { rating: ratingOfVerdict(focus), error: null };
  if (!ask) return { rating: null, error: null };
  const error = verdict.error ?? readings.error ?? claims.error ?? verdict.engine.error;
  if (error || !verdict.data || !readings.data || !claims.data)
    return { rating: undefined, error: error ?? null };
  try {
    return { rating: ratingFromRows(verdict.data, readings.data, claims.data), error: null };
  } catch (e) {
    return { rating: undefined, error: e };
  }
}

/**
 * The most severe groups for pickers and the overview, ranked by DuckDB-WASM over the verdict
 * table (a large release has hundreds of thousands of groups: never all of them in a list).
 */
export function useRankedGroups(limit: number): { groups: RankedGroup[] | undefined; error: unknown } {
  const q = useSql(RANKED_GROUPS_SQL, [limit]);
  const groups = useMemo(() => q.data?.map((r) => rankedGroupSchema.parse(r)), [q.data]);
  const error = q.error ?? q.engine.error;
  return { groups: error ? undefined : groups, error: error ?? null };
}

/** The groups of one event, most severe first; undefined while loading or when `event` is null. */
export function useEventGroups(event: string | null): { groups: RankedGroup[] | undefined; error: unknown } {
  const q = useSql(event === null ? null : EVENT_GROUPS_SQL, event === null ? [] : [event]);
  const groups = useMemo(() => q.data?.map((r) => rankedGroupSchema.parse(r)), [q.data]);
  const error = q.error ?? q.engine.error;
  return { groups: error ? undefined : groups, error: error ?? null };
}
