import { parse as locateJsonErrors, type ParseError, visit } from "jsonc-parser";

/** `problem` completes "<file> is …": `not valid JSON at line 3, column 5: Expected ',' …`. */
export type JsonParse = { ok: true; value: unknown } | { ok: false; problem: string };

/** 1-based line and column (in UTF-16 units, as editors count them) of `offset` in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where JSON.parse's error is. V8 gives a position for some errors and, for an unexpected token,
 * a copy of the text around it instead; jsonc-parser (held to strict JSON) finds the first error's
 * offset for those. JSON.parse stays the judge of what is valid.
 */
function errorOffset(text: string, message: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const errors: ParseError[] = [];
  locateJsonErrors(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0]?.offset ?? null;
}

/**
 * V8's reason without its position or its copy of the text, which may span lines and run long:
 * the message stays one line and the location is given as line and column.
 */
function reasonOf(message: string): string {
  return message
    .replace(/, ".*" is not valid JSON$/s, "")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/\s+/g, " ");
}

/**
 * The first key an object of `text` gives twice, and where. JSON.parse keeps the last silently,
 * other readers the first or an error: `"version"` twice in a descriptor passed with 9.9.9 (an
 * outside review).
 */
function repeatedKey(text: string): { key: string; offset: number } | null {
  const objects: Set<string>[] = [];
  let found: { key: string; offset: number } | null = null;
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Set());
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty: (key, offset) => {
        const keys = objects.at(-1);
        if (found === null && keys !== undefined) {
          if (keys.has(key)) found = { key, offset };
          keys.add(key);
        }
      },
    },
    { disallowComments: true },
  );
  return found;
}

/** JSON.parse, with a failure told as one line a person can act on; a key given twice fails too. */
export function parseJson(text: string): JsonParse {
  try {
    const value: unknown = JSON.parse(text);
    let repeated: ReturnType<typeof repeatedKey>;
    try {
      repeated = repeatedKey(text);
    } catch (error) {
      // jsonc-parser walks the text by recursion: arrays in arrays some thousands deep exhaust the
      // stack, which stopped the run as an "internal error" naming no file (an outside review).
      if (!(error instanceof RangeError)) throw error;
      return {
        ok: false,
        problem:
          "not valid JSON for Tally: its values are nested too deeply to read (thousands of arrays or objects inside each other)",
      };
    }
    if (repeated === null) return { ok: true, value };
    const { line, column } = lineAndColumn(text, repeated.offset);
    return {
      ok: false,
      problem: `not valid JSON for Tally at line ${line}, column ${column}: the key ${JSON.stringify(repeated.key)} appears twice in one object, and JSON readers differ on which they keep; give it once`,
    };
  } catch (error) {
    const message = (error as Error).message;
    const offset = errorOffset(text, message);
    const reason = reasonOf(message);
    if (offset === null) return { ok: false, problem: `not valid JSON: ${reason}` };
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, problem: `not valid JSON at line ${line}, column ${column}: ${reason}` };
  }
}
