import { OKABE_ITO } from "./verdictColors.js";

/**
 * How the readings of one event and metric are told apart: an Okabe–Ito colour, a letter (A is
 * the lowest common range) and a hatch angle for the shaded band, so that neither colour nor
 * position alone carries the difference.
 */
export interface ReadingStyle {
  color: string;
  letter: string;
  /** Angle of the band's hatch lines, in degrees. */
  hatch: number;
}

/** In an order that keeps neighbouring readings distinct; grey is kept for spanning claims. */
const READING_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.black,
];
const HATCHES: readonly number[] = [45, -45, 90, 0, 22.5, -67.5, 67.5];

/** "A" for the first reading … "Z", then "R27", "R28": a dense group can have many readings. */
export function readingLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `R${index + 1}`;
}

export function readingStyle(index: number): ReadingStyle {
  return {
    color: READING_COLORS[index % READING_COLORS.length]!,
    letter: readingLetter(index),
    hatch: HATCHES[index % HATCHES.length]!,
  };
}

/** Claims consistent with every reading: grey and dotted, set apart from the readings they span. */
export const SPANNING_STYLE = { color: OKABE_ITO.grey, dash: "2 3", label: "every reading" } as const;
