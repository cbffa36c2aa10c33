import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TABLE_NAMES, TABLES } from "@tally/dataset";
import { cutRelease } from "@tally/dataset/node";
import { buildReleases } from "@tally/validation/node";
import { keepLoadedRows } from "./loadedRowsOnly.js";

/** Bump when the release build writes different artifacts, so cached builds are redone. */
const ARTIFACTS_FORMAT = "verdict-tables-2";
export const SYNTHETIC_VERSION = "1.0.0";

export interface SyntheticRelease {
  /** The data base to serve at /data/: `index.json` and `releases/<version>/…`. */
  artifacts: string;
  /** Wall time of the cut and the release build, or null when a cached build was reused. */
  buildMs: number | null;
}

/**
 * A generated dataset as the dashboard sees a real one: copied into `workDir/data` without the
 * planted rows that fail their row schema (a release is only cut from data that loads), frozen as
 * release 1.0.0 by `cutRelease`, then built by `buildReleases` (Arrow, findings, verdict tables,
 * summary) into `workDir/artifacts`. Reused while the dataset's expected.json and the artifact
 * format are unchanged.
 */
export async function buildSyntheticRelease(
  datasetDir: string,
  workDir: string,
  log: (line: string) => void = () => {},
): Promise<SyntheticRelease> {
  const artifacts = join(workDir, "artifacts");
  const stampFile = join(workDir, "stamp.json");
  const stamp = JSON.stringify({
    format: ARTIFACTS_FORMAT,
    expected: await readFile(join(datasetDir, "expected.json"), "utf8"),
  });
  if (
    existsSync(join(artifacts, "index.json")) &&
    existsSync(join(artifacts, "releases", SYNTHETIC_VERSION, "verdicts.arrows")) &&
    existsSync(stampFile)
  ) {
    const cached = JSON.parse(await readFile(stampFile, "utf8")) as { stamp: string };
    if (cached.stamp === stamp) return { artifacts, buildMs: null };
  }
  await rm(workDir, { recursive: true, force: true });
  const data = join(workDir, "data");
  await mkdir(data, { recursive: true });
  for (const file of ["datapackage.json", ...TABLE_NAMES.map((t) => TABLES[t].file)])
    await copyFile(join(datasetDir, file), join(data, file));
  const started = performance.now();
  const dropped = await keepLoadedRows(data);
  log(`dropped the planted rows that do not load: ${JSON.stringify(dropped)}`);
  log(`cutting release ${SYNTHETIC_VERSION} of ${datasetDir}`);
  await cutRelease({ version: SYNTHETIC_VERSION, dataDir: data, date: "2026-01-01T00:00:00.000Z" });
  log(`building its artifacts into ${artifacts}`);
  await buildReleases({ dataDir: data, outRoot: artifacts });
  const buildMs = performance.now() - started;
  await writeFile(stampFile, JSON.stringify({ stamp }));
  return { artifacts, buildMs };
}
