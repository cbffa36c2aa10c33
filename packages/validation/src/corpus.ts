import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { DatasetReadError, decodeUtf8 } from "@tally/dataset/loader";

/**
 * The source texts in `dir`, keyed by file name (what `sources.csv` `text_ref` names). A folder
 * that cannot be read, or a file in it that is not UTF-8 text, is input that cannot be read.
 */
export async function readCorpus(dir: string): Promise<Map<string, string>> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatasetReadError(
      code === "ENOENT"
        ? `corpus directory ${dir} does not exist`
        : `cannot read corpus directory ${dir} (${code})`,
      dir,
    );
  }
  const corpus = new Map<string, string>();
  for (const e of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const bytes = await readFile(join(dir, e.name));
    // Where its first bad byte is, as for a table: an outside review got only "is not UTF-8 text".
    corpus.set(e.name, decodeUtf8(bytes, join(dir, e.name)).replace(/^\uFEFF/, ""));
  }
  return corpus;
}
