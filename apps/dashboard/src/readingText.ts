import { type ClaimView, inWords } from "@tally/dataset";
import { chartNumberFormat, commonRangeLabel, isolateName, readingLetter, tolerancePercent } from "@tally/ui";
import { type ClaimReading, claimReadings, formatGap } from "./claimVerdicts.js";
import type { GroupRating } from "./groupRating.js";

/**
 * The words the discrepancy view uses for readings. Tally reports evidence, not truth: a reading
 * is "most corroborated" (most independent origins stand behind it), never "true" or "likely".
 */

type Reading = GroupRating["readings"][number];
type Format = (n: number) => string;

const numberFormat = new Intl.NumberFormat("en");
const fmt: Format = (n) => numberFormat.format(n);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 claims, 2 independent origins". */
export function countsText(claims: number, origins: number): string {
  return `${plural(claims, "claim")}, ${plural(origins, "independent origin")}`;
}

export function supportCounts(r: Pick<Reading, "claim_ids" | "origins">): string {
  return countsText(r.claim_ids.length, r.origins);
}

/**
 * Who stands behind a reading, for its band: the outlets that first reported its claims (up to two
 * by name) and the counts, long ("Daily NK · 3 claims, 2 independent origins") and short for a
 * narrow chart ("3 claims, 2 origins"). The first reporter, not the outlet that relayed a figure:
 * independence is judged on it, and a band of Liaoning's "at least 39" read "Radio Free Asia"
 * alone where Chosun Ilbo had first reported it (an outside review).
 */
export function readingSupport(
  r: Pick<Reading, "claim_ids" | "origins">,
  claims: ReadonlyMap<string, ClaimView>,
): { text: string; shortText: string } {
  const outlets = [
    ...new Set(
      r.claim_ids
        .map((id) => {
          const c = firstReport(id, claims);
          return c?.first_reported_by || c?.outlet;
        })
        .filter((o): o is string => !!o)
        // "A: 45 · الجزيرة نت · 1 claim" drew as "A: 45 · 1 · الجزيرة نت claim" (an outside audit).
        .map(isolateName),
    ),
  ];
  const who =
    outlets.length === 0
      ? ""
      : outlets.length <= 2
        ? outlets.join(", ")
        : plural(outlets.length, "first reporter");
  return {
    text: who ? `${who} · ${supportCounts(r)}` : supportCounts(r),
    shortText: `${plural(r.claim_ids.length, "claim")}, ${plural(r.origins, "origin")}`,
  };
}

/**
 * The claim a claim's chain of repeats starts from, as far as `claims` holds it: the validator
 * counts a repeat as its first report's origin, and Shenyang's band named The Epoch Times's
 * restatement of Justice for North Korea as a third first reporter beside "2 independent origins"
 * (an outside audit). A cycle stops where it closes; the links rule reports it.
 */
function firstReport(id: string, claims: ReadonlyMap<string, ClaimView>): ClaimView | undefined {
  let c = claims.get(id);
  const seen = new Set([id]);
  while (c?.repeats_claim_id && !seen.has(c.repeats_claim_id)) {
    const next = claims.get(c.repeats_claim_id);
    if (!next) break;
    seen.add(c.repeats_claim_id);
    c = next;
  }
  return c;
}

/** "A: 200–220", or "common range 54–66" for a group's only reading. */
export function readingName(
  rating: Pick<GroupRating, "readings">,
  index: number,
  format: Format = fmt,
): string {
  const range = commonRangeLabel(rating.readings[index]!, format);
  return rating.readings.length > 1 ? `${readingLetter(index)}: ${range}` : `common range ${range}`;
}

/**
 * "most corroborated reading: 200–220, 2 independent origins"; a tie names every tied reading
 * ("most corroborated readings, tied: A 10–20 and B 20, 2 independent origins each"). Null when
 * there is nothing to compare (fewer than two readings).
 */
