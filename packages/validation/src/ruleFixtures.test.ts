import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROBLEM_CODES } from "@tally/dataset";
import { loadDataset, loadRelease } from "@tally/dataset/node";
import { describe, expect, it } from "vitest";
import { readCorpus, readCorpusDigests, verifiedTextsOf } from "./corpus.js";
import { RULE_CODES } from "./ruleCodes.js";
import { validate } from "./validate.js";

const ROOT = fileURLToPath(new URL("../fixtures/rules", import.meta.url));

/** The time rule compares dates with today: every case runs on this day unless it names another. */
const TODAY = "2024-06-01";

interface Expected {
  description: string;
  /** The version of the case's `releases/` folder to validate, instead of a working copy. */
  release?: string;
  /** `corpus`: the texts are the case's own `corpus/` folder. */
  options?: { today?: string; pairs?: boolean; corpus?: boolean };
  findings: {
    severity: "error" | "warning";
    file: string;
    row?: number;
    line?: number;
    column?: string;
    code: string;
  }[];
}

const cases = readdirSync(ROOT).sort();
const expectedOf = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, name, "expected.json"), "utf8")) as Expected;

const RULE_CODE_VALUES: readonly string[] = Object.values(RULE_CODES);
const PROBLEM_CODE_VALUES: readonly string[] = Object.values(PROBLEM_CODES);

/** The errors and warnings `validate` finds in case `name`, as expected.json lists them. */
async function findingsOf(name: string) {
  const dir = join(ROOT, name);
  const { options = {}, release } = expectedOf(name);
  const loaded = release ? await loadRelease(release, { dataDir: dir }) : await loadDataset(dir);
  // Findings name files relative to the dataset, as the CLI prints them relative to where it runs.
  loaded.ref.path = ".";
  const validation = validate(loaded, {
    today: options.today ?? TODAY,
    ...(options.pairs ? { pairs: true } : {}),
    ...(options.corpus
      ? {
          corpus: await readCorpus(join(dir, "corpus")),
          corpusDigests: await readCorpusDigests(join(dir, "corpus"), verifiedTextsOf([loaded])),
        }
      : {}),
  });
  return validation.findings
    .filter((f) => f.severity !== "info")
    .map((f) => ({
      severity: f.severity,
      file: f.file,
      ...(f.row === undefined ? {} : { row: f.row }),
      ...(f.line === undefined ? {} : { line: f.line }),
      ...(f.column === undefined ? {} : { column: f.column }),
      code: f.details?.code,
    }));
}

describe("rule fixtures: one dataset per rule code, each with its expected errors and warnings", () => {
  it("has a case for every code of RULE_CODES, and expects only documented codes", () => {
    const codes = new Set(cases.flatMap((name) => expectedOf(name).findings.map((f) => f.code)));
    expect(RULE_CODE_VALUES.filter((code) => !codes.has(code))).toEqual([]);
    expect(
      [...codes].filter((code) => !RULE_CODE_VALUES.includes(code) && !PROBLEM_CODE_VALUES.includes(code)),
    ).toEqual([]);
  });

  it("keeps rule codes apart from the loader's problem codes, each written rule/case", () => {
    expect(new Set(RULE_CODE_VALUES).size).toBe(RULE_CODE_VALUES.length);
    expect(RULE_CODE_VALUES.filter((code) => PROBLEM_CODE_VALUES.includes(code))).toEqual([]);
    expect(RULE_CODE_VALUES.filter((code) => !/^[a-z-]+\/[a-z-]+$/.test(code))).toEqual([]);
  });

  it.each(cases)("%s", async (name) => {
    const expected = expectedOf(name);
    expect(await findingsOf(name)).toEqual(expected.findings.map((f) => expect.objectContaining(f)));
  });
});
