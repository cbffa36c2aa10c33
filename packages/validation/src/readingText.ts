import type { Envelope, Reading } from "@tally/dataset";
import { listed, NAMED } from "./flatText.js";
import type { Analysis } from "./groupAnalysis.js";
import type { ReadingAt } from "./readingSummary.js";
import { formatInterval, readingInterval } from "./valueInterval.js";

/** `[200, 220]`, `[100, ∞)`: a reading's common range in interval notation. */
export function rangeText(r: Pick<Reading, "low" | "high" | "low_open" | "high_open">): string {
  return formatInterval(readingInterval(r));
}

/** "200 to 660", "100 upward", "up to 39", "any figure". */
export function envelopeText({ low, high }: Envelope): string {
  if (low !== null && high !== null) return `${low} to ${high}`;
  if (low !== null) return `${low} upward`;
  return high !== null ? `up to ${high}` : "any figure";
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The analyst's sentence for a group's readings: each reading's common range, how many claims and
 * independent origins stand behind it and who they are (party and outlet), the claims consistent
 * with every reading, the most corroborated reading (or the tie) and the envelope.
 */
export function readingsText(
  analysis: Analysis,
  list: readonly ReadingAt[],
  spanning: readonly string[],
  envelope: Envelope,
  mostCorroborated: readonly number[],
): string {
  const { origins } = analysis;
  const parts = list.map(({ reading, members }) => {
    const seen = new Set<number>();
    const names: string[] = [];
    for (const c of members) {
      const o = origins.of[c]!;
      const key = origins.keyOf[o]!;
      if (seen.has(key)) continue;
      seen.add(key);
      if (names.length < NAMED) {
        const { attributed_to, outlet } = origins.origins[o]!;
        names.push(`${attributed_to} (${outlet})`);
      }
    }
    return `${rangeText(reading)} from ${plural(reading.claim_ids.length, "claim")}, ${plural(reading.origins, "independent origin")}: ${listed(names, seen.size - names.length, "; ")}`;
  });
  const span =
    spanning.length === 0
      ? ""
      : `; consistent with every reading: ${listed(spanning.slice(0, NAMED * 2), Math.max(0, spanning.length - NAMED * 2), ", ")}`;
  const best = mostCorroborated.map((i) => rangeText(list[i]!.reading));
  const most =
    best.length === 1
      ? `most corroborated reading ${best[0]}`
      : `most corroborated readings tie: ${best.join(" and ")}`;
  return `${parts.join(" vs ")}${span}; ${most}; envelope ${envelopeText(envelope)}`;
}
