import { type Claim, PROBLEM_CODES } from "@tally/dataset";
import { flat } from "../flatText.js";
import { defineRule, rowSites } from "../ruleContext.js";
import { type BaseProblem, baseProblems, linkedRows, metricKinds } from "./linksCheck.js";

/** A cycle's message names this many claims; its `claim_ids` name every one. */
const NAMED_IN_MESSAGE = 50;

function baseMessage(code: BaseProblem, c: Claim, base: Claim, baseKind: string | undefined): string {
  switch (code) {
    case PROBLEM_CODES.linkBaseIsShare:
      return flat`${c.claim_id}: base claim ${base.claim_id} is itself a share (${base.metric}); a share of a share implies no count: the base must be a count claim`;
    case PROBLEM_CODES.linkBaseNotCount:
      return flat`${c.claim_id}: base claim ${base.claim_id} measures ${base.metric}, a ${baseKind ?? "metric"}, not a count: the base must be a count claim`;
    default:
      return flat`${c.claim_id}: base claim ${base.claim_id} is about event ${base.event_id}, not ${c.event_id}: a share's base must be a count of the same event`;
  }
}

/**
 * Links between claims that resolve but cannot hold. A share (metric kind `share`) names the count
 * it is a share of in `base_claim_id`, and only a share or another non-count has a base: a count
 * claim of the same event. A repeat restates a claim of the same event and metric, and a chain of
 * repeats ends at the claim first reported: a cycle has no such claim, so it is one error naming
 * every claim in it. A link to an id that no claim has is integrity's `ref/…` error, not repeated
 * here. One pass over the claims, and one walk over the repeats that visits each claim once.
 */
export const links = defineRule({
  id: "links",
  title: "Shares name a count of their event as base; repeats stay in their event and metric, without cycles",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label } = ctx;
    const { claims, metrics } = dataset.tables;
    const { file, at } = rowSites(dataset, "claims");
    const kindOf = metricKinds(metrics);
    const baseOf = linkedRows(claims, "base_claim_id");
    const repeatOf = linkedRows(claims, "repeats_claim_id");
    const error = (i: number, column: string, code: string, message: string, ids: string[]) =>
      emit({
        rule: "links",
        severity: "error",
        message,
        dataset: label,
        file,
        row: at.row[i]!,
        line: at.line[i]!,
        column,
        event_id: claims[i]!.event_id,
        metric: claims[i]!.metric,
        claim_ids: ids,
        details: { code },
      });
    let repeats = false;
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i]!;
      const kind = kindOf.get(c.metric);
      if (c.base_claim_id === null) {
        if (kind === "share")
          error(
            i,
            "base_claim_id",
            PROBLEM_CODES.linkShareWithoutBase,
            flat`${c.claim_id}: ${c.metric} is a share, but base_claim_id is empty: name the count claim it is a share of`,
            [c.claim_id],
          );
      } else if (kind === "count")
        // Whether or not the id names a claim: a count is no share of anything.
        error(
          i,
          "base_claim_id",
          PROBLEM_CODES.linkCountWithBase,
          flat`${c.claim_id}: ${c.metric} is a count, not a share of another claim: base_claim_id ${c.base_claim_id} must be empty`,
          [c.claim_id],
        );
      else {
        const b = baseOf[i]!;
        if (b !== -1) {
          const base = claims[b]!;
          const baseKind = kindOf.get(base.metric);
          for (const code of baseProblems(c, kind, base, baseKind))
            error(i, "base_claim_id", code, baseMessage(code, c, base, baseKind), [
              c.claim_id,
              base.claim_id,
            ]);
        }
      }
      const r = repeatOf[i]!;
      if (r === -1) continue;
      repeats = true;
      // A claim that repeats itself is a cycle of one, reported with the cycles below.
      if (r === i) continue;
      const repeated = claims[r]!;
      if (repeated.event_id !== c.event_id)
        error(
          i,
          "repeats_claim_id",
          PROBLEM_CODES.linkRepeatEvent,
          flat`${c.claim_id}: repeats ${repeated.claim_id}, which is about event ${repeated.event_id}, not ${c.event_id}: a repeat restates a figure about the same event`,
          [c.claim_id, repeated.claim_id],
        );
      if (repeated.metric !== c.metric)
        error(
          i,
          "repeats_claim_id",
          PROBLEM_CODES.linkRepeatMetric,
          flat`${c.claim_id}: repeats ${repeated.claim_id}, which measures ${repeated.metric}, not ${c.metric}: a repeat restates the same figure`,
          [c.claim_id, repeated.claim_id],
        );
    }
    if (!repeats) return;
    for (const cycle of repeatCycles(repeatOf)) {
      // Located at the claim that comes first in the file, and named from it along the chain.
      let first = 0;
      for (let k = 1; k < cycle.length; k++) if (cycle[k]! < cycle[first]!) first = k;
      const ids = [...cycle.slice(first), ...cycle.slice(0, first)].map((i) => claims[i]!.claim_id);
      const named =
        ids.length === 1
          ? `${ids[0]} repeats itself`
          : ids.length <= NAMED_IN_MESSAGE
            ? `${ids.join(" → ")} → ${ids[0]}`
            : `${ids.slice(0, NAMED_IN_MESSAGE).join(" → ")} → … (${ids.length - NAMED_IN_MESSAGE} more, every one in claim_ids) → ${ids[0]}`;
      error(
        cycle[first]!,
        "repeats_claim_id",
        PROBLEM_CODES.linkRepeatCycle,
        flat`repeats form a cycle of ${ids.length} claim${ids.length === 1 ? "" : "s"}: ${named}; no claim in it is the first report, so none has an origin to share`,
        ids,
      );
    }
  },
});

/**
 * The cycles among `next` (each claim's repeated row, -1 for none), each as its rows in chain
 * order. Each row is visited once: a walk stops at a row an earlier walk finished, and a row met
 * twice in the same walk closes a cycle. No recursion, so a chain of a million claims is safe.
 */
export function repeatCycles(next: Int32Array): number[][] {
  const n = next.length;
  // 0: not yet walked; 1: on the current walk; 2: finished.
  const state = new Uint8Array(n);
  const cycles: number[][] = [];
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0 || next[start] === -1) continue;
    path.length = 0;
    let i = start;
    while (i !== -1 && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      i = next[i]!;
    }
    if (i !== -1 && state[i] === 1) cycles.push(path.slice(path.indexOf(i)));
    for (const p of path) state[p] = 2;
  }
  return cycles;
}
