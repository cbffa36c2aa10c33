import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Claim } from "@tally/dataset";
import { type LoadedDataset, listReleases, loadRelease, loadWorkingCopy } from "@tally/dataset/node";
import { beforeAll, describe, expect, it } from "vitest";
import { repoDataDir } from "./cli/loadTargets.js";
import { readCorpus } from "./corpus.js";
import type { Finding } from "./finding.js";
import { validate } from "./validate.js";

const DATA = repoDataDir(fileURLToPath(new URL(".", import.meta.url)));
const SEEDS = fileURLToPath(new URL("../../../../shared/seeds", import.meta.url));

let data: LoadedDataset;
let findings: Finding[];
// The source texts sit beside the clone in this project's CI (and are required there); a clone
// elsewhere has no corpus, and the one test that needs it says so instead of passing.
const HAS_CORPUS = existsSync(SEEDS);
let corpus: Map<string, string> | undefined;

beforeAll(async () => {
  data = await loadWorkingCopy({ dataDir: DATA });
  findings = validate(data).findings;
  if (HAS_CORPUS) corpus = await readCorpus(SEEDS);
});

/** The one claim whose figure_text is `text` in an event dated `date`. */
function claimOf(text: string, date: string): Claim {
  const events = new Set(data.tables.events.filter((e) => e.date === date).map((e) => e.event_id));
  const found = data.tables.claims.filter((c) => c.figure_text === text && events.has(c.event_id));
  expect(found.length, `claims "${text}" on ${date}`).toBeGreaterThan(0);
  return found[0]!;
}

const conflictWarnings = () => findings.filter((f) => f.rule === "conflicts" && f.severity === "warning");

function sameGroup(a: Claim, b: Claim) {
  expect(a.event_id).toBe(b.event_id);
  expect(a.metric).toBe(b.metric);
}

