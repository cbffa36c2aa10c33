import { readFile } from "node:fs/promises";
import { basename, isAbsolute, join, relative } from "node:path";
import type { DatasetReadError } from "../load/errors.js";
import type { LoadedDataset, Locations } from "../load/loadedDataset.js";
import { RowLocations } from "../load/rowLocations.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import { ALL_TABLE_NAMES, type Tables } from "../schema/tables.js";
import { releasesDir } from "./dataDir.js";
import { verifyRelease } from "./verifyRelease.js";

/** The dataset's name as its descriptor gives it, or as the working copy's does, or its folder's. */
async function nameOf(dataDir: string, releaseDir: string): Promise<string> {
  for (const dir of [releaseDir, dataDir]) {
    try {
      const { name } = JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")) as {
        name?: unknown;
      };
      if (typeof name === "string" && name !== "") return name;
    } catch {
      // Unreadable here too: try the next.
    }
  }
  return basename(dataDir);
}

/**
 * A release that could not be loaded (`error`: a required table missing, a file that is not
 * UTF-8, a descriptor that is not JSON), as a dataset without rows whose problems say why: what
 * `verifyRelease` finds against its manifest, and the read error itself (`release/unreadable`). A
 * whole validation run then reports it beside the working copy and the other releases; it used to
 * stop at it with exit 2 while `pnpm dataset verify` listed it as one problem among others.
 */
export async function unreadableRelease(
  dataDir: string,
  version: string,
  error: DatasetReadError,
): Promise<LoadedDataset> {
  const dir = join(releasesDir(dataDir), version);
  const inside = error.path === null ? "" : relative(dir, error.path);
  const file =
    inside === "" || inside.startsWith("..") || isAbsolute(inside) ? "." : inside.split("\\").join("/");
  const problems = await verifyRelease(dir);
  problems.push({
    code: PROBLEM_CODES.releaseUnreadable,
    file,
    row: null,
    line: null,
    column: null,
    message: `${error.message}; the release cannot be loaded, so no rule read its rows: restore it from version control (pnpm dataset verify lists every difference from its manifest)`,
  });
  const tables = Object.fromEntries(ALL_TABLE_NAMES.map((t) => [t, []])) as unknown as Tables;
  const locations = Object.fromEntries(ALL_TABLE_NAMES.map((t) => [t, new RowLocations()])) as Locations;
  return {
    ref: { name: await nameOf(dataDir, dir), version, path: dir, kind: "release" },
    descriptor: null,
    tables,
    locations,
    problems,
    unread: ALL_TABLE_NAMES,
  };
}
