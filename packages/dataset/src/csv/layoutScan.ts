import type { PlainLayout } from "./plainCsv.js";

/** Receives a file's bytes in order; `end` then says whether the file is plain (see `plainLayout`). */
export interface LayoutScan {
  /** The next piece of the file. Every piece but the last must end in a line feed. */
  piece(bytes: Uint8Array): void;
  /** Whether every piece was UTF-8; meaningful once every piece was given. */
  utf8(): boolean;
  /** The file's layout if it is plain, else null. */
  end(): PlainLayout | null;
}

/**
 * `plainLayout`, read piece by piece: a file is checked through one reused buffer, in a thread of
 * its own, and never held whole in memory. Cut after a line feed, a piece splits no UTF-8 sequence
 * (0x0A is never part of one), no CRLF and no doubled quote, and begins where an opening quote is
 * allowed; only whether a quoted field is still open carries from one piece to the next.
 *
 * Self-contained on purpose, with no import and `isUtf8` given: the checking thread runs this
 * function's own source text (see `fileChecks.ts`), so the thread and `plainLayout` cannot differ.
 */
export function layoutScan(isUtf8: (bytes: Uint8Array) => boolean): LayoutScan {
  const QUOTE = 0x22;
  const COMMA = 0x2c;
  const LF = 0x0a;
  const CR = 0x0d;
  let first = true;
  let start = 0;
  let utf8 = true;
  let plain = true;
  let inQuote = false;
  let crs = 0;
  let lfs = 0;
  return {
    piece(bytes) {
      if (!isUtf8(bytes)) utf8 = false;
      let from = 0;
      if (first) {
        first = false;
        start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
        from = start;
      }
      if (!utf8 || !plain) return;
      for (let i = bytes.indexOf(CR, from); i !== -1; i = bytes.indexOf(CR, i + 1)) {
        if (bytes[i + 1] !== LF) {
          plain = false;
          return;
        }
        crs++;
      }
      for (let i = bytes.indexOf(LF, from); i !== -1; i = bytes.indexOf(LF, i + 1)) lfs++;
      // `from` is where a line starts: a quote there opens a field.
      for (let at = from; ; ) {
        if (!inQuote) {
          const open = bytes.indexOf(QUOTE, at);
          if (open === -1) return;
          const before = bytes[open - 1];
          if (open !== from && before !== COMMA && before !== LF) {
            plain = false;
            return;
          }
          inQuote = true;
          at = open + 1;
        }
        let close = bytes.indexOf(QUOTE, at);
        while (close !== -1 && bytes[close + 1] === QUOTE) close = bytes.indexOf(QUOTE, close + 2);
        // Still open at the end of the piece: a quoted field runs on across a line feed.
        if (close === -1) return;
        const after = bytes[close + 1];
        if (after !== undefined && after !== COMMA && after !== LF && after !== CR) {
          plain = false;
          return;
        }
        inQuote = false;
        at = close + 1;
      }
    },
    utf8: () => utf8,
    end() {
      if (!utf8 || !plain || inQuote) return null;
      if (crs > 0 && crs !== lfs) return null;
      return { start, crlf: crs > 0 };
    },
  };
}
