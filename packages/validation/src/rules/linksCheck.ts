import {
  type Claim,
  type KeyIndex,
  type Metric,
  type MetricKind,
  PROBLEM_CODES,
  referencedRows,
  rowIndex,
} from "@tally/dataset";

/**
 * For each claim, the row of the claim that its `column` names (the first row with that id, as
 * the loader's reference check found it), or -1 when the cell is empty or names no loaded claim.
 */
export function linkedRows(
  claims: readonly Claim[],
  column: "base_claim_id" | "repeats_claim_id",
): Int32Array {
  const kept = referencedRows(claims, column, claims);
  if (kept !== null) return kept;
  const rows = new Int32Array(claims.length).fill(-1);
  // Tables the loader did not check (built in memory): an index of the ids only if some claim links.
  let index: KeyIndex | undefined;
  for (let i = 0; i < claims.length; i++) {
    const id = claims[i]![column];
    if (id === null) continue;
    index ??= rowIndex(claims, "claim_id");
    rows[i] = index.get(id);
  }
  return rows;
}

/** The kind of each metric (count, share, duration, size) by its id (the loader keeps one row per id). */
export function metricKinds(metrics: readonly Metric[]): Map<string, MetricKind> {
  return new Map(metrics.map((m) => [m.metric, m.kind]));
}

export type BaseProblem =
  | typeof PROBLEM_CODES.linkCountWithBase
  | typeof PROBLEM_CODES.linkBaseIsShare
  | typeof PROBLEM_CODES.linkBaseNotCount
  | typeof PROBLEM_CODES.linkBaseEvent;

const SOUND: readonly BaseProblem[] = [];

/**
 * What is wrong with the link from `claim` to its loaded base claim, or nothing: a count has no
 * base; a base is a count claim (not a share: a share of a share implies no count; not a duration
 * or a size) about the same event. A claim or base whose metric is not listed (`undefined` kind)
 * is integrity's error, and its kind is not judged again here.
 */
export function baseProblems(
  claim: Claim,
  kind: MetricKind | undefined,
  base: Claim,
  baseKind: MetricKind | undefined,
): readonly BaseProblem[] {
  if (kind === "count") return [PROBLEM_CODES.linkCountWithBase];
  const kindProblem =
    baseKind === "share"
      ? PROBLEM_CODES.linkBaseIsShare
      : baseKind !== undefined && baseKind !== "count"
        ? PROBLEM_CODES.linkBaseNotCount
        : null;
  const otherEvent = base.event_id !== claim.event_id;
  if (kindProblem === null) return otherEvent ? [PROBLEM_CODES.linkBaseEvent] : SOUND;
  return otherEvent ? [kindProblem, PROBLEM_CODES.linkBaseEvent] : [kindProblem];
}
