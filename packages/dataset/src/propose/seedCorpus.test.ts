import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { vagueAlone } from "../figures.js";
import type { LoadedDataset } from "../load/loadedDataset.js";
import { loadWorkingCopy } from "../release/loadRelease.js";
import { type Judgement, type Measurement, measureProposals } from "./measure.js";
import { readSeedTexts } from "./seedTexts.js";

const DATA = fileURLToPath(new URL("../../../../data", import.meta.url));
// The five source texts sit beside the clone (../shared/seeds), as for `pnpm validate --corpus`.
// Without them this suite fails, naming the folder: a recall over no texts would pass vacuously.
const SEEDS = fileURLToPath(new URL("../../../../../shared/seeds", import.meta.url));

let data: LoadedDataset;
let measured: Measurement;

beforeAll(async () => {
  data = await loadWorkingCopy({ dataDir: DATA });
  const texts = await readSeedTexts(SEEDS, data.tables.sources);
  const judgements = JSON.parse(
    await readFile(new URL("./__fixtures__/seedJudgements.json", import.meta.url), "utf8"),
  ) as Judgement[];
  measured = measureProposals(data.tables, texts, judgements);
});

describe("propose on the five source texts", () => {
  it("proposes every recorded claim but a word alone ('some', 'most'): same figure_text, qualifier and bounds, quote within", () => {
    const withText = data.tables.claims.filter((c) =>
      data.tables.sources.some((s) => s.source_id === c.source_id && s.text_ref !== null),
    );
    // propose does not look for a word of VAGUE_ALONE in running text ("sends some back", "the
    // most severe" are no figures); a maintainer records those claims by hand. Every other
    // recorded claim is proposed.
    const byHand = withText.filter((c) => vagueAlone(c.figure_text) !== undefined);
    expect(byHand.map((c) => `${c.claim_id} ${c.figure_text}`)).toEqual(["c025 most", "c026 some"]);
    expect(measured.missed.map((c) => `${c.claim_id} ${c.figure_text}`)).toEqual(
      byHand.map((c) => `${c.claim_id} ${c.figure_text}`),
    );
    expect(measured.found).toHaveLength(withText.length - byHand.length);
    expect(measured.found).toHaveLength(24);
    expect(measured.recall).toBeCloseTo(24 / 26, 10);
  });

  it("every proposal has a maintainer's judgement, and no judgement is left over", () => {
    // A changed proposer shows here: judge the new proposals (keep or drop, and why) in
    // __fixtures__/seedJudgements.json, and update the precision in docs/propose.md.
    expect(measured.unjudged.map((p) => `${p.source_id}: ${p.figure_text} in "${p.quote}"`)).toEqual([]);
    expect(measured.stale.map((j) => `${j.source_id}: ${j.figure_text}`)).toEqual([]);
  });

  it("every recorded claim is among the proposals judged worth keeping", () => {
    for (const claim of measured.found)
      expect(
        measured.kept.some((p) => p.figure_text === claim.figure_text && p.source_id === claim.source_id),
        claim.claim_id,
      ).toBe(true);
  });
});

describe("readSeedTexts", () => {
  it("fails, naming the folder, when the source texts are missing", async () => {
    await expect(readSeedTexts("/nonexistent/seeds", data.tables.sources)).rejects.toThrow(
      "the source texts are not at /nonexistent/seeds",
    );
  });
});
