import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type LoadedDataset, loadDataset, refreshDescriptor } from "@tally/dataset/node";
import { afterAll } from "vitest";

const CLEAN = fileURLToPath(new URL("../../fixtures/integrity/clean", import.meta.url));

/** The folders a test file made, removed after its tests (vitest ends its workers by signal). */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the clean integrity fixture with `files` (name → CSV text) written over it, its
 * descriptor's hashes refreshed, loaded as the CLI would load it: the rules then see what the
 * loader leaves them (the reference check's rows, its located problems).
 */
export async function loadCleanCopy(
  files: Record<string, string>,
): Promise<{ dir: string; dataset: LoadedDataset }> {
  const dir = mkdtempSync(join(tmpdir(), "tally-clean-copy-"));
  made.push(dir);
  cpSync(CLEAN, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  await refreshDescriptor(dir);
  return { dir, dataset: await loadDataset(dir) };
}
