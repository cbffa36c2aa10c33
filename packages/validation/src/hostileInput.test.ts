import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROBLEM_CODES } from "@tally/dataset";
import { DatasetReadError, loadDataset } from "@tally/dataset/node";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "./__fixtures__/dataset.js";
import { findingSchema } from "./finding.js";
import { formatReport, REPORT_FORMATS } from "./format/index.js";
import { claimOrigins } from "./origins.js";
import { links, RULES } from "./rules/index.js";
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
          // "fewer than 0" allows no count at all, which integrity refuses: well-formed starts at 1.
          const [lo, hi] = [Math.min(r.a, r.b) || (r.q === "fewer_than" ? 1 : 0), Math.max(r.a, r.b)];
          const bounds =
            r.q === "between"
              ? [String(lo), String(hi)]
              : r.q === "exact" || r.q === "about"
                ? [String(lo), String(lo)]
                : r.q === "at_least" || r.q === "more_than"
                  ? [String(lo), ""]
                  : ["", String(lo)];
          // A repeat restates an earlier claim of the same event (the links rule's contract).
          const earlier = rows.flatMap((o, k) => (k < i && o.e === r.e ? [k] : []));
          const repeats =
            r.repeat === undefined || earlier.length === 0 ? "" : `c${earlier[r.repeat % earlier.length]}`;
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
            repeats_claim_id: repeats,
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

  describe("links between claims", () => {
    const [header, base] = original["claims.csv"]!.split("\n") as [string, string];
    const columns = header.split(",");
    // The clean fixture's first claim (no quoted cells), as the defaults of every claim written here.
    const defaults = Object.fromEntries(columns.map((c, k) => [c, base.split(",")[k]!]));
    const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? defaults[c]).join(",");
    const count = (id: string, more: Record<string, string> = {}) => row({ claim_id: id, ...more });
    const share = (id: string, baseId: string, more: Record<string, string> = {}) =>
      row({
        claim_id: id,
        metric: "women_share",
        qualifier: "about",
        value_low: "80",
        value_high: "80",
        figure_text: "About 80%",
        quote: "About 80% of them were women",
        base_claim_id: baseId,
        ...more,
      });

    /** The clean fixture with these claim rows (and an event `other`, a duration metric), loaded and validated. */
    async function linksOf(claims: string[]) {
      const dir = join(work, `links-${run++}`);
      mkdirSync(dir);
      writeFileSync(join(dir, "sources.csv"), original["sources.csv"]!);
      writeFileSync(
        join(dir, "events.csv"),
        `${original["events.csv"]!.trimEnd()}\nother,Another event,2023-10-01,day,false,,,forced_repatriation,\n`,
      );
      writeFileSync(
        join(dir, "metrics.csv"),
        `${original["metrics.csv"]!.trimEnd()}\ndays_held,days,duration,Days held.\n`,
      );
      writeFileSync(join(dir, "claims.csv"), `${[header, ...claims].join("\n")}\n`);
      writeFileSync(join(dir, "datapackage.json"), descriptor);
      const loaded = await loadDataset(dir);
      const { findings } = validate(loaded);
      for (const f of findings) findingSchema.parse(f);
      return { loaded, findings, links: findings.filter((f) => f.rule === "links") };
    }
    const where = (f: { row?: number; column?: string; details?: Record<string, unknown> }) => [
      f.row,
      f.column,
      f.details?.code,
    ];

    it("reports each unsound base at the claim's base_claim_id, and computes no implied count from it", async () => {
      const { links, findings } = await linksOf([
        count("c1"),
        count("c2", { base_claim_id: "c1" }),
        share("c3", ""),
        share("c4", "c5"),
        count("c5", { event_id: "other" }),
        share("c6", "c7"),
        share("c7", "c1"),
        share("c8", "c9"),
        row({ claim_id: "c9", metric: "days_held", qualifier: "exact", figure_text: "200" }),
      ]);
      expect(links.map(where)).toEqual([
        [2, "base_claim_id", PROBLEM_CODES.linkCountWithBase],
        [3, "base_claim_id", PROBLEM_CODES.linkShareWithoutBase],
        [4, "base_claim_id", PROBLEM_CODES.linkBaseEvent],
        [6, "base_claim_id", PROBLEM_CODES.linkBaseIsShare],
        [8, "base_claim_id", PROBLEM_CODES.linkBaseNotCount],
      ]);
      // Only c7, a share of a count of its own event, implies a count.
      expect(findings.filter((f) => f.rule === "implied-counts").map((f) => f.claim_ids)).toEqual([
        ["c7", "c1"],
      ]);
    });

    it("reports repeats of another event or metric at repeats_claim_id, and leaves missing ids to integrity", async () => {
      const { links, findings } = await linksOf([
        count("c1", { event_id: "other" }),
        count("c2", { repeats_claim_id: "c1" }),
        share("c3", "c2", { repeats_claim_id: "c2" }),
        count("c4", { repeats_claim_id: "nowhere" }),
      ]);
      expect(links.map(where)).toEqual([
        [2, "repeats_claim_id", PROBLEM_CODES.linkRepeatEvent],
        [3, "repeats_claim_id", PROBLEM_CODES.linkRepeatMetric],
      ]);
      expect(findings.filter((f) => f.details?.code === PROBLEM_CODES.refRepeatsClaim).map(where)).toEqual([
        [4, "repeats_claim_id", PROBLEM_CODES.refRepeatsClaim],
      ]);
    });

    it("reports the cycle c1 ↔ c11 once and leaves each claim its own origin", async () => {
      const { links, loaded } = await linksOf([
        count("c1", { repeats_claim_id: "c11" }),
        count("c11", { repeats_claim_id: "c1", source_id: "nki", attributed_to: "NK Insider" }),
      ]);
      expect(links).toHaveLength(1);
      expect(links[0]).toMatchObject({ row: 1, claim_ids: ["c1", "c11"] });
      expect(links[0]!.message).toContain("c1 → c11 → c1");
      const [c1, c11] = claimOrigins(loaded.tables.claims, loaded.tables.sources);
      expect(c1).toMatchObject({ attributed_to: "sources", outlet: "Daily NK" });
      expect(c11).toMatchObject({ attributed_to: "NK Insider", outlet: "NK Insider" });
    });

    it("refuses a claim that repeats itself as a row error, and the rules run on", async () => {
      const { links, findings } = await linksOf([count("c1", { repeats_claim_id: "c1" }), count("c2")]);
      expect(links).toEqual([]);
      expect(findings.filter((f) => f.severity === "error").map(where)).toContainEqual([
        1,
        "repeats_claim_id",
        "schema/repeats_claim_id",
      ]);
    });

    it("walks a chain and a cycle of 10,000 claims through every rule without exhausting the stack", async () => {
      const n = 10_000;
      const chain = Array.from({ length: n }, (_, i) =>
        count(`c${i}`, { repeats_claim_id: i === 0 ? "" : `c${i - 1}` }),
      );
      expect((await linksOf(chain)).links).toEqual([]);
      const cycle = Array.from({ length: n }, (_, i) =>
        count(`c${i}`, { repeats_claim_id: `c${(i + 1) % n}` }),
      );
      const { links } = await linksOf(cycle);
      expect(links).toHaveLength(1);
      expect(links[0]!.claim_ids).toHaveLength(n);
      expect(links[0]).toMatchObject({ row: 1, details: { code: PROBLEM_CODES.linkRepeatCycle } });
    });

    it("reports exactly the cycles of any graph of repeats, each once, each claim on it keeping its own origin", () => {
      fc.assert(
        fc.property(
          fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 30 }),
          (targets) => {
            const n = targets.length;
            const next = targets.map((t, i) => (t === undefined || t % n === i ? -1 : t % n));
            const ds = makeDataset({
              claims: next.map((j, i) =>
                claim(`c${i}`, "exact", "1", "1", {
                  figure_text: "1",
                  quote: "1",
                  attributed_to: `p${i}`,
                  repeats_claim_id: j === -1 ? "" : `c${j}`,
                }),
              ),
            });
            // On a cycle: following the repeats from a claim leads back to it.
            const onCycle = next.map((_, i) => {
              let j = next[i]!;
              for (let step = 0; step < n && j !== -1; step++, j = next[j]!) if (j === i) return true;
              return false;
            });
            const cycles = links
              .check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 })
              .filter((f) => f.details?.code === PROBLEM_CODES.linkRepeatCycle);
            const named = cycles.flatMap((f) => f.claim_ids!);
            expect(named.sort()).toEqual(next.flatMap((_, i) => (onCycle[i] ? [`c${i}`] : [])).sort());
            for (const f of cycles)
              expect(f.row).toBe(Math.min(...f.claim_ids!.map((id) => Number(id.slice(1)))) + 1);
            const origins = claimOrigins(ds.tables.claims, ds.tables.sources);
            origins.forEach((o, i) => {
              if (onCycle[i]) expect(o.attributed_to).toBe(`p${i}`);
              else {
                // Off a cycle: the origin of the claim where its chain ends or enters a cycle.
                let j = i;
                while (next[j] !== -1 && !onCycle[j]) j = next[j]!;
                expect(o.attributed_to).toBe(`p${j}`);
              }
            });
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe("reporting chains", () => {
    const [cleanHeader, base] = original["claims.csv"]!.split("\n") as [string, string];
    const plain = cleanHeader.split(",");
    // The clean fixture's header with reported_via where the schema puts it.
    const columns = plain.flatMap((c) => (c === "first_reported_by" ? [c, "reported_via"] : [c]));
    const defaults: Record<string, string> = {
      ...Object.fromEntries(plain.map((c, k) => [c, base.split(",")[k]!])),
      reported_via: "",
    };
    const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    const row = (cells: Record<string, string>) =>
      columns.map((c) => cell(cells[c] ?? defaults[c]!)).join(",");
    const chained = (id: string, first: string, via: string) =>
      row({ claim_id: id, first_reported_by: first, reported_via: via });

    async function chainsOf(claims: string[]) {
      const dir = join(work, `chains-${run++}`);
      mkdirSync(dir);
      for (const f of FILES) if (f !== "claims.csv") writeFileSync(join(dir, f), original[f]!);
      writeFileSync(join(dir, "claims.csv"), `${[columns.join(","), ...claims].join("\n")}\n`);
      writeFileSync(join(dir, "datapackage.json"), descriptor);
      const loaded = await loadDataset(dir);
      const { findings } = validate(loaded);
      for (const f of findings) findingSchema.parse(f);
      const runs = [
        { ref: loaded.ref, label: datasetLabel(loaded), findings, rules: RULES.map((r) => r.id) },
      ];
      return { findings, chains: findings.filter((f) => f.rule === "chains"), runs };
    }
    const where = (f: { row?: number; column?: string; details?: Record<string, unknown> }) => [
      f.row,
      f.column,
      f.details?.code,
    ];

    it("locates each broken chain whatever the outlets' names hold, and no name can start a line of a report", async () => {
      const { chains, runs } = await chainsOf([
        chained("c1", "", "Yonhap"),
        // Quotes, a comma and a line break inside one outlet's name; the same name again.
        chained("c2", 'Daily "NK", Seoul', 'Wire\n::error::x; DAILY  "nk", seoul'),
        // HTML, a NUL and a right-to-left mark are names like any other; full-width letters fold.
        chained("c3", "<b>Yonhap</b>", "\u0000\u200f; Ｙｏｎｈａｐ; Yonhap"),
        chained("c4", "Chosun Ilbo", "Daily NK"),
        // A name that would be a workflow command if it started a line, named twice.
        chained("c5", "Wire\n::error::x", "Yonhap; Wire\n::error::x"),
      ]);
      expect(chains.map(where)).toEqual([
        [1, "reported_via", PROBLEM_CODES.chainWithoutFirst],
        [2, "reported_via", PROBLEM_CODES.chainRepeatedOutlet],
        [3, "reported_via", PROBLEM_CODES.chainRepeatedOutlet],
        [4, "reported_via", PROBLEM_CODES.chainOwnOutlet],
        [5, "reported_via", PROBLEM_CODES.chainRepeatedOutlet],
      ]);
      expect(chains[1]!.message).toContain(
        'names "DAILY  \\"nk\\", seoul" twice (also as "Daily \\"NK\\", Seoul")',
      );
      expect(chains[4]!.message).toContain('"Wire\\n::error::x"');
      const text = formatReport(runs, "text");
      expect(text.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
      expect(text.split("\n").filter((line) => line.includes(" chains "))).toHaveLength(chains.length);
      for (const format of REPORT_FORMATS) expect(formatReport(runs, format).length).toBeGreaterThan(0);
    });

    it("refuses a malformed list at its cell, and the rules run on for the other rows", async () => {
      const { findings, chains } = await chainsOf([
        chained("c1", "Chosun Ilbo", "Yonhap;Radio Free Asia"),
        chained("c2", "Chosun Ilbo", "Yonhap; ; Radio Free Asia"),
        chained("c3", "Chosun Ilbo", " Yonhap"),
        chained("c4", "", "Yonhap"),
      ]);
      expect(
        findings.filter((f) => f.details?.code === "schema/reported_via").map((f) => [f.row, f.column]),
      ).toEqual([
        [1, "reported_via"],
        [2, "reported_via"],
        [3, "reported_via"],
      ]);
      expect(chains.map(where)).toEqual([[4, "reported_via", PROBLEM_CODES.chainWithoutFirst]]);
    });

    it("walks a chain of 20,000 outlets, and finds the one repeated at its end", async () => {
      const outlets = Array.from({ length: 20_000 }, (_, i) => `Outlet ${i}`);
      expect((await chainsOf([chained("c1", "First", outlets.join("; "))])).chains).toEqual([]);
      const { chains } = await chainsOf([chained("c1", "First", [...outlets, "outlet 7"].join("; "))]);
      expect(chains.map(where)).toEqual([[1, "reported_via", PROBLEM_CODES.chainRepeatedOutlet]]);
      expect(chains[0]!.message).toContain('"outlet 7" twice (also as "Outlet 7")');
    });
  });
});
