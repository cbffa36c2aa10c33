import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { fileChunks } from "./fileChunks.js";
import { LineIndex } from "./lineIndex.js";
import { eachPlainRecord, memoryChunks, plainLayout } from "./plainCsv.js";
import { RELAXED_OPTIONS } from "./readCsv.js";

/** Records and start lines as csv-parse reads them with the loader's options. */
function relaxed(bytes: Buffer): [string[], number][] {
  const lines = new LineIndex(bytes);
  const records = parse(bytes, RELAXED_OPTIONS) as unknown as { record: string[]; info: { bytes: number } }[];
  let end = bytes[0] === 0xef ? 3 : 0;
  return records.map(({ record, info }) => {
    const line = lines.lineAt(lines.skipLineBreaks(end));
    end = info.bytes;
    return [record, line];
  });
}

function plain(bytes: Buffer, chunkBytes: number): [string[], number][] {
  const layout = plainLayout(bytes)!;
  const out: [string[], number][] = [];
  eachPlainRecord(memoryChunks(bytes, layout.start, chunkBytes), layout, (fields, line) =>
    out.push([[...fields], line]),
  );
  return out;
}

const piece = fc.constantFrom(
  "a",
  "bb",
  "é",
  "한",
  ",",
  '"q"',
  '"x,y"',
  '"say ""hi"""',
  '"two\nlines"',
  '""',
  "\n",
  "\n\n",
  " ",
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

describe("the plain CSV reader", () => {
  it("reads every file it accepts exactly as csv-parse does, records and lines, across chunk cuts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        text,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        (body, crlf, bom, chunk) => {
          const content = `${bom ? "\uFEFF" : ""}${crlf ? body.replaceAll("\n", "\r\n") : body}`;
          const bytes = Buffer.from(content, "utf8");
          if (plainLayout(bytes) === null) return;
          accepted++;
          expect(plain(bytes, chunk)).toEqual(relaxed(bytes));
        },
      ),
      { numRuns: 1000 },
    );
    // The comparison must have been made often, not only on the files the reader turns away.
    expect(accepted).toBeGreaterThan(200);
  });

  it("leaves to csv-parse what it cannot read the same way", () => {
    for (const odd of ['a,b"c\n', 'a,"open\n', '"a"b,c\n', "a\r\nb\n", "a\rb\n"])
      expect(plainLayout(Buffer.from(odd))).toBeNull();
    expect(plainLayout(Buffer.from([0x61, 0xff, 0x0a]))).toBeNull();
    expect(plainLayout(Buffer.from('h,"q"\r\n1,"x\r\ny"\r\n'))).toEqual({ start: 0, crlf: true });
  });

  const dir = mkdtempSync(join(tmpdir(), "tally-plain-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a file from disk in small pieces as it reads it in memory, even lines longer than a piece", () => {
    const content = `\uFEFFid,text\n1,"a long field, with ""quotes"" and\na break"\n\n2,${"x".repeat(50)}\n3,é한\n`;
    const path = join(dir, "t.csv");
    writeFileSync(path, content);
    const bytes = Buffer.from(content, "utf8");
    const layout = plainLayout(bytes)!;
    for (const chunk of [4, 9, 64]) {
      const fromDisk: [string[], number][] = [];
      eachPlainRecord(fileChunks(path, bytes.length, layout.start, chunk), layout, (f, l) =>
        fromDisk.push([[...f], l]),
      );
      expect(fromDisk).toEqual(relaxed(bytes));
    }
    expect(() => [...fileChunks(path, bytes.length + 1, 0)]).toThrow(/changed while it was being read/);
  });
});
