import type { ClaimView, Reading } from "@tally/dataset";
import { entirelyBelow, impliedCount, readingInterval, valueInterval } from "@tally/validation";
import type { Session } from "./duckdb/session.js";
import type { GroupRating } from "./groupRating.js";

/** How many shares a group lists at most; a crowded synthetic group has hundreds. */
export const IMPLIED_COUNTS_LIMIT = 50;

/**
 * The shares of a count that touch one event and metric: the group's own shares and the shares
 * of its counts. Only links the validator takes a count from (implied-counts): a share of a count
 * in the same event, whose unit has a `max` (the whole a share is a part of) and whose base's unit
 * counts whole things. A release without a units table gets the built-in units, max included, as
 * the validator does (`CLAIM_VIEW_SQL`); a units table written before whole and max implies none.
 */
const LINKS_SQL = `
SELECT DISTINCT s.claim_id AS share_id, b.claim_id AS base_id, CAST(u."max" AS DOUBLE) AS share_max
FROM claims s
JOIN claims b ON b.claim_id = s.base_claim_id AND b.event_id = s.event_id
JOIN metrics sm ON sm.metric = s.metric
JOIN metrics bm ON bm.metric = b.metric
JOIN units u ON u.unit = sm.unit
JOIN units bu ON bu.unit = bm.unit
WHERE s.event_id = ? AND sm.kind = 'share' AND bm.kind = 'count' AND bu.whole AND u."max" > 0
  AND (s.metric = ? OR b.metric = ?)`;

export const IMPLIED_LINKS_SQL = `SELECT share_id, base_id, share_max, count(*) OVER () AS total FROM (${LINKS_SQL}) ORDER BY share_id, base_id LIMIT ${IMPLIED_COUNTS_LIMIT}`;

/** The most claims a page of links names: a share and its base per link. */
const CLAIMS_PER_PAGE = 2 * IMPLIED_COUNTS_LIMIT;

/**
 * The claims a page of links names, as the other views read claims. The SQL has room for a full
 * page whatever the page holds (the ids are padded with repeats), so it is one prepared statement
 * and does not push the views' own out of the session's statement cache.
 */
export const IMPLIED_CLAIMS_SQL = `SELECT * FROM claim_view WHERE claim_id IN (${Array.from({ length: CLAIMS_PER_PAGE }, () => "?").join(", ")})`;

export interface ShareLink {
  share_id: string;
  base_id: string;
  /** The whole the share is a part of: its unit's max (100 for percent). */
  share_max: number;
}

/** A range with unbounded ends as null: a reading's common range, as `commonRangeLabel` takes it. */
export type CountRange = Pick<Reading, "low" | "high" | "low_open" | "high_open">;

export interface ImpliedCount {
  share: ClaimView;
  base: ClaimView;
  implied: CountRange;
}

/** The event and metric on screen, with their readings when the release rated the group. */
export interface GroupOnScreen {
  event: string;
  metric: string;
  rating: Pick<GroupRating, "readings"> | undefined;
}

export interface ImpliedCounts {
  counts: ImpliedCount[];
  /** How many links there are, of which `counts` holds the first `IMPLIED_COUNTS_LIMIT`. */
  total: number;
}

/**
 * The count each share implies of its base claim, read as the validator reads both (tolerance
 * included).
 */
export function impliedCounts(
  links: readonly ShareLink[],
  claims: ReadonlyMap<string, ClaimView>,
  tolerance: number,
): ImpliedCount[] {
  const counts: ImpliedCount[] = [];
  for (const link of links) {
    const share = claims.get(link.share_id);
    const base = claims.get(link.base_id);
    if (!share || !base) continue;
    const v = impliedCount(valueInterval(share, tolerance), link.share_max, valueInterval(base, tolerance));
    if (v === null) continue;
    const implied: CountRange = {
      low: Number.isFinite(v.low) ? v.low : null,
      high: Number.isFinite(v.high) ? v.high : null,
      low_open: v.lowOpen,
      high_open: v.highOpen,
    };
    counts.push({ share, base, implied });
  }
  return counts;
}

/**
 * The readings of the group on screen an implied count cannot fit under: those whose every value
 * lies below it, since a part cannot be larger than every figure a reading allows for the whole.
 * Only a count of that group's own base claim is compared; a share of another group's count says
 * nothing about these readings.
 */
export function cannotFitUnder({ base, implied }: ImpliedCount, group: GroupOnScreen): number[] {
  if (base.event_id !== group.event || base.metric !== group.metric || !group.rating) return [];
  const count = readingInterval(implied);
  return group.rating.readings.flatMap((r, i) => (entirelyBelow(readingInterval(r), count) ? [i] : []));
}

/**
 * The implied counts of one event and metric, from the release's DuckDB session. The claims are
 * fetched only for the links found, so a group no share touches costs one query.
 */
export async function queryImpliedCounts(
  session: Session,
  event: string,
  metric: string,
  tolerance: number,
): Promise<ImpliedCounts> {
  const links = (await session.query(IMPLIED_LINKS_SQL, [event, metric, metric])) as unknown as (ShareLink & {
    total: number | bigint;
  })[];
  if (links.length === 0) return { counts: [], total: 0 };
  const ids = [...new Set(links.flatMap((l) => [l.share_id, l.base_id]))];
  const padded = Array.from({ length: CLAIMS_PER_PAGE }, (_, i) => ids[i] ?? ids[0]!);
  const claims = await session.claims(IMPLIED_CLAIMS_SQL, padded);
  return {
    counts: impliedCounts(links, new Map(claims.map((c) => [c.claim_id, c])), tolerance),
    total: Number(links[0]!.total),
  };
}
