import { listed, NAMED, quoted } from "../flatText.js";
import { analyse } from "../groupAnalysis.js";
import { intervalAt } from "../intervalColumns.js";
import { RULE_CODES } from "../ruleCodes.js";
import { defineRule, locate } from "../ruleContext.js";
import { entirelyBelow, formatInterval, impliedCount } from "../valueInterval.js";
import { baseProblems, linkedRows, metricKinds } from "./linksCheck.js";

/**
 * A share with a base claim implies a count: "more than 30 percent of approximately 600" is more
 * than 162 (t = 10%). Reported as info; one warning when that count cannot fit under the upper end
 * of other counts claimed for the base claim's event and metric (a part larger than any whole),
 * naming them all.
 */
export const impliedCounts = defineRule({
  id: "implied-counts",
  title: "Counts implied by shares of another claim, and whether they fit",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label, tolerance } = ctx;
    const { claims, metrics } = dataset.tables;
    const unitRows = new Map(dataset.tables.units.map((u) => [u.unit, u]));
    // A metric whose unit is not in the vocabulary is integrity's error: it implies nothing here.
    const unitOf = new Map(metrics.map((m) => [m.metric, unitRows.get(m.unit)]));
    const kindOf = metricKinds(metrics);
    // A share is a part of the whole its unit's `max` names: without one, none of its claims
    // implies a count, which was said nowhere (an outside review's "ratio" share gave no finding).
    metrics.forEach((m, i) => {
      const unit = unitOf.get(m.metric);
      if (m.kind !== "share" || unit === undefined || (unit.max !== null && unit.max > 0)) return;
      emit({
        rule: "implied-counts",
        severity: "warning",
        message:
          `metric ${m.metric} is a share, but its unit ${unit.unit} has ${unit.max === null ? "no max" : `max ${unit.max}`} ` +
          `in units.csv, the whole a share is a part of: its claims imply no counts (percent's max is 100)`,
        dataset: label,
        ...locate(dataset, "metrics", i),
        column: "unit",
        metric: m.metric,
        details: { code: RULE_CODES.impliedCountsNoWhole, unit: unit.unit },
      });
    });
    const baseOf = linkedRows(claims, "base_claim_id");
    let analysis: ReturnType<typeof analyse> | undefined;
    for (let i = 0; i < claims.length; i++) {
      const share = claims[i]!;
      if (share.base_claim_id === null) continue;
      // A share is a part of a whole its unit names: 100 for percent (units.csv `max`).
      const full = unitOf.get(share.metric)?.max ?? null;
      if (full === null || full <= 0) continue;
      const b = baseOf[i]!;
      if (b === -1) continue;
      const base = claims[b]!;
      const baseUnit = unitOf.get(base.metric);
      if (baseUnit === undefined || !baseUnit.whole) continue;
      // A link the links rule rejects (a base in another event, a share of a share, a count with a
      // base) implies nothing: its error is the one finding about it.
      if (baseProblems(share, kindOf.get(share.metric), base, kindOf.get(base.metric)).length > 0) continue;
      analysis ??= analyse(dataset, tolerance);
      const { intervals, groups } = analysis;
      const whole = intervalAt(intervals, b);
      // A share outside 0–100 percent is integrity's error; it implies no count.
      const implied = impliedCount(intervalAt(intervals, i), full, whole);
      if (implied === null) continue;
      const impliedText = formatInterval(implied);
      // The count is of the share's own population ("women_share of repatriated_persons"), not of
      // the base claim's metric: 80% of 200–300 repatriated persons are 144–264 women.
      const population = `${baseUnit.unit} (${share.metric} of ${base.metric})`;
      emit({
        rule: "implied-counts",
        severity: "info",
        message:
          `${quoted(share.figure_text)} (${share.claim_id}) of ${quoted(base.figure_text)} (${base.claim_id}, ` +
          `${formatInterval(whole)}) implies ${impliedText} ${population}`,
        dataset: label,
        ...locate(dataset, "claims", i),
        event_id: base.event_id,
        metric: base.metric,
        claim_ids: [share.claim_id, base.claim_id],
        details: {
          implied: impliedText,
          low: implied.low,
          high: Number.isFinite(implied.high) ? implied.high : null,
        },
      });
      // The base claim's own group: the claims about its event and metric. One warning names every
      // count the implied one cannot fit under, not one per such count: in a crowded group,
      // shares times counts made millions of warnings, the pairs issue 9 did away with.
      // Only the first `NAMED` are kept, with how many there are and the nearest to fitting: the
      // message and `claim_ids` name no more (see `namedIds`).
      const g = groups.groupOf[b]!;
      const first: number[] = [];
      let below = 0;
      let nearest = -1;
      for (let m = groups.start[g]!; m < groups.start[g + 1]!; m++) {
        const j = groups.members[m]!;
        if (j === b || !entirelyBelow(intervalAt(intervals, j), implied)) continue;
        if (below++ < NAMED) first.push(j);
        if (nearest === -1 || intervals.high[j]! > intervals.high[nearest]!) nearest = j;
      }
      if (below === 0) continue;
      const named = first.map((j) => {
        const other = claims[j]!;
        return `${quoted(other.figure_text)} (${other.claim_id}, ${formatInterval(intervalAt(intervals, j))})`;
      });
      const under =
        below === 1 ? named[0] : `any of ${below} claims: ${listed(named, below - named.length, "; ")}`;
      emit({
        rule: "implied-counts",
        severity: "warning",
        message:
          // The base as the note above names it ("approximately 600" (c004, [540, 660])): the bare
          // id left a reader to look the figure up (an outside audit).
          `${quoted(share.figure_text)} (${share.claim_id}) of ${quoted(base.figure_text)} (${base.claim_id}, ` +
          `${formatInterval(whole)}) implies ${impliedText} ${population}, which cannot fit under ${under}`,
        dataset: label,
        ...locate(dataset, "claims", i),
        event_id: base.event_id,
        metric: base.metric,
        claim_ids: [
          share.claim_id,
          base.claim_id,
          ...namedIds(first, nearest).map((j) => claims[j]!.claim_id),
        ],
        details: {
          code: RULE_CODES.impliedCountsExceedsClaim,
          implied: impliedText,
          below,
          nearest: formatInterval(intervalAt(intervals, nearest)),
        },
      });
    }
  },
});

/**
 * The counts a warning's `claim_ids` name: those its message names (`first`, the first `NAMED` in
 * file order), and the nearest to fitting when it is not among them. Naming every count made the
 * report grow as shares times counts (300 shares among 35,000 counts: 10.5 million ids, 193 MB of
 * JSON for 650 findings); `details.below` says how many there are, and `details.implied` which.
 */
function namedIds(first: readonly number[], nearest: number): readonly number[] {
  return first.includes(nearest) ? first : [...first, nearest];
}
