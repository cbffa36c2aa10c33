import type { Claim } from "../schema/claim.js";
import type { Metric } from "../schema/metric.js";
import type { Source } from "../schema/source.js";
import { type Proposal, proposeClaims } from "./proposeClaims.js";
import { quoteContains } from "./quoteContains.js";

/** A maintainer's call on one proposal: would the figure be kept as a claim, and why. */
export interface Judgement {
  source_id: string;
  figure_text: string;
  quote: string;
  keep: boolean;
  why: string;
}

export interface Measurement {
  /** Recorded claims whose figure was proposed with the same figure_text, qualifier and bounds. */
  found: Claim[];
  missed: Claim[];
  proposals: Proposal[];
  kept: Proposal[];
  /** Proposals no judgement covers, and judgements no proposal matches: both mean re-judge. */
  unjudged: Proposal[];
  stale: Judgement[];
  recall: number;
  precision: number;
}

const sameProposal = (p: Proposal, j: Judgement) =>
  p.source_id === j.source_id && p.figure_text === j.figure_text && p.quote === j.quote;

/** Whether a proposal states a recorded claim: same figure and bounds, its quote within the proposal's. */
export function proposes(p: Proposal, c: Claim): boolean {
  return (
    p.source_id === c.source_id &&
    p.figure_text === c.figure_text &&
    quoteContains(p.quote, c.quote) &&
    p.qualifier === c.qualifier &&
    p.value_low === c.value_low &&
    p.value_high === c.value_high
  );
}

/**
 * Recall and precision of `proposeClaims` on the source texts: recall over the claims recorded
 * for the sources whose text is given, precision as the judged-kept share of all proposals.
 */
export function measureProposals(
  tables: { claims: readonly Claim[]; sources: readonly Source[]; metrics: readonly Metric[] },
  texts: ReadonlyMap<string, string>,
  judgements: readonly Judgement[],
): Measurement {
  const proposals: Proposal[] = [];
  const found: Claim[] = [];
  const missed: Claim[] = [];
  for (const source of tables.sources) {
    const text = source.text_ref === null ? undefined : texts.get(source.text_ref);
    if (text === undefined) continue;
    const mine = proposeClaims(text, {
      sourceId: source.source_id,
      metrics: tables.metrics,
      outlet: source.outlet,
    });
    proposals.push(...mine);
    for (const claim of tables.claims.filter((c) => c.source_id === source.source_id))
      (mine.some((p) => proposes(p, claim)) ? found : missed).push(claim);
  }
  const judged = (p: Proposal) => judgements.find((j) => sameProposal(p, j));
  const kept = proposals.filter((p) => judged(p)?.keep === true);
  return {
    found,
    missed,
    proposals,
    kept,
    unjudged: proposals.filter((p) => judged(p) === undefined),
    stale: judgements.filter((j) => !proposals.some((p) => sameProposal(p, j))),
    recall: found.length / Math.max(1, found.length + missed.length),
    precision: kept.length / Math.max(1, proposals.length),
  };
}
