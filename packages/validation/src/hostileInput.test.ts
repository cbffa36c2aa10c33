import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DatasetReadError, loadDataset } from "@tally/dataset/node";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "./__fixtures__/dataset.js";
import { findingSchema } from "./finding.js";
import { formatReport, REPORT_FORMATS } from "./format/index.js";
import { RULES } from "./rules/index.js";
import { datasetLabel, validate } from "./validate.js";

const CLEAN = fileURLToPath(new URL("../fixtures/integrity/clean", import.meta.url));
const FILES = ["sources.csv", "events.csv", "metrics.csv", "claims.csv"] as const;
const original = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(CLEAN, f), "utf8")]));
const descriptor = readFileSync(join(CLEAN, "datapackage.json"), "utf8");
const work = mkdtempSync(join(tmpdir(), "tally-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const nasty = fc.constantFrom(
  '"',
  ",",
  "\n",
  "\r\n",
  "\r",
  "\uFEFF",
  "-",
  "1e999",
  "NaN",
  "½",
  "２",
  "\u0000",
  " ",
  "true",
  "",
);
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(nasty, fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("duplicateLine" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), text: fc.string({ maxLength: 200 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  if (m.kind === "replace") return m.text;
  const at = text.length === 0 ? 0 : m.at % text.length;
  switch (m.kind) {
    case "insert":
      return text.slice(0, at) + m.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + m.length);
    case "duplicateLine": {
      const lines = text.split("\n");
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join("\n");
    }
    case "truncate":
      return text.slice(0, at);
  }
}

let run = 0;

describe("hostile input", () => {
  it("random and mutated CSV never crash the loader or the rules: findings or a clean pass", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ file: fc.constantFrom(...FILES), m: mutation }), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.boolean(),
        async (edits, tolerance, withCorpus) => {
          const dir = join(work, String(run++));
          const files = { ...original };
          for (const { file, m } of edits) files[file] = mutate(files[file]!, m);
          mkdirSync(dir);
          for (const f of FILES) writeFileSync(join(dir, f), files[f]!);
          writeFileSync(join(dir, "datapackage.json"), descriptor);
          let loaded: Awaited<ReturnType<typeof loadDataset>>;
          try {
            loaded = await loadDataset(dir);
          } catch (error) {
            // Unreadable input is a reported outcome (exit 2), not a crash.
            expect(error).toBeInstanceOf(DatasetReadError);
            return;
          }
          const corpus = withCorpus ? new Map([["x.txt", files["claims.csv"]!]]) : undefined;
          const { findings, groups } = validate(loaded, { tolerance, ...(corpus ? { corpus } : {}) });
          for (const f of findings) findingSchema.parse(f);
          const errors = findings.filter((f) => f.severity === "error" && f.rule === "integrity");
          // Every located problem surfaces as an error: nothing is dropped silently.
          expect(errors.length).toBeGreaterThanOrEqual(loaded.problems.length);
          const conflictWarnings = findings.filter((f) => f.rule === "conflicts" && f.severity === "warning");
          // One warning per group with two or more readings; every pair counted by a verdict is in one.
          expect(conflictWarnings.length).toBe(groups.filter((g) => g.readings.length > 1).length);
          const pairWarnings = validate(loaded, { tolerance, pairs: true }).findings.filter(
            (f) => f.rule === "conflicts" && f.severity === "warning",
          );
          expect(pairWarnings.length).toBe(groups.reduce((n, g) => n + g.pairs, 0));
          const runs = [
            { ref: loaded.ref, label: datasetLabel(loaded), findings, rules: RULES.map((r) => r.id) },
          ];
          for (const format of REPORT_FORMATS) expect(typeof formatReport(runs, format)).toBe("string");
          JSON.parse(formatReport(runs, "json"));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("random well-formed claims agree between the conflict warnings, the verdicts and the summaries", () => {
    const qualifier = fc.constantFrom(
      "exact",
      "about",
      "between",
      "at_least",
      "more_than",
      "at_most",
      "fewer_than",
    );
    const row = fc.record({
      q: qualifier,
      a: fc.integer({ min: 0, max: 1000 }),
      b: fc.integer({ min: 0, max: 1000 }),
      e: fc.constantFrom("e1", "e2"),
      who: fc.constantFrom("x", "y", "z"),
      repeat: fc.option(fc.nat(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const claims = rows.map((r, i) => {
          const [lo, hi] = [Math.min(r.a, r.b), Math.max(r.a, r.b)];
          const bounds =
            r.q === "between"
              ? [String(lo), String(hi)]
              : r.q === "exact" || r.q === "about"
                ? [String(lo), String(lo)]
                : r.q === "at_least" || r.q === "more_than"
                  ? [String(lo), ""]
                  : ["", String(lo)];
          const repeats = r.repeat === undefined || rows.length < 2 ? "" : `c${r.repeat % rows.length}`;
          // The words the qualifier rule reads for each qualifier, so the figures are well formed.
          const words = {
            exact: `${lo}`,
            about: `about ${lo}`,
            between: `between ${lo} and ${hi}`,
            at_least: `at least ${lo}`,
            more_than: `more than ${lo}`,
            at_most: `at most ${lo}`,
            fewer_than: `fewer than ${lo}`,
          }[r.q];
          return claim(`c${i}`, r.q, bounds[0]!, bounds[1]!, {
            figure_text: words,
            quote: `they said ${words}`,
            event_id: r.e,
            attributed_to: r.who,
            repeats_claim_id: repeats === `c${i}` ? "" : repeats,
          });
        });
        const ds = makeDataset({ sources: [source("s1")], events: [event("e1"), event("e2")], claims });
        const { findings, groups } = validate(ds);
        for (const g of groups) {
          const warnings = findings.filter(
            (f) => f.rule === "conflicts" && f.severity === "warning" && f.event_id === g.event_id,
          );
          expect(warnings.length).toBe(g.readings.length > 1 ? 1 : 0);
          expect(g.verdict === "conflict").toBe(g.pairs > 0);
          if (warnings[0])
            expect(warnings[0].details).toMatchObject({ readings: g.readings, pairs: g.pairs });
          expect(g.origins).toBeLessThanOrEqual(3);
        }
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
