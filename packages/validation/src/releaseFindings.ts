import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { LoadedDataset } from "@tally/dataset/node";
import { z } from "zod";
import type { GroupVerdict, ReleaseFindings } from "./finding.js";
import { findingSchema, groupVerdictSchema, releaseFindingsSchema } from "./finding.js";
import { spoolFindings } from "./findingSpool.js";
import { jsonItems } from "./format/json.js";
import { DEFAULT_TOLERANCE } from "./ruleContext.js";
import { groupVerdicts } from "./verdicts.js";

export const RELEASE_FINDINGS_FILE = "findings.json";

export interface ReleaseFindingsOptions {
  corpus?: Map<string, string>;
  tolerance?: number;
}

/** What `writeReleaseFindings` wrote, except the findings themselves, which a large release cannot hold. */
export type WrittenReleaseFindings = Omit<ReleaseFindings, "findings">;

/** Groups serialised together, as findings are (see `JSON_BATCH`). */
const GROUP_BATCH = 1000;

/**
 * `text` cut inside the empty array `"<key>": []` of a top-level key, where its items go. No
 * string value holds a raw newline, so only the key itself starts a line at the top level's
 * indentation with that name.
 */
function splitAt(text: string, key: string): [before: string, after: string] {
  const marker = `\n  ${JSON.stringify(key)}: [`;
  const at = text.indexOf(marker);
  if (at === -1 || text[at + marker.length] !== "]") throw new Error(`no empty ${key} in the frame`);
  return [text.slice(0, at + marker.length), text.slice(at + marker.length)];
}

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
  const validateOptions = { tolerance, ...(options.corpus ? { corpus: options.corpus } : {}) };
  // Each finding and group as the schema gives it back (its key order, unknown keys dropped), as
  // when the whole content went through the schema at once.
  const { spool, summary, count } = spoolFindings([loaded], validateOptions, (f) => findingSchema.parse(f));
  try {
    const groups = z.array(groupVerdictSchema).parse(groupVerdicts(loaded, tolerance));
    const frameContent = releaseFindingsSchema.parse({
      datasets: [{ name: loaded.ref.name, version: loaded.ref.version, path: loaded.ref.path }],
      summary,
      findings: [],
      generated: new Date().toISOString(),
      corpus_used: options.corpus !== undefined,
      tolerance,
      groups: [],
    });
    const frame = `${JSON.stringify(frameContent, null, 2)}\n`;
    const [head, rest] = splitAt(frame, "findings");
    const [middle, tail] = splitAt(rest, "groups");
    await mkdir(outDir, { recursive: true });
    const fd = openSync(join(outDir, RELEASE_FINDINGS_FILE), "w");
    try {
      writeSync(fd, head);
      if (count > 0) {
        writeSync(fd, "\n");
        spool.replay((bytes) => writeSync(fd, bytes));
        writeSync(fd, "\n  ");
      }
      writeSync(fd, middle);
      if (groups.length > 0) {
        for (let i = 0; i < groups.length; i += GROUP_BATCH)
          writeSync(fd, `${i === 0 ? "\n" : ",\n"}${jsonItems("groups", groups.slice(i, i + GROUP_BATCH))}`);
        writeSync(fd, "\n  ");
      }
      writeSync(fd, tail);
    } finally {
      closeSync(fd);
    }
    const { datasets, generated, corpus_used } = frameContent;
    return { datasets, summary: frameContent.summary, generated, corpus_used, tolerance, groups };
  } finally {
    spool.close();
  }
}

/** The group the dashboard opens on: the conflict with the widest gap (an unbounded gap widest). */
export function focusGroup(groups: readonly GroupVerdict[]): GroupVerdict | null {
  let best: GroupVerdict | null = null;
  const width = (g: GroupVerdict) =>
    g.conflicts.some((c) => c.gap_ratio === null) ? Number.POSITIVE_INFINITY : (g.max_gap_ratio ?? 0);
  for (const g of groups) if (g.verdict === "conflict" && (best === null || width(g) > width(best))) best = g;
  return best;
}
