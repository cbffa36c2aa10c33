import { join, resolve } from "node:path";
import { sizeLabel } from "./sizes.js";

/** The repository root: bench data and reports live there, whatever the working directory. */
export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

/** Where `pnpm bench:data` writes a size by default (git-ignored). */
export const defaultDataDir = (claims: number, seed: number): string =>
  join(
    REPO_ROOT,
    "bench-data",
    seed === 1 ? `claims-${sizeLabel(claims)}` : `claims-${sizeLabel(claims)}-seed${seed}`,
  );
