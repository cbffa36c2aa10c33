import { disjointPairs, type PairList } from "../disjointPairs.js";
import { flat, quoted } from "../flatText.js";
import type { Analysis } from "../groupAnalysis.js";
import { emptyAt, intervalAt } from "../intervalColumns.js";
import { RULE_CODES } from "../ruleCodes.js";
import { type Emit, type RuleContext, rowSites } from "../ruleContext.js";
import { conflictBand, formatInterval, gapRatio } from "../valueInterval.js";

const ratioText = (r: number | null) => (r === null ? "unbounded" : r.toFixed(2));

/**
 * `--pairs`: the conflicts rule's older output for group `g`, one warning per pair of claims whose
 * intervals share no point, with both intervals, the gap ratio and its band. Claims whose interval
 * holds no value are left out, as the readings leave them out.
 */
export function conflictingPairs(ctx: RuleContext, analysis: Analysis, g: number, emit: Emit): void {
  const { dataset, datasetLabel: label, tolerance } = ctx;
  const { claims } = dataset.tables;
  const { intervals, groups } = analysis;
  const sites = rowSites(dataset, "claims");
  const members: number[] = [];
  for (let m = groups.start[g]!; m < groups.start[g + 1]!; m++) {
    const c = groups.members[m]!;
    if (!emptyAt(intervals, c)) members.push(c);
  }
  const pairs: PairList = { lower: [], higher: [] };
  disjointPairs(members, intervals, pairs);
  // A claim of a crowded group is in many pairs: its interval is written once.
  const texts = new Map<number, string>();
  const intervalText = (i: number) => {
    let t = texts.get(i);
    if (t === undefined) {
      t = formatInterval(intervalAt(intervals, i));
      texts.set(i, t);
    }
    return t;
  };
  for (let k = 0; k < pairs.lower.length; k++) {
    const lower = pairs.lower[k]!;
    const higher = pairs.higher[k]!;
    // File order, so a pair reads the same in every report whichever figure is higher.
    const i = Math.min(lower, higher);
    const j = Math.max(lower, higher);
    const a = claims[i]!;
    const b = claims[j]!;
    const aIv = intervalText(i);
    const bIv = intervalText(j);
    const gap_ratio = gapRatio(intervalAt(intervals, lower), intervalAt(intervals, higher));
    const band = conflictBand(gap_ratio);
    // Keyed by claim id: a literal with computed keys gives V8 a new hidden class for every pair of
    // ids (0.5 s at a million claims), where a dictionary object costs nothing extra.
    const byClaim: Record<string, string> = Object.create(null);
    byClaim[a.claim_id] = aIv;
    byClaim[b.claim_id] = bIv;
    emit({
      rule: "conflicts",
      severity: "warning",
      message: flat`${a.event_id} / ${a.metric}: ${quoted(a.figure_text)} (${a.claim_id}, ${aIv}) and ${quoted(b.figure_text)} (${b.claim_id}, ${bIv}) do not overlap; gap ratio ${ratioText(gap_ratio)}, ${band}`,
      dataset: label,
      file: sites.file,
      row: sites.at.row[i]!,
      line: sites.at.line[i]!,
      event_id: a.event_id,
      metric: a.metric,
      claim_ids: [a.claim_id, b.claim_id],
      details: {
        code: RULE_CODES.conflictsPair,
        intervals: byClaim,
        higher: claims[higher]!.claim_id,
        gap_ratio,
        band,
        tolerance,
      },
    });
  }
}
