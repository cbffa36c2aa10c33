#!/usr/bin/env node
// What keeping every CSV cell as a JavaScript string costs, apart from any check or rule: the
// measurement behind docs/architecture.md's "why not 2×". It reads a dataset's sources, events
// and claims with the validator's own plain reader (from packages/dataset/dist: run `pnpm
// validate --help` once to build it) and either drops each record (`none`), keeps each as an
// array of its cells (`rows`), or keeps one array of strings per column (`columns`).
//
//   node --max-semi-space-size=32 scripts/probe-string-cost.mjs bench-data/issue9/claims-1m-dense rows
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileChunks } from "../packages/dataset/dist/csv/fileChunks.js";
import { eachPlainRecord } from "../packages/dataset/dist/csv/plainCsv.js";

const MODES = ["none", "rows", "columns"];
const [dir, mode] = process.argv.slice(2);
if (dir === undefined || !MODES.includes(mode)) {
  process.stderr.write(`usage: probe-string-cost.mjs DATASET_DIR ${MODES.join("|")}\n`);
  process.exit(2);
}

const started = performance.now();
const kept = [];
let records = 0;
for (const table of ["sources", "events", "claims"]) {
  const path = join(dir, `${table}.csv`);
  const columns = [];
  let header = null;
  // The bench's files are plain LF text without a byte order mark, as `pnpm bench:data` writes them.
  eachPlainRecord(fileChunks(path, statSync(path).size, 0), { start: 0, crlf: false }, (fields) => {
    records++;
    if (header === null) {
      header = [...fields];
      for (const _ of header) columns.push([]);
      return;
    }
    if (mode === "rows") kept.push([...fields]);
    else if (mode === "columns") for (let i = 0; i < columns.length; i++) columns[i].push(fields[i]);
  });
  kept.push(columns);
}
const ms = performance.now() - started;
process.stdout.write(
  `${mode}: ${records} records in ${(ms / 1000).toFixed(2)} s, rss ${process.memoryUsage().rss >> 20} MB\n`,
);
