/**
 * Prints the recall and precision of `pnpm dataset propose` on the source texts:
 *   tsx --conditions=@tally/source packages/dataset/src/propose/measureCli.ts [--corpus <dir>] [--data <dir>]
 * Precision counts the proposals that __fixtures__/seedJudgements.json marks as kept. Exits 1 when
 * a proposal has no judgement or a judgement matches no proposal, 0 otherwise.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "../release/dataDir.js";
import { loadWorkingCopy } from "../release/loadRelease.js";
import { type Judgement, measureProposals } from "./measure.js";
import { defaultSeedsDir, readSeedTexts } from "./seedTexts.js";

const { values } = parseArgs({ options: { corpus: { type: "string" }, data: { type: "string" } } });
const dataDir = resolve(values.data ?? defaultDataDir());
const { tables } = await loadWorkingCopy({ dataDir });
const texts = await readSeedTexts(resolve(values.corpus ?? defaultSeedsDir(dataDir)), tables.sources);
const judgements = JSON.parse(
  await readFile(new URL("./__fixtures__/seedJudgements.json", import.meta.url), "utf8"),
) as Judgement[];
const m = measureProposals(tables, texts, judgements);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
for (const p of m.proposals) {
  const j = judgements.find(
    (j) => j.source_id === p.source_id && j.figure_text === p.figure_text && j.quote === p.quote,
  );
  process.stdout.write(
    `${j === undefined ? "?" : j.keep ? "keep" : "drop"}\t${p.source_id}\t${p.figure_text}\t${j?.why ?? ""}\n`,
  );
}
for (const c of m.missed) process.stdout.write(`missed\t${c.claim_id}\t${c.figure_text}\n`);
process.stdout.write(
  `recall ${m.found.length}/${m.found.length + m.missed.length} = ${pct(m.recall)}; ` +
    `precision ${m.kept.length}/${m.proposals.length} = ${pct(m.precision)} ` +
    `(${m.unjudged.length} unjudged, ${m.stale.length} stale judgements)\n`,
);
// A claim missed is part of the measurement (c025 and c026 are missed by design), not a failure:
// the run fails only when the judgements no longer match the proposals and need a maintainer.
process.exitCode = m.unjudged.length > 0 || m.stale.length > 0 ? 1 : 0;
