import { writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { LoadedDataset } from "@tally/dataset/node";
import { writeWholeFile } from "@tally/dataset/wholeFile";
import { z } from "zod";
import type { GroupVerdict, ReleaseFindings } from "./finding.js";
import { findingSchema, groupVerdictSchema, releaseFindingsSchema } from "./finding.js";
import { streamFindings } from "./findingStream.js";
import { jsonArrayItems, jsonText, splitAtArray } from "./format/json.js";
import { datasetRefs, emptySummary } from "./report.js";
import { DEFAULT_TOLERANCE } from "./ruleContext.js";
import { datasetLabel } from "./validate.js";
import { groupVerdicts } from "./verdicts.js";

export const RELEASE_FINDINGS_FILE = "findings.json";

export interface ReleaseFindingsOptions {
  corpus?: Map<string, string>;
  /** The corpus files' sha256, to tell a text changed since the release was cut (`readCorpusDigests`). */
  corpusDigests?: ReadonlyMap<string, readonly string[]>;
  tolerance?: number;
  /**
   * The time written as `generated`; the clock when not given. A build given one (SOURCE_DATE_EPOCH)
   * writes the same bytes each time, so index.json's hashes do not change between two builds of
   * the same data.
   */
  generated?: Date;
}

/** What `writeReleaseFindings` wrote, except the findings themselves, which a large release cannot hold. */
export type WrittenReleaseFindings = Omit<ReleaseFindings, "findings">;

/** Groups serialised together, as findings are (see `jsonArrayItems`). */
const GROUP_BATCH = 1000;

/**
 * Validates a release and writes `<outDir>/findings.json` (ReleaseFindings: the report, the
 * verdict of every event and metric group, whether a corpus was used), so the dashboard shows
 * exactly what the validator found; the most severe conflict is the focus. The file is written as
 * it is made, byte for byte `JSON.stringify(releaseFindingsSchema.parse(content), null, 2)`: at a
 * million claims that text is longer than V8's longest string. Returns what it wrote but the findings.
 */
export async function writeReleaseFindings(
  loaded: LoadedDataset,
  outDir: string,
  options: ReleaseFindingsOptions = {},
): Promise<WrittenReleaseFindings> {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const validateOptions = {
    tolerance,
    ...(options.corpus ? { corpus: options.corpus } : {}),
    ...(options.corpusDigests ? { corpusDigests: options.corpusDigests } : {}),
  };
  const groups = z.array(groupVerdictSchema).parse(groupVerdicts(loaded, tolerance));
  const datasets = datasetRefs([{ ref: loaded.ref, label: datasetLabel(loaded) }]);
  const generated = (options.generated ?? new Date()).toISOString();
  const corpus_used = options.corpus !== undefined;
  const frameOf = (summary: ReleaseFindings["summary"]) =>
    jsonText(
      releaseFindingsSchema.parse({
        datasets,
        findings: [],
        summary,
        generated,
        corpus_used,
        tolerance,
        groups: [],
      }),
    );
  await mkdir(outDir, { recursive: true });
  return writeWholeFile(join(outDir, RELEASE_FINDINGS_FILE), (fd) => {
    const write = (text: string) => writeSync(fd, text);
    write(splitAtArray(frameOf(emptySummary()), "findings")[0]);
    // Each finding and group as the schema gives it back (its key order, unknown keys dropped), as
    // when the whole content went through the schema at once.
    const { summary } = streamFindings([loaded], validateOptions, write, (f) => findingSchema.parse(f));
    const [middle, tail] = splitAtArray(splitAtArray(frameOf(summary), "findings")[1], "groups");
    write(middle);
    const items = jsonArrayItems("groups", write, GROUP_BATCH);
    for (const g of groups) items.add(g);
    items.end();
    write(tail);
    return { datasets, summary, generated, corpus_used, tolerance, groups };
  });
}

/** The group the dashboard opens on: the conflict with the widest gap (an unbounded gap widest). */
export function focusGroup(groups: readonly GroupVerdict[]): GroupVerdict | null {
  let best: GroupVerdict | null = null;
  const width = (g: GroupVerdict) => g.max_gap_ratio ?? Number.POSITIVE_INFINITY;
  for (const g of groups) if (g.verdict === "conflict" && (best === null || width(g) > width(best))) best = g;
  return best;
}
