import { existsSync, mkdtempSync, readdirSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Finding, Severity } from "../finding.js";
import { FINDING_SETS } from "../format/__fixtures__/findingSets.js";
import { DEFAULT_REPORT_OPTIONS, formatReport, REPORT_FORMATS, REPORT_STREAMS } from "../format/index.js";
import { writeReport } from "../format/reportStream.js";
import type { DatasetRun, RunHead } from "../report.js";
import { type FileSpoolOptions, fileSpools } from "./fileSpools.js";

const dir = mkdtempSync(join(tmpdir(), "tally-spools-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Open descriptors of this process, where the system lists them. */
const openDescriptors = () => (existsSync("/proc/self/fd") ? readdirSync("/proc/self/fd").length : 0);

/**
 * Where two reports first differ as the UTF-8 they are written in, or -1: a report is bytes (a
 * lone surrogate is U+FFFD either way).
 */
function firstDifference(a: string, b: string): number {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  if (x.equals(y)) return -1;
  let at = 0;
  while (x[at] === y[at]) at++;
  return at;
}

/** The markdown report uncut, as `--max-chars 0` prints it. */
const WHOLE = { ...DEFAULT_REPORT_OPTIONS, maxChars: 0 };

function streamed(
  runs: DatasetRun[],
  format: (typeof REPORT_FORMATS)[number],
  options: FileSpoolOptions,
  reportOptions = DEFAULT_REPORT_OPTIONS,
) {
  const pieces: string[] = [];
  const spools = fileSpools({ dir, ...options });
  try {
    writeReport(REPORT_STREAMS[format], runs, (text) => pieces.push(text), spools.create, reportOptions);
  } finally {
    spools.dispose();
  }
  return pieces.join("");
}

const SEVERITIES: Severity[] = ["info", "error", "info", "warning", "info"];
const RULES = ["integrity", "provenance", "time", "conflicts", "corroboration", "implied-counts"];

/** The i-th of a run of made-up findings: every severity and rule, and characters of 1 to 4 bytes. */
function synthetic(i: number, dataset: string): Finding {
  const f: Finding = {
    rule: RULES[i % RULES.length]!,
    severity: SEVERITIES[i % SEVERITIES.length]!,
    message: `finding ${i}: about ${i * 7} persons | "é" 脱北者 🚩 <${i % 13}>`,
    dataset,
  };
  if (i % 3 === 0) Object.assign(f, { file: "data/claims.csv", row: i, line: i + 1 });
  else Object.assign(f, { event_id: `e${i % 97}`, metric: "persons" });
  return f;
}

const heads = (labels: string[]): RunHead[] =>
  labels.map((label) => ({
    ref: { name: "tally", version: "1.0.0", path: label, kind: "working" },
    label,
    rules: RULES,
  }));

/** Two datasets' runs of `n` synthetic findings each. */
const twoDatasets = (n: number) =>
  heads(["data", "tally@1.0.0"]).map((head, r) => ({
    ...head,
    findings: Array.from({ length: n }, (_, i) => synthetic(i + r, head.label)),
  }));

describe("every report format streamed through spool files", () => {
  // Spools that go to disk at once and read back a few bytes at a time cut every multi-byte
  // character somewhere; the defaults are what the CLI uses.
  const settings: FileSpoolOptions[] = [
    { bufferChars: 1, readBytes: 1 },
    { bufferChars: 7, readBytes: 5 },
    {},
  ];

  it("prints formatReport's bytes for each finding set", () => {
    for (const [set, runs] of Object.entries(FINDING_SETS))
      for (const format of REPORT_FORMATS)
        for (const options of settings)
          expect(
            firstDifference(streamed(runs, format, options), formatReport(runs, format)),
            `${set}: ${format}`,
          ).toBe(-1);
  });

  it("keeps spools in memory, saying so once, where no temporary file can be made", () => {
    // An outside review: with TMPDIR missing, the formats that spool (text, junit, markdown) failed
    // as an internal error where json and github wrote their reports.
    const runs = twoDatasets(2_000);
    for (const format of REPORT_FORMATS) {
      const notes: string[] = [];
      const options = {
        dir: join(dir, "missing"),
        bufferChars: 7,
        onMemory: (why: string) => notes.push(why),
      };
      expect(firstDifference(streamed(runs, format, options), formatReport(runs, format)), format).toBe(-1);
      if (format === "json" || format === "github") continue;
      expect(notes, format).toEqual([`cannot make a temporary file in ${join(dir, "missing")} (ENOENT)`]);
    }
  });

  it("brings a spool back into memory, saying so once, when the disk fills mid-report", () => {
    // An outside review: a full TMPDIR ended text, junit and markdown with ENOSPC as an internal
    // error, where the README promises the report is then kept in memory.
    const runs = twoDatasets(2_000);
    // Full after 5,000 bytes, or only at the drain's last flush, the one write shorter than a
    // gathered 700 characters.
    const fills = [(length: number, room: number) => length > room, (length: number) => length < 700];
    for (const [format, full] of REPORT_FORMATS.flatMap((f) => fills.map((x) => [f, x] as const))) {
      const notes: string[] = [];
      let room = 5_000;
      const options = {
        dir,
        bufferChars: 700,
        onMemory: (why: string) => notes.push(why),
        write: ((fd: number, bytes: Buffer, offset: number, length: number, position: number) => {
          if (full(length, room))
            throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
          room -= length;
          return writeSync(fd, bytes, offset, length, position);
        }) as typeof writeSync,
      };
      expect(firstDifference(streamed(runs, format, options), formatReport(runs, format)), format).toBe(-1);
      if (format === "json" || format === "github") continue;
      expect(notes, format).toEqual([`cannot write to a temporary file in ${dir} (ENOSPC)`]);
    }
  });

  it("prints formatReport's bytes for 20,000 findings over two datasets", () => {
    const runs = twoDatasets(10_000);
    for (const format of REPORT_FORMATS)
      expect(firstDifference(streamed(runs, format, {}), formatReport(runs, format)), format).toBe(-1);
    // Markdown is cut at GitHub's limit by default, well before 20,000 findings: uncut as well.
    expect(
      firstDifference(streamed(runs, "markdown", {}, WHOLE), formatReport(runs, "markdown", WHOLE)),
    ).toBe(-1);
  }, 60_000);

  it("keeps no finding: 200,000 go through each format, and no spool file or descriptor is left", () => {
    const before = openDescriptors();
    const lines = { text: 0, json: 0, junit: 0, github: 0, markdown: 0 };
    for (const format of REPORT_FORMATS) {
      const spools = fileSpools({ dir });
      const runs = heads(["data", "tally@1.0.0"]);
      // The findings are made as they are handed over, and only lines are counted of what is written.
      const report = REPORT_STREAMS[format](
        runs,
        (text) => {
          for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines[format]++;
        },
        spools.create,
        WHOLE,
      );
      for (const run of runs) {
        for (let i = 0; i < 100_000; i++) report.add(synthetic(i, run.label));
        report.endRun();
      }
      report.end();
      spools.dispose();
    }
    expect(lines).toEqual({
      // A line per finding, a count line per dataset, the totals.
      text: 200_000 + 2 + 1,
      // 9 lines for each of the 33,334 findings in a file per dataset, 8 for the rest; a frame of
      // 25 (7 lines per entry of datasets).
      json: 2 * (33_334 * 9 + 66_666 * 8) + 25,
      // A line per finding (a failing case, or an info in the output), every rule failing; the
      // declaration, the suites' tags, two per dataset.
      junit: 200_000 + 3 + 2 * 2,
      // Annotations are capped at 10 per severity in the run (GitHub shows no more per step): 10
      // errors and 10 warnings, and a line for each file (claims.csv, no file) saying how many
      // more were not annotated; infos are not annotated by default; the closing count.
      github: 2 * 10 + 2 + 1,
      // Heading and table of 6; per dataset a heading of 2, errors and warnings of 5, infos of 8.
      markdown: 200_000 + 6 + 2 * (2 + 5 + 5 + 8),
    });
    // Cut at GitHub's limit, as by default, the rest still go through the spools, and are counted.
    const spools = fileSpools({ dir });
    const runs = heads(["data", "tally@1.0.0"]);
    let cut = "";
    const report = REPORT_STREAMS.markdown(runs, (text) => (cut += text), spools.create);
    for (const run of runs) {
      for (let i = 0; i < 100_000; i++) report.add(synthetic(i, run.label));
      report.endRun();
    }
    report.end();
    spools.dispose();
    expect(cut.length).toBeLessThanOrEqual(65_536);
    const shown = cut.split("\n").filter((l) => RULES.some((rule) => l.startsWith(`| ${rule} |`))).length;
    expect(shown).toBeGreaterThan(100);
    const note = /: ([\d,]+) errors, ([\d,]+) warnings and ([\d,]+) infos not shown/.exec(cut);
    const left = note!.slice(1).map((n) => Number(n.replaceAll(",", "")));
    expect(shown + left[0]! + left[1]! + left[2]!).toBe(200_000);
    expect(readdirSync(dir)).toEqual([]);
    expect(openDescriptors()).toBe(before);
  }, 120_000);

  it("closes every spool when the report fails halfway", () => {
    const before = openDescriptors();
    for (const format of REPORT_FORMATS) {
      const spools = fileSpools({ dir, bufferChars: 64 });
      const runs = heads(["data", "tally@1.0.0"]);
      let written = 0;
      const fail = () => {
        const report = REPORT_STREAMS[format](
          runs,
          (text) => {
            written += text.length;
            // Below what every format writes of 4,000 findings, the capped github report included.
            if (written > 1_000) throw new Error("disk full");
          },
          spools.create,
        );
        for (const run of runs) {
          for (let i = 0; i < 2_000; i++) report.add(synthetic(i, run.label));
          report.endRun();
        }
        report.end();
      };
      try {
        expect(fail).toThrow("disk full");
      } finally {
        spools.dispose();
      }
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(openDescriptors()).toBe(before);
  });
});
