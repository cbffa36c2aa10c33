import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LoadedDataset } from "@tally/dataset/node";
import type { GroupVerdict, ReleaseFindings } from "./finding.js";
import { releaseFindingsSchema } from "./finding.js";
import { buildReport } from "./report.js";
import { DEFAULT_TOLERANCE } from "./ruleContext.js";
import { RULES } from "./rules/index.js";
import { datasetLabel, validate } from "./validate.js";

export const RELEASE_FINDINGS_FILE = "findings.json";

export interface ReleaseFindingsOptions {
  corpus?: Map<string, string>;
  tolerance?: number;
}

/**
 * Validates a release and writes `<outDir>/findings.json` (ReleaseFindings: the report, the
 * verdict of every event and metric group, whether a corpus was used), so the dashboard shows
 * exactly what the validator found. Returns what it wrote; the most severe conflict is the focus.
 */
export async function writeReleaseFindings(
  loaded: LoadedDataset,
  outDir: string,
  options: ReleaseFindingsOptions = {},
): Promise<ReleaseFindings> {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const { findings, groups } = validate(loaded, {
    tolerance,
    ...(options.corpus ? { corpus: options.corpus } : {}),
  });
  const report = buildReport([
    { ref: loaded.ref, label: datasetLabel(loaded), findings, rules: RULES.map((r) => r.id) },
  ]);
  const content: ReleaseFindings = releaseFindingsSchema.parse({
    ...report,
    generated: new Date().toISOString(),
    corpus_used: options.corpus !== undefined,
    tolerance,
    groups,
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, RELEASE_FINDINGS_FILE), `${JSON.stringify(content, null, 2)}\n`);
  return content;
}

/** The group the dashboard opens on: the conflict with the widest gap (an unbounded gap widest). */
export function focusGroup(groups: readonly GroupVerdict[]): GroupVerdict | null {
  let best: GroupVerdict | null = null;
  const width = (g: GroupVerdict) =>
    g.conflicts.some((c) => c.gap_ratio === null) ? Number.POSITIVE_INFINITY : (g.max_gap_ratio ?? 0);
  for (const g of groups) if (g.verdict === "conflict" && (best === null || width(g) > width(best))) best = g;
  return best;
}
