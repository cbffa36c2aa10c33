/**
 * Text from the data made safe to print on one line: the validator's reports and `pnpm dataset
 * diff` (and the CHANGELOG it writes) show every value through `visibleControls`.
 */

// Characters that end a line somewhere: LF, CR, VT, FF in terminals and CI logs; NEL, LS and PS
// in Unicode-aware readers. With the rest of C0, DEL and C1 (which drive terminals, e.g. ESC), the
// bidirectional controls and the other characters that print as nothing (default-ignorable code
// points and the interlinear annotation marks).
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `\u200b`; past the Basic Multilingual Plane (a tag character) `\u{e0041}`, one escape for one character. */
export const codePoint = (c: string): string => {
  const n = c.codePointAt(0)!;
  return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, "0")}`;
};

/**
 * Control and line-breaking characters as visible escapes (`\n`, `\r`, `\t`, `\u001b`), so that
 * a value stays on the line it is printed on and no data can start a line of its own: a CI log
 * reads a line starting `::error::` as a workflow command.
 */
export const visibleControls = (s: string): string => s.replace(CONTROL, (c) => SHORT[c] ?? codePoint(c));