export function mostCorroboratedText(
  rating: Pick<GroupRating, "readings" | "most_corroborated">,
  format: Format = fmt,
): string | null {
  if (rating.readings.length < 2 || rating.most_corroborated.length === 0) return null;
  const picked = rating.most_corroborated.map((i) => ({ i, r: rating.readings[i]! }));
  const origins = picked[0]!.r.origins;
  if (picked.length === 1)
    return `most corroborated reading: ${commonRangeLabel(picked[0]!.r, format)}, ${plural(origins, "independent origin")}`;
  const names = picked.map(({ i, r }) => `${readingLetter(i)} ${commonRangeLabel(r, format)}`);
  return `most corroborated readings, tied: ${inWords(names)}, ${plural(origins, "independent origin")} each`;
}

/** "envelope of the readings: 200–660"; null without two readings (one reading is its own range). */
export function envelopeText(
  rating: Pick<GroupRating, "readings" | "envelope">,
  format: Format = fmt,
): string | null {
  if (rating.readings.length < 2 || !rating.envelope) return null;
  return `envelope of the readings: ${commonRangeLabel(rating.envelope, format)}`;
}

/** "widest gap ×2.45 (high)", "widest gap unbounded (high)"; null when nothing conflicts. */
export function gapText(rating: Pick<GroupRating, "verdict" | "max_gap_ratio" | "band">): string | null {
  if (rating.verdict !== "conflict") return null;
  return `widest gap ${formatGap(rating.max_gap_ratio)}${rating.band ? ` (${rating.band})` : ""}`;
}

/** How the bands read a gap ratio, as `conflictBand` in @tally/validation draws them. */
const BANDS_IN_WORDS = "×2 or more is high, from ×1.25 medium, below that low";

/**
 * What the widest gap measures, for a reader who expects "about 200" against "about 600" to be ×3:
 * "Widest gap: 540 ÷ 220 = ×2.45, the highest reading's low end over the lowest reading's high end
 * …". The division is spelled out only when the readings' ends give the validator's ratio; null
 * when nothing conflicts. `tolerance` is the one the release was validated with.
 */
export function gapMeaning(
  rating: Pick<GroupRating, "verdict" | "max_gap_ratio" | "readings">,
  tolerance: number,
  format: Format = fmt,
): string | null {
  if (rating.verdict !== "conflict") return null;
  if (rating.max_gap_ratio === null)
    return `Widest gap: unbounded. No ratio measures it, as the lower claim's range reaches no value above 0; it counts as high.`;
  const read = `as the validator reads the figures (“about” ±${tolerancePercent(tolerance)})`;
  const lower = rating.readings[0]?.high;
  const upper = rating.readings.at(-1)?.low;
  const spelled =
    lower != null && upper != null && lower > 0 && Math.abs(upper / lower - rating.max_gap_ratio) < 0.005
      ? `${format(upper)} ÷ ${format(lower)} = `
      : "";
  return `Widest gap: ${spelled}${formatGap(rating.max_gap_ratio)}, the highest reading's low end over the lowest reading's high end, ${read}. ${BANDS_IN_WORDS}.`;
}

/** The Overview's one line on what its gaps measure. */
export function gapDefinition(tolerance: number): string {
  return `A gap is the higher reading's low end over the lower reading's high end, as the validator reads the figures (“about” ±${tolerancePercent(tolerance)}): ${BANDS_IN_WORDS}.`;
}

/**
 * Where one claim stands, for its evidence panel: "B: 540–660 (2 of 2)", "common range 54–66" in a
 * group of one reading, or "consistent with every reading (2), supports none"; null when the
 * claim is in no reading (its interval holds no value).
 */
export function claimReadingText(
  rating: Pick<GroupRating, "readings">,
  at: ClaimReading | undefined,
  format: Format = fmt,
): string | null {
  if (!at) return null;
  const n = rating.readings.length;
  if (at.spanning) return `consistent with every reading (${n}), supports none`;
  if (at.readings.length === 0) return null;
  return at.readings
    .map((i) =>
      n > 1 ? `${readingName(rating, i, format)} (${i + 1} of ${n})` : readingName(rating, i, format),
    )
    .join("; ");
}

/**
 * The "Reading" line of a claim's evidence, as every view that opens one writes it: the reading it
 * supports in its group, in its unit's numbers; null without the group's rating.
 */
export function evidenceReading(rating: GroupRating | null | undefined, claim: ClaimView): string | null {
  return rating
    ? claimReadingText(
        rating,
        claimReadings(rating, [claim.claim_id]).get(claim.claim_id),
        chartNumberFormat(claim.unit_label),
      )
    : null;
}
