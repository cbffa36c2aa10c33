import { notoSansEstimate } from "./measureText.js";

/** The letters' font, bold: Noto Sans Bold runs about a tenth wider than the regular estimate. */
export const LETTER_SIZE = 11;
const BOLD = 1.1;
/** The white halo drawn round each letter (a stroke of 6) reaches 3 px past its glyphs. */
const HALO_REACH = 3;

/**
 * The bands' letters to draw in the strip over the plot, left to right: each centred on its band,
 * and drawn only where it clears the last one drawn. A crowded group's bands sit a
 * pixel apart (an outside audit's 30 readings drew "C" under "D" and "ZR:R:R:R30"); a letter left
 * out costs nothing that is not said elsewhere, since each claim's row names its reading and the
 * band labels list every reading with its colour and hatch.
 */
export function visibleLetters<T extends { letter: string; x: number }>(letters: readonly T[]): T[] {
  const shown: T[] = [];
  let clearFrom = Number.NEGATIVE_INFINITY;
  const byX = letters.filter((l) => l.letter !== "").sort((a, b) => a.x - b.x);
  for (const l of byX) {
    const half = (notoSansEstimate(l.letter, LETTER_SIZE) * BOLD) / 2 + HALO_REACH;
    if (l.x - half < clearFrom) continue;
    shown.push(l);
    clearFrom = l.x + half;
  }
  return shown;
}
