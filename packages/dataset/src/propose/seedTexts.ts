import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Source } from "../schema/source.js";

/** The source texts sit beside the clone, in ../shared/seeds, as `pnpm validate --corpus` finds them. */
export function defaultSeedsDir(dataDir: string): string {
  return join(dirname(dirname(dataDir)), "shared", "seeds");
}

/**
 * The text of every source whose text_ref is set, by text_ref. Throws, naming the folder, when it
 * is missing: a measurement over no texts would read as a perfect one.
 */
export async function readSeedTexts(dir: string, sources: readonly Source[]): Promise<Map<string, string>> {
  if (!existsSync(dir))
    throw new Error(`the source texts are not at ${dir}: recall cannot be measured without them`);
  const texts = new Map<string, string>();
  for (const { text_ref } of sources)
    if (text_ref !== null) texts.set(text_ref, await readFile(join(dir, text_ref), "utf8"));
  return texts;
}
