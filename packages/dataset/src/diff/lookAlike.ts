import { codePoint } from "../visibleControls.js";

const WHITE_SPACE = /\s/gu;
const NOT_A_PLAIN_SPACE = /[^\S ]/gu;

/**
 * Whether a change would print as "x → x": two strings that differ only in their kinds of white
 * space (a no-break space where a space was). Release 1.1.2 mended three quotes that way, and its
 * CHANGELOG entry first showed each as an unchanged sentence on both sides.
 */
export const lookAlike = (before: unknown, after: unknown): boolean =>
  typeof before === "string" &&
  typeof after === "string" &&
  before !== after &&
  before.replace(WHITE_SPACE, " ") === after.replace(WHITE_SPACE, " ");

/** White space other than U+0020 as escapes (`\u00a0`), for the sides of a change that `lookAlike`. */
export const spacesShown = (s: string): string => s.replace(NOT_A_PLAIN_SPACE, codePoint);
