import { FSI, PDI } from "./bidi.js";

/**
 * The code points that both embedded faces of the chart font (Noto Sans's Latin subset, 400 and
 * 700) draw, as inclusive ranges. chartFont.test.ts reads the files' character maps and checks
 * that this list is theirs, so the two cannot drift.
 */
export const CHART_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x0, 0x0],
  [0xd, 0xd],
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2bb, 0x2bc],
  [0x2c6, 0x2c6],
  [0x2da, 0x2da],
  [0x2dc, 0x2dc],
  [0x300, 0x301],
  [0x303, 0x304],
  [0x308, 0x309],
  [0x323, 0x323],
  [0x329, 0x329],
  [0x2002, 0x2002],
  [0x2009, 0x2009],
  [0x200b, 0x200b],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x2044, 0x2044],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

const covered = (cp: number) => CHART_FONT_RANGES.some(([from, to]) => cp >= from && cp <= to);

// Drawn as nothing whatever the font: white space, controls, and the isolates that keep a
// right-to-left name in its place (`isolateName`).
const DRAWS_NOTHING = /[\s\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/**
 * The characters of `text` the embedded chart font has no glyph for, each once, in order of first
 * appearance: a name in Arabic, Hebrew, Korean or Polish ("Łódź") is drawn in whatever font the
 * viewer of an exported SVG has for it, or as boxes where it has none (an outside audit).
 */
export function charactersOutsideChartFont(text: string): string[] {
  const outside = new Set<string>();
  for (const c of text) if (!DRAWS_NOTHING.test(c) && !covered(c.codePointAt(0)!)) outside.add(c);
  return [...outside];
}

/** How many of the characters `outsideFontNote` names before "…". */
const NAMED = 6;

/**
 * What an SVG download says after "SVG downloaded." when its text has characters the embedded
 * font lacks, each isolated so that a list of Hebrew letters keeps its order in the sentence; or
 * nothing when the font has them all.
 */
export function outsideFontNote(characters: readonly string[]): string | undefined {
  if (characters.length === 0) return undefined;
  const named = characters.slice(0, NAMED).map((c) => `${FSI}${c}${PDI}`);
  const more = characters.length > NAMED ? ` and ${characters.length - NAMED} more` : "";
  return `Its text has characters the embedded font lacks (${named.join(", ")}${more}): an SVG viewer draws them in a font of its own, or as boxes where it has none; the PNG shows them as drawn here.`;
}