describe("the shipped data", () => {
  it("reads 9 Oct 2023 as two readings, about 200 against approximately 600, with Hundreds spanning both", () => {
    const six = claimOf("approximately 600", "2023-10-09");
    const about200 = claimOf("about 200", "2023-10-09");
    const range = claimOf("between 200 and 300", "2023-10-09");
    sameGroup(six, about200);
    sameGroup(six, range);
    // The only conflict in the shipped data (issue 9's worked example).
    const [w, ...more] = conflictWarnings();
    expect(more).toEqual([]);
    expect(w).toMatchObject({ event_id: six.event_id, metric: six.metric });
    expect(w!.details).toMatchObject({
      readings: [
        { low: 200, high: 220, claim_ids: ["c001", "c002", "c011", "c024"], origins: 2 },
        { low: 540, high: 660, claim_ids: ["c004"], origins: 1 },
      ],
      spanning: ["c005", "c012"],
      envelope: { low: 200, high: 660 },
      most_corroborated: [0],
      band: "high",
      pairs: 4,
    });
    expect(w!.details!.gap_ratio).toBeCloseTo(2.45, 2);
    expect(w!.message).toContain("Joo Ok-kyung of Light of Freedom (NK Insider)");
  });

  it("has one reading for Liaoning 2019: about 60 is consistent with at least 39", () => {
    const liaoning = data.tables.claims.filter(
      (c) => c.figure_text === "about 60" || c.figure_text === "at least 39",
    );
    expect(liaoning.map((c) => c.figure_text).sort()).toEqual(["about 60", "at least 39"]);
    sameGroup(liaoning[0]!, liaoning[1]!);
    expect(conflictWarnings().filter((f) => f.event_id === liaoning[0]!.event_id)).toEqual([]);
  });

  it("links every share to a count of its event, and every repeat to a claim of its event and metric", () => {
    expect(findings.filter((f) => f.rule === "links")).toEqual([]);
    const shares = new Set(data.tables.metrics.filter((m) => m.kind === "share").map((m) => m.metric));
    const withBase = data.tables.claims.filter((c) => c.base_claim_id !== null);
    // Both shares of 9 Oct 2023 ("About 80%", "more than 30 percent") name a base, so both imply counts.
    expect(withBase.map((c) => c.metric).sort()).toEqual(
      data.tables.claims
        .filter((c) => shares.has(c.metric))
        .map((c) => c.metric)
        .sort(),
    );
    expect(findings.filter((f) => f.rule === "implied-counts" && f.severity === "info")).toHaveLength(
      withBase.length,
    );
  });

  it("warns once that most of the approximately 600 cannot fit under Daily NK's about 200, naming each", () => {
    const warnings = findings.filter((f) => f.rule === "implied-counts" && f.severity === "warning");
    const most = claimOf("most", "2023-10-09");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.claim_ids).toEqual([most.claim_id, "c004", "c001", "c011", "c024"]);
    expect(warnings[0]!.details).toMatchObject({ implied: "(270, 660]", below: 3, nearest: "[180, 220]" });
  });

  it("counts a restatement once: each repeat shares the origin of the claim it restates", () => {
    const groups = findings.filter((f) => f.rule === "corroboration" && f.severity === "info");
    const originsOf = (event: string, metric: string) => {
      const group = groups.find((f) => f.event_id === event && f.metric === metric);
      expect(group, `${event} / ${metric}`).toBeDefined();
      return (group!.details!.origins as unknown[]).length;
    };
    // c011, c012 and c024 restate Daily NK's October figure (c001), c005 NK Insider's (c004).
    expect(originsOf("repatriation-2023-10-09", "repatriated_persons")).toBe(3);
    // The Epoch Times' lede (c018) restates Justice for North Korea's seven (c020).
    expect(originsOf("shenyang-seven-2019-04-28", "detained_persons")).toBe(2);
    // RFA's headline 60 (c022) and the missionary's "the 60" (c023) restate the lede's about 60.
    expect(originsOf("liaoning-detentions-2019", "detained_persons")).toBe(2);
    const repeats = Object.fromEntries(
      data.tables.claims
        .filter((c) => c.repeats_claim_id !== null)
        .map((c) => [c.claim_id, c.repeats_claim_id]),
    );
    expect(repeats).toEqual({
      c005: "c004",
      c011: "c001",
      c012: "c024",
      c018: "c020",
      c022: "c014",
      c023: "c014",
      c024: "c001",
    });
  });

  it("names Chosun Ilbo as the first link of the Unification Ministry's arrivals, relayed by RFA and reprinted by AMN", () => {
    for (const id of ["c016", "c017"]) {
      const c = data.tables.claims.find((claim) => claim.claim_id === id)!;
      const source = data.tables.sources.find((s) => s.source_id === c.source_id)!;
      expect([c.first_reported_by, ...c.reported_via, source.outlet, source.via], id).toEqual([
        "Chosun Ilbo",
        "Radio Free Asia",
        "American Military News",
      ]);
    }
    expect(findings.filter((f) => f.rule === "chains")).toEqual([]);
  });

  it("has no errors without the corpus of source texts", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it.skipIf(!HAS_CORPUS && !process.env.CI)(
    "has no errors with the corpus: every quote is in its source text",
    () => {
      expect(corpus, `source texts expected at ${SEEDS}`).toBeDefined();
      const withCorpus = validate(data, { corpus }).findings;
      expect(withCorpus.filter((f) => f.severity === "error")).toEqual([]);
      expect(withCorpus.some((f) => f.rule === "provenance" && f.details?.skipped === true)).toBe(false);
    },
  );

  it("has no errors in any release", async () => {
    for (const version of await listReleases(DATA)) {
      const release = await loadRelease(version, { dataDir: DATA });
      expect(
        validate(release, corpus ? { corpus } : {}).findings.filter((f) => f.severity === "error"),
        version,
      ).toEqual([]);
    }
  });
});
