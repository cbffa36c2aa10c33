/**
 * Okabe–Ito colours (readable with the common colour-vision deficiencies), each verdict also told
 * apart by its stroke pattern and a text label so colour is never the only cue.
 */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  grey: "#6B6B6B",
} as const;

export type VerdictKey = "conflict" | "consistent" | "single_origin" | "unrated";

export interface VerdictStyle {
  color: string;
  label: string;
  /** SVG stroke-dasharray: solid for conflict, dashed for single origin, dotted when unrated. */
  dash: string | undefined;
}

export const VERDICT_STYLES: Record<VerdictKey, VerdictStyle> = {
  conflict: { color: OKABE_ITO.vermillion, label: "Conflict", dash: undefined },
  consistent: { color: OKABE_ITO.bluishGreen, label: "Consistent", dash: undefined },
  single_origin: { color: OKABE_ITO.blue, label: "Single origin", dash: "6 3" },
  unrated: { color: OKABE_ITO.grey, label: "Not rated", dash: "2 3" },
};

/** The style for a verdict; anything the validator did not rate falls back to "unrated". */
export function verdictStyle(verdict: string | null | undefined): VerdictStyle {
  return verdict && Object.hasOwn(VERDICT_STYLES, verdict)
    ? VERDICT_STYLES[verdict as VerdictKey]
    : VERDICT_STYLES.unrated;
}

/** Series colours for charts without verdicts, in an order that keeps neighbours distinct. */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}
