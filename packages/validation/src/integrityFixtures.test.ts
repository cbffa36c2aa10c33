import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILT_IN_VOCABULARIES, PROBLEM_CODES } from "@tally/dataset";
import { loadDataset, loadRelease, readCsv } from "@tally/dataset/node";
import { describe, expect, it } from "vitest";
import { RULE_CODES } from "./ruleCodes.js";
import { validate } from "./validate.js";

const ROOT = fileURLToPath(new URL("../fixtures/integrity", import.meta.url));

interface Expected {
  description: string;
  release?: string;
  errors: { file: string; row?: number; line?: number; column?: string; code: string }[];
}

const cases = readdirSync(ROOT).sort();
const expectedOf = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, name, "expected.json"), "utf8")) as Expected;

const PROBLEM_CODE_VALUES: readonly string[] = Object.values(PROBLEM_CODES);
const RULE_CODE_VALUES: readonly string[] = Object.values(RULE_CODES);

/**
 * The codes no file can produce, each with the reason; the last test holds each reason to what
 * the loader does, so a change that makes one reachable asks for its fixture.
 */
const UNREACHABLE: Record<string, string> = {
  [PROBLEM_CODES.csvParse]:
    "csv-parse reads with relax_quotes and relax_column_count and no max size, trim or columns, so the only error it can raise is CSV_QUOTE_NOT_CLOSED, which is csv/unterminated-quote",
};

/**
 * Codes a run of the CLI adds, which no dataset folder loaded alone can give, each with the test
 * that covers it.
 */
const FROM_THE_CLI: Record<string, string> = {
  [PROBLEM_CODES.releaseUnreadable]:
    'a release that cannot be loaded, which a whole run reports in its place (loadTargets): cli.test.ts, "reports a release that cannot be loaded as its errors, and validates the rest"',
  [PROBLEM_CODES.releaseFolderName]:
    'a folder of a data folder\'s releases/ that is not a version, found as the CLI lists them (loadTargets): cli.test.ts, "reports a folder in releases/ that is not read as a release"',
};

/**
 * Every error code the validator documents: each loader and rule problem code, and integrity's
 * `unit/<unit>` for each unit Tally has built in (a dataset's own units give more, one fixture
 * shows one). Row schema problems are `schema/<column>`, one family for any column.
 */
const REQUIRED: readonly string[] = [
  ...PROBLEM_CODE_VALUES,
  ...BUILT_IN_VOCABULARIES.units.map((u) => `unit/${u.unit}`),
];

// A rule's code too: data broken one way can break a rule's check as well ("at least 30 days"
// recorded as -30 is also a figure_text that does not state the value).
const isDocumentedCode = (code: string) =>
  PROBLEM_CODE_VALUES.includes(code) ||
  RULE_CODE_VALUES.includes(code) ||
  /^(schema|unit)\/[a-z0-9_]+$/.test(code);

describe("integrity fixtures: one broken dataset per problem code, each with its expected errors", () => {
  it("has a case for every problem code and every built-in unit, matched by code", () => {
    const codes = new Set(cases.flatMap((name) => expectedOf(name).errors.map((e) => e.code)));
    expect(
      REQUIRED.filter(
        (code) => !codes.has(code) && !Object.hasOwn(UNREACHABLE, code) && !Object.hasOwn(FROM_THE_CLI, code),
      ),
    ).toEqual([]);
    expect([...codes].filter((code) => code.startsWith("schema/")).length).toBeGreaterThan(0);
    // A fixture expects only codes the validator documents, and none it calls unreachable.
    expect([...codes].filter((code) => !isDocumentedCode(code) || Object.hasOwn(UNREACHABLE, code))).toEqual(
      [],
    );
    expect(Object.keys(UNREACHABLE).filter((code) => !PROBLEM_CODE_VALUES.includes(code))).toEqual([]);
  });

  it.each(cases)("%s", async (name) => {
    const dir = join(ROOT, name);
    const expected = expectedOf(name);
    const loaded = expected.release
      ? await loadRelease(expected.release, { dataDir: dir })
      : await loadDataset(dir);
    // Findings name files relative to the dataset, as the CLI prints them relative to where it runs.
    loaded.ref.path = ".";
    const errors = validate(loaded)
      .findings.filter((f) => f.severity === "error")
      .map((f) => ({
        file: f.file,
        ...(f.row === undefined ? {} : { row: f.row }),
        ...(f.line === undefined ? {} : { line: f.line }),
        ...(f.column === undefined ? {} : { column: f.column }),
        code: f.details?.code,
      }));
    const want = expected.errors.map((e) => expect.objectContaining(e));
    expect(errors).toEqual(want);
  });

  it("cannot produce csv/parse: rows csv-parse refuses unless relaxed are read or located otherwise", () => {
    const header = "metric,unit,kind,description\n";
    const rows = [
      'persons,"persons"x,count,a closing quote followed by more text\n',
      'persons,per"sons",count,a quote inside an unquoted field\n',
      "persons,persons\n",
      '"persons,persons,count,a quote never closed\n',
    ];
    const codes = rows.flatMap((row) =>
      readCsv(header + row, "metrics.csv", "metrics").problems.map((p) => p.code),
    );
    expect(codes).toEqual([
      PROBLEM_CODES.csvTextAfterQuote,
      PROBLEM_CODES.csvColumnCount,
      PROBLEM_CODES.csvUnterminatedQuote,
    ]);
  });
});
