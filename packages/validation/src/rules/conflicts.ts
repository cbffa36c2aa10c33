import type { Claim } from "@tally/dataset";
import type { Finding } from "../finding.js";
import { flat, spokenQualifier } from "../flatText.js";
import { type Analysis, analyse, inConflict } from "../groupAnalysis.js";
import { emptyAt } from "../intervalColumns.js";
import { summariseReadings } from "../readingSummary.js";
import { readingsText } from "../readingText.js";
import { RULE_CODES } from "../ruleCodes.js";
import { defineRule, type RuleContext, rowSites } from "../ruleContext.js";
import { conflictingPairs } from "./conflictingPairs.js";

const ratioText = (r: number | null) => (r === null ? "unbounded" : `×${r.toFixed(2)}`);

/**
 * Within each event and metric, the readings of the claims (maximal sets of claims whose figures
 * can all be true at once): one warning per group with two or more readings, saying what each
 * reading rests on, and one info per group summarising what was claimed. With `pairs`, the older
 * output instead: one warning per pair of claims that cannot both be true.
 */
export const conflicts = defineRule({
  id: "conflicts",
  title: "Claims about one event and metric whose figures cannot all be true",
  scan(ctx, emit) {
    const { dataset } = ctx;
    const { claims } = dataset.tables;
    const analysis = analyse(dataset, ctx.tolerance);
    const { groups } = analysis;
    for (let g = 0; g < groups.count; g++) {
      if (inConflict(analysis, g)) {
        if (ctx.pairs) conflictingPairs(ctx, analysis, g, emit);
        else emit(readingsWarning(ctx, analysis, g));
      }
      emit(groupInfo(ctx, analysis, g, claims));
    }
  },
});

/** The warning for a group with two or more readings (issue 9's contract, see README "Validation"). */
function readingsWarning(ctx: RuleContext, analysis: Analysis, g: number): Finding {
  const { dataset, tolerance } = ctx;
  const { claims } = dataset.tables;
  const { groups } = analysis;
  const sites = rowSites(dataset, "claims");
  const { event_id, metric } = claims[groups.members[groups.start[g]!]!]!;
  const summary = summariseReadings(analysis, g, claims);
  const { readings, spanning, mostCorroborated, pairs, gapRatio: gap_ratio, band } = summary;
  const envelope = summary.envelope!;
  // Every claim in a reading, in file order: a group's members less any whose interval is empty.
  const claimIds: string[] = [];
  let head = -1;
  for (let m = groups.start[g]!; m < groups.start[g + 1]!; m++) {
    const c = groups.members[m]!;
    if (emptyAt(analysis.intervals, c)) continue;
    if (head === -1) head = c;
    claimIds.push(claims[c]!.claim_id);
  }
  const text = readingsText(analysis, readings, spanning, envelope, mostCorroborated);
  return {
    rule: "conflicts",
    severity: "warning",
    message: flat`${event_id} / ${metric}: ${readings.length} readings that cannot all be right: ${text}; gap ${ratioText(gap_ratio)} (${band}), ${pairs} conflicting pair${pairs === 1 ? "" : "s"}`,
    dataset: ctx.datasetLabel,
    file: sites.file,
    row: sites.at.row[head]!,
    line: sites.at.line[head]!,
    event_id,
    metric,
    claim_ids: claimIds,
    details: {
      code: RULE_CODES.conflictsReadings,
      readings: readings.map((r) => r.reading),
      spanning,
      envelope,
      most_corroborated: mostCorroborated,
      gap_ratio,
      band,
      pairs,
      tolerance,
    },
  };
}

/** One info per group: how many claims and origins, the span of figures, the conflicting pairs. */
function groupInfo(ctx: RuleContext, analysis: Analysis, g: number, claims: readonly Claim[]): Finding {
  const { groups, originStart, readings } = analysis;
  const sites = rowSites(ctx.dataset, "claims");
  const first = groups.start[g]!;
  const end = groups.start[g + 1]!;
  const head = groups.members[first]!;
  const { event_id, metric } = claims[head]!;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // The words of an open end that is the span's extreme ("at least 1" alone was "figure 1", and
  // "at most 50 … more than 700" was "from 50 to 700", an outside audit); "" for a figure that is
  // its claim's own end. A tie goes to the claim's own end, then to "at least" / "at most", so
  // that the words do not depend on the claims' order.
  let lowWords = "";
  let highWords = "";
  for (let m = first; m < end; m++) {
    const { value_low: low, value_high: high, qualifier } = claims[groups.members[m]!]!;
    if (low !== null && low <= min) {
      min = low;
      lowWords = "";
    }
    if (high !== null && high >= max) {
      max = high;
      highWords = "";
    }
    if (high === null && low !== null && (low > max || (low === max && highWords === "more than"))) {
      max = low;
      highWords = spokenQualifier(qualifier);
    }
    if (low === null && high !== null && (high < min || (high === min && lowWords === "fewer than"))) {
      min = high;
      lowWords = spokenQualifier(qualifier);
    }
  }
  const n = end - first;
  const origins = originStart[g + 1]! - originStart[g]!;
  const conflicting = readings.pairs[g]!;
  const count = readings.readingStart[g + 1]! - readings.readingStart[g]!;
  const lowText = lowWords === "" ? `${min}` : `${lowWords} ${min}`;
  const highText = highWords === "" ? `${max}` : `${highWords} ${max}`;
  const range =
    min > max
      ? "no figures"
      : min === max
        ? `figure ${lowWords === "" ? highText : lowText}`
        : `figures from ${lowText} to ${highText}`;
  return {
    rule: "conflicts",
    severity: "info",
    message: flat`${event_id} / ${metric}: ${n} claim${n === 1 ? "" : "s"} from ${origins} independent origin${origins === 1 ? "" : "s"}, ${range}, ${count} reading${count === 1 ? "" : "s"}, ${conflicting} conflicting pair${conflicting === 1 ? "" : "s"}`,
    dataset: ctx.datasetLabel,
    file: sites.file,
    row: sites.at.row[head]!,
    line: sites.at.line[head]!,
    event_id,
    metric,
    details: {
      claims: n,
      origins,
      min: min > max ? null : min,
      max: min > max ? null : max,
      readings: count,
      conflicts: conflicting,
    },
  };
}
