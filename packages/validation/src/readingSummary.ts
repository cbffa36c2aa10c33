import type { Claim, ConflictBand, Envelope, Reading } from "@tally/dataset";
import { type Analysis, groupGapRatio, inConflict } from "./groupAnalysis.js";
import { conflictBand } from "./valueInterval.js";

/** A reading as findings and verdicts give it, with the claims (table indexes) that support it. */
export interface ReadingAt {
  reading: Reading;
  members: Int32Array;
}

/** What the conflicts warning and the group verdict both say of one group's readings. */
export interface ReadingSummary {
  readings: ReadingAt[];
  /** Claims consistent with every reading, as ids in file order. */
  spanning: string[];
  envelope: Envelope | null;
  /** Indexes into `readings` of those with the most independent origins (a tie lists each). */
  mostCorroborated: number[];
  pairs: number;
  /** Null with no conflict, or for an unbounded gap (band high). */
  gapRatio: number | null;
  band: ConflictBand | null;
}

/** JSON has no infinities: an unbounded end is null. */
const end = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Reading `r` of the analysis (see `GroupReadings`). */
export function readingOf(
  analysis: Analysis,
  r: number,
  claims: readonly Pick<Claim, "claim_id">[],
): ReadingAt {
  const { readings } = analysis;
  const members = readings.members.subarray(readings.memberStart[r]!, readings.memberStart[r + 1]!);
  const claim_ids: string[] = [];
  for (const c of members) claim_ids.push(claims[c]!.claim_id);
  return {
    reading: {
      low: end(readings.low[r]!),
      high: end(readings.high[r]!),
      low_open: readings.lowOpen[r] === 1,
      high_open: readings.highOpen[r] === 1,
      claim_ids,
      origins: readings.origins[r]!,
    },
    members,
  };
}

/** The readings of group `g` and what follows from them: envelope, most corroborated, worst gap. */
export function summariseReadings(
  analysis: Analysis,
  g: number,
  claims: readonly Pick<Claim, "claim_id">[],
): ReadingSummary {
  const { readingStart, spanStart, spanning: spanningClaims, pairs } = analysis.readings;
  const readings: ReadingAt[] = [];
  for (let r = readingStart[g]!; r < readingStart[g + 1]!; r++) readings.push(readingOf(analysis, r, claims));
  const spanning: string[] = [];
  for (let s = spanStart[g]!; s < spanStart[g + 1]!; s++) spanning.push(claims[spanningClaims[s]!]!.claim_id);
  let best = -1;
  for (const { reading } of readings) best = Math.max(best, reading.origins);
  const mostCorroborated: number[] = [];
  readings.forEach(({ reading }, i) => {
    if (reading.origins === best) mostCorroborated.push(i);
  });
  const conflict = inConflict(analysis, g);
  const gapRatio = conflict ? groupGapRatio(analysis, g) : null;
  return {
    readings,
    spanning,
    envelope:
      readings.length === 0
        ? null
        : { low: readings[0]!.reading.low, high: readings[readings.length - 1]!.reading.high },
    mostCorroborated,
    pairs: pairs[g]!,
    gapRatio,
    band: conflict ? conflictBand(gapRatio) : null,
  };
}
