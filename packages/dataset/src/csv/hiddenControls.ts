/**
 * Characters a cell must not hold because what it shows is not what it stores: the C0 controls
 * but tab, line feed and carriage return (NUL ends a C string; ESC drives a terminal), DEL, the C1
 * controls, and the bidirectional embeddings, overrides and isolates, which show the text around
 * them in another order than the bytes hold it ("Trojan Source"). A quote holding one cannot be
 * checked by eye against its article. Marks that carry meaning in some scripts (zero-width
 * joiners, left-to-right marks) are not among them.
 */
export const HIDDEN_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const HIDDEN = new RegExp(HIDDEN_CONTROL.source, "g");

const NAMES: Record<number, string> = {
  0: "NUL",
  27: "ESC",
  127: "DEL",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE",
  // Not hidden, but told from a plain space by name alone (provenance/quote-not-verbatim, a
  // blank-looking CSV line).
  9: "CHARACTER TABULATION",
  32: "SPACE",
  160: "NO-BREAK SPACE",
  8201: "THIN SPACE",
  8239: "NARROW NO-BREAK SPACE",
  8203: "ZERO WIDTH SPACE",
  65279: "ZERO WIDTH NO-BREAK SPACE",
};

/** `U+001B (ESC)`, `U+0003` */
export const characterName = (c: string): string => {
  const n = c.codePointAt(0)!;
  const code = `U+${n.toString(16).toUpperCase().padStart(4, "0")}`;
  return NAMES[n] ? `${code} (${NAMES[n]})` : code;
};

/** What a cell holding hidden characters is told, or undefined for a clean cell. */
export function hiddenControlsText(column: string, value: string): string | undefined {
  const found = value.match(HIDDEN);
  if (found === null) return undefined;
  const first = found[0]!;
  const kind =
    first >= "\u202a"
      ? "a bidirectional control, which shows the text around it in another order than it is stored"
      : "a control character, which does not print";
  const more = found.length - 1;
  return more === 0
    ? `${column} holds ${characterName(first)}, ${kind}: remove it`
    : `${column} holds ${characterName(first)}, ${kind}, and ${more} more such character${more === 1 ? "" : "s"}: remove them`;
}

/**
 * Whether UTF-8 bytes hold any character `hiddenControlsText` reports: the file-check thread's
 * gate, so that the loader looks at cells only in a file that has one. Read four bytes at a time:
 * a word whose bytes are all printable ASCII (0x20–0x7E) is passed in one test, and at a million
 * claims the dense profile's 253 MB took a tenth of a second that way against three times that
 * byte by byte. Every sequence it looks for is whole within a piece cut after a line feed.
 *
 * Self-contained on purpose, with no outer names: the checking thread runs this function's own
 * source text (see `fileChecks.ts`).
 */
export function hasHiddenControls(bytes: Uint8Array): boolean {
  const hidden = (i: number): boolean => {
    const b = bytes[i]!;
    if (b < 0x20) return b !== 0x09 && b !== 0x0a && b !== 0x0d;
    if (b === 0x7f) return true;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    // C1 controls: C2 80–C2 9F; bidi controls: E2 80 AA–AE and E2 81 A6–A9.
    if (b === 0xc2) return b1 !== undefined && b1 >= 0x80 && b1 <= 0x9f;
    if (b !== 0xe2 || b2 === undefined) return false;
    return (b1 === 0x80 && b2 >= 0xaa && b2 <= 0xae) || (b1 === 0x81 && b2 >= 0xa6 && b2 <= 0xa9);
  };
  const n = bytes.length;
  let i = 0;
  for (; i < n && (bytes.byteOffset + i) % 4 !== 0; i++) if (hidden(i)) return true;
  // A short piece may end before it reaches a word boundary, where no view can start.
  const count = (n - i) >>> 2;
  const words = count > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + i, count) : new Uint32Array(0);
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    // A byte below 0x20 borrows into its high bit when 0x20 is taken away, 0x7F carries into it
    // when 1 is added, and any byte from 0x80 has it set: the lowest such byte always shows, and a
    // carry or borrow from it can only send a clean word on to the byte by byte test.
    if ((((x - 0x20202020) | (x + 0x01010101) | x) & 0x80808080) !== 0) {
      const at = i + w * 4;
      for (let k = at; k < at + 4; k++) if (hidden(k)) return true;
    }
  }
  for (let k = i + words.length * 4; k < n; k++) if (hidden(k)) return true;
  return false;
}
