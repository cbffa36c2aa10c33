import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CodingLimits, type ColumnDictionaries, codeChunk } from "./codeChunk.js";
import { type CodedPiece, codedFields } from "./parallelPlain.js";
import { readChunk } from "./plainCsv.js";

const fresh = (): ColumnDictionaries => ({ pools: [], seen: [], keys: [], lastId: [], entries: 0, chars: 0 });
const CODE_ALL: CodingLimits = {
  trial: Number.MAX_SAFE_INTEGER,
  entries: Number.MAX_SAFE_INTEGER,
  chars: Infinity,
};

/** Each record as `readChunk` reads it: fields, first line, last line; and where it stopped. */
function plainRead(text: string, final: boolean, crlf: boolean) {
  const records: [string[], number, number][] = [];
  const cursor = { line: 0, fields: [] };
  const read = readChunk(text, final, crlf, cursor, (fields, line, last) =>
    records.push([[...fields], line, last]),
  );
  return { records, read, lines: cursor.line, tail: read < text.length ? text.slice(read) : null };
}

/** Each record as the main thread reads a coded piece, with its own dictionaries as they grow. */
function codedRead(
  text: string,
  final: boolean,
  crlf: boolean,
  state: ColumnDictionaries,
  limits: CodingLimits,
  dict: string[][],
) {
  const chunk = codeChunk(text, final, crlf, state, limits);
  chunk.fresh.forEach((values, column) => {
    dict[column] ??= [];
    dict[column]!.push(...values);
  });
  const piece: CodedPiece = { ...chunk, dict, cache: [] };
  const records: [string[], number, number][] = [];
  for (let r = 0; r < chunk.rows; r++)
    records.push([codedFields(piece, r), chunk.lines[2 * r]!, chunk.lines[2 * r + 1]!]);
  return { records, read: text.length - (chunk.tail?.length ?? 0), lines: chunk.lineCount, tail: chunk.tail };
}

// Cells a plain file may hold: quoted ones with commas, line breaks and doubled quotes, empty
// ones, repeats (which the dictionaries code), and blank lines between records.
const cell = fc.constantFrom(
  "a",
  "bb",
  "",
  "same",
  '"x,y"',
  '"two\nlines"',
  '"say ""hi"""',
  '""',
  "é",
  "a long value past thirteen",
);
const record = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(","));
const text = fc
  .tuple(fc.array(fc.oneof(record, fc.constant("")), { maxLength: 25 }), fc.boolean())
  .map(([records, lastBreak]) => records.join("\n") + (lastBreak ? "\n" : ""));
const limits = fc.record({
  trial: fc.constantFrom(0, 3, 1000),
  entries: fc.constantFrom(0, 4, 1000),
  chars: fc.constantFrom(0, 20, 1e6),
});

describe("codeChunk", () => {
  it("reads the records readChunk reads, each cell coded or located, whatever the limits", () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), limits, (body, final, crlf, limit) => {
        const input = crlf ? body.replaceAll("\n", "\r\n") : body;
        const plain = plainRead(input, final, crlf);
        // The same dictionaries over two pieces: numbers carry on from one piece to the next.
        const state = fresh();
        const dict: string[][] = [];
        const coded = codedRead(input, final, crlf, state, limit, dict);
        expect(coded).toEqual(plain);
        expect(codedRead(input, final, crlf, state, limit, dict)).toEqual(plain);
      }),
      { numRuns: 800 },
    );
  });

  it("codes repeated values as numbers and stops coding a column of distinct ones", () => {
    const rows = Array.from({ length: 40 }, (_, i) => `id${i},${i % 2 === 0 ? "even" : "odd"}`).join("\n");
    const state = fresh();
    const chunk = codeChunk(`${rows}\n`, true, false, state, { trial: 8, entries: 1000, chars: 1e6 });
    expect(chunk.rows).toBe(40);
    // The ids are all new: after 8 cells the first column is left in the text, not coded, and
    // the text holds only such cells.
    expect(state.pools[0]).toBeNull();
    expect(chunk.cells[2 * 2 * 39]).toBeGreaterThanOrEqual(0);
    expect(chunk.text).toBe(Array.from({ length: 31 }, (_, i) => `id${i + 9}`).join(""));
    expect(chunk.fresh[1]).toEqual(["even", "odd"]);
    expect(chunk.cells[2 * 2 * 39 + 2]).toBe(-2);
  });

  it("gives back what a column held when it stops, so other columns can still be coded", () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `distinct-${i},${["red", "green", "blue"][i % 3]}`,
    ).join("\n");
    const state = fresh();
    codeChunk(`${rows}\n`, true, false, state, { trial: 12, entries: 8, chars: 1e6 });
    expect(state.pools[0]).toBeNull();
    expect(state.pools[1]?.size).toBe(3);
    expect(state.entries).toBe(3);
    expect(state.chars).toBe("redgreenblue".length);
  });

  it("says where a record the piece's end cuts starts, and counts the lines before it", () => {
    const piece = 'a,b\nc,"open\nstill open';
    const chunk = codeChunk(piece, false, false, fresh(), CODE_ALL);
    expect(chunk.rows).toBe(1);
    expect(chunk.tail).toBe('c,"open\nstill open');
    expect(chunk.lineCount).toBe(1);
  });
});
