import { useMemo } from "react";
import { useRelease, useSessionQuery, useSql } from "./data.js";
import {
  DISCREPANT_GROUPS_SQL,
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
  const asked = useSessionQuery(ask ? ["rating", event, metric] : null, async (session) => {
    const params = [event!, metric!];
    const [verdict, readings, claims] = await Promise.all([
      session.query(VERDICT_SQL, params),
      session.query(READINGS_SQL, params),
      session.query(READING_CLAIMS_SQL, params),
    ]);
    return ratingFromRows(verdict, readings, claims);
  });
  if (isFocus) return { rating: ratingOfVerdict(focus), error: null };
  if (!ask) return { rating: null, error: null };
  const error = asked.error ?? asked.engine.error;
  if (error || asked.data === undefined) return { rating: undefined, error: error ?? null };
  return { rating: asked.data, error: null };
}

/**
 * The most severe groups for pickers and the overview, ranked by DuckDB-WASM over the verdict
 * table (a large release has hundreds of thousands of groups: never all of them in a list).
 */
export function useRankedGroups(limit: number): RankedGroups {
  return useRanked(RANKED_GROUPS_SQL, [limit]);
}

/** The groups whose claims fall into two readings or more, widest gap first (Overview's list). */
export function useDiscrepantGroups(limit: number): RankedGroups {
  return useRanked(DISCREPANT_GROUPS_SQL, [limit]);
}

/** The groups of one event, most severe first; undefined while loading or when `event` is null. */
export function useEventGroups(event: string | null): RankedGroups {
  return useRanked(event === null ? null : EVENT_GROUPS_SQL, event === null ? [] : [event]);
}

type RankedGroups = { groups: RankedGroup[] | undefined; error: unknown };

/** Rows of one of the ranked-group queries, checked against their schema; none once it failed. */
function useRanked(sql: string | null, params: (string | number)[]): RankedGroups {
  const q = useSql(sql, params);
  const groups = useMemo(() => q.data?.map((r) => rankedGroupSchema.parse(r)), [q.data]);
  const error = q.error ?? q.engine.error;
  return { groups: error ? undefined : groups, error: error ?? null };
}
