#!/usr/bin/env node
// What keeping every CSV cell as a JavaScript string costs, apart from any check or rule, and what
// a columnar store would cost instead: the measurements behind docs/architecture.md's "why not 2×".
// It reads a dataset's sources, events and claims with the validator's own pieces (from
// packages/dataset/dist: run `pnpm validate --help` once to build it) and
// - `none`: splits each record with the plain reader and drops it;
// - `rows`: keeps each record as an array of its cells;
// - `columns`: keeps one array of strings per column;
// - `offsets`: keeps each decoded chunk and, per cell, only its offset in it (an Int32Array), with
//   value_low/value_high parsed into a Float64Array: the floor of a columnar store;
// - `coded`: `offsets`, with every column of repeated values (ids that rows refer to, dates,
//   names, vocabularies) also mapped to small integers through a Map, as a columnar store must
//   to group, join and check each distinct value once.
//
//   node --max-semi-space-size=32 scripts/probe-string-cost.mjs bench-data/issue9/claims-1m-dense rows
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileChunks } from "../packages/dataset/dist/csv/fileChunks.js";
import { eachPlainRecord } from "../packages/dataset/dist/csv/plainCsv.js";

const MODES = ["none", "rows", "columns", "offsets", "coded"];
const TABLES = ["sources", "events", "claims"];
const NUMBERS = new Set(["value_low", "value_high"]);
// The cells that repeat: what a columnar store keeps as codes. Unique text (claim_id, titles,
// quotes, URLs) stays an offset.
const REPEATED = new Set(
  [
    "event_id source_id metric qualifier attributed_to attributed_kind first_reported_by reported_via",
    "as_of as_of_precision as_of_inferred vague outlet via kind author published published_precision",
    "published_inferred date date_precision date_inferred location category",
  ]
    .join(" ")
    .split(" "),
);

const [dir, mode] = process.argv.slice(2);
if (dir === undefined || !MODES.includes(mode)) {
  process.stderr.write(`usage: probe-string-cost.mjs DATASET_DIR ${MODES.join("|")}\n`);
  process.exit(2);
}

const started = performance.now();
const kept = [];
let records = 0;
for (const table of TABLES) {
  const path = join(dir, `${table}.csv`);
  const chunks = fileChunks(path, statSync(path).size, 0);
  if (mode === "offsets" || mode === "coded") kept.push(columnar(chunks, mode === "coded"));
  else kept.push(strings(chunks, mode));
}
const ms = performance.now() - started;
process.stdout.write(
  `${mode}: ${records} records in ${(ms / 1000).toFixed(2)} s, rss ${process.memoryUsage().rss >> 20} MB\n`,
);

/** `none`, `rows` or `columns`, through the validator's plain reader. */
function strings(chunks, how) {
  const columns = [];
  const rows = [];
  let header = null;
  // The bench's files are plain LF text without a byte order mark, as `pnpm bench:data` writes them.
  eachPlainRecord(chunks, { start: 0, crlf: false }, (fields) => {
    records++;
    if (header === null) {
      header = [...fields];
      for (const _ of header) columns.push([]);
      return;
    }
    if (how === "rows") rows.push([...fields]);
    else if (how === "columns") for (let i = 0; i < columns.length; i++) columns[i].push(fields[i]);
  });
  return { rows, columns };
}

/**
 * `offsets` or `coded`: the bench's files hold no line feed inside a quoted field, so a record is
 * a line, and a quoted field ends at the quote before the next delimiter.
 */
function columnar(chunks, coded) {
  const texts = [];
  let header = null;
  let width = 0;
  let capacity = 1 << 16;
  let rows = 0;
  let starts = null;
  let chunkOf = new Uint16Array(capacity);
  let kinds = [];
  let codes = [];
  let numbers = [];
  let dictionaries = [];
  const grow = () => {
    capacity *= 2;
    const larger = (from, make) => {
      if (from === null) return null;
      const to = make(from.length * 2);
      to.set(from);
      return to;
    };
    starts = larger(starts, (n) => new Int32Array(n));
    chunkOf = larger(chunkOf, (n) => new Uint16Array(n));
    codes = codes.map((c) => larger(c, (n) => new Int32Array(n)));
    numbers = numbers.map((c) => larger(c, (n) => new Float64Array(n)));
  };
  let carry = "";
  for (const { bytes, final } of chunks) {
    const text = carry + bytes.toString("utf8");
    const chunk = texts.push(text) - 1;
    let p = 0;
    for (;;) {
      const eol = text.indexOf("\n", p);
      if (eol === -1 && !final) break;
      const end = eol === -1 ? text.length : eol;
      if (end === p) {
        if (eol === -1) break;
        p = eol + 1;
        continue;
      }
      records++;
      if (header === null) {
        header = text.slice(p, end).split(",");
        width = header.length;
        kinds = header.map((h) => (NUMBERS.has(h) ? 2 : coded && REPEATED.has(h) ? 1 : 0));
        dictionaries = kinds.map((k) => (k === 1 ? new Map() : null));
        codes = kinds.map((k) => (k === 1 ? new Int32Array(capacity) : null));
        numbers = kinds.map((k) => (k === 2 ? new Float64Array(capacity) : null));
        starts = new Int32Array(capacity * width);
      } else {
        if (rows === capacity) grow();
        chunkOf[rows] = chunk;
        let q = p;
        for (let f = 0; f < width; f++) {
          starts[rows * width + f] = q;
          let stop;
          if (text.charCodeAt(q) === 0x22) {
            let close = text.indexOf('"', q + 1);
            while (text.charCodeAt(close + 1) === 0x22) close = text.indexOf('"', close + 2);
            stop = close + 1;
          } else {
            const comma = text.indexOf(",", q);
            stop = comma !== -1 && comma < end ? comma : end;
          }
          if (kinds[f] === 1) {
            const value = text.slice(q, stop);
            const dictionary = dictionaries[f];
            let code = dictionary.get(value);
            if (code === undefined) {
              code = dictionary.size;
              dictionary.set(value, code);
            }
            codes[f][rows] = code;
          } else if (kinds[f] === 2) numbers[f][rows] = stop > q ? Number(text.slice(q, stop)) : Number.NaN;
          q = stop + 1;
        }
        rows++;
      }
      if (eol === -1) break;
      p = eol + 1;
    }
    carry = final ? "" : text.slice(p);
  }
  return { texts, starts, chunkOf, codes, numbers, dictionaries };
}
