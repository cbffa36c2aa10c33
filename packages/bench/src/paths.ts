import { join, resolve } from "node:path";
import type { DatasetProfile } from "./datasetProfile.js";
import { sizeLabel } from "./sizes.js";

/** The repository root: bench data and reports live there, whatever the working directory. */
export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

/** The folder name of one generated dataset: `claims-1m`, `claims-1m-dense`, `claims-10k-seed7`. */
export const dataDirName = (claims: number, seed: number, profile: DatasetProfile): string =>
  `claims-${sizeLabel(claims)}${profile === "standard" ? "" : `-${profile}`}${seed === 1 ? "" : `-seed${seed}`}`;

/** Where `pnpm bench:data` writes a size by default (git-ignored). */
export const defaultDataDir = (claims: number, seed: number, profile: DatasetProfile): string =>
  join(REPO_ROOT, "bench-data", dataDirName(claims, seed, profile));
