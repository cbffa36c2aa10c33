import { createHash } from "node:crypto";
import { readdir, readFile, readlink, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import {
  DatasetReadError,
  decodeSourceText,
  type LoadedDataset,
  startsWithBom,
  UTF8_BOM,
} from "@tally/dataset/loader";

/**
 * The bytes of corpus files by path, each file read once however many ask: `pnpm validate` reads a
 * text that a source names and a release records as checked for its quotes (`readCorpus`) and for
 * its sha256 (`readCorpusDigests`), which read it twice. Give both the same one.
 */
export type CorpusFiles = Map<string, Promise<Buffer>>;
export const corpusFiles = (): CorpusFiles => new Map();

function bytesOf(files: CorpusFiles, path: string): Promise<Buffer> {
  let bytes = files.get(path);
  if (bytes === undefined) {
    bytes = readFile(path);
    files.set(path, bytes);
  }
  return bytes;
}

/**
 * The source texts in `dir`, keyed by file name (what `sources.csv` `text_ref` names). A file may
 * be a symbolic link to one (git-annex and DVC keep files so; an outside review found linked texts
 * reported missing). Given `names`, only those files are read: a stray scan or notes file in the
 * folder that no source names is no reason to stop. A folder that cannot be read, or a named text
 * that cannot be read (a folder, a FIFO, a link to nothing, no permission) or is not UTF-8, is input
 * that cannot be read: it stops the run naming the text, not as a text missing from the corpus.
 */
export async function readCorpus(
  dir: string,
  names?: Iterable<string>,
  files: CorpusFiles = corpusFiles(),
): Promise<Map<string, string>> {
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
  const wanted = names === undefined ? null : new Set(names);
  const corpus = new Map<string, string>();
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (wanted !== null && !wanted.has(e.name)) continue;
    const path = join(dir, e.name);
    const why = e.isFile() ? null : await notAText(path, e.isSymbolicLink());
    if (why !== null) {
      // Reading the whole folder, anything in it that is no text is left alone.
      if (wanted === null) continue;
      throw new DatasetReadError(`corpus text ${path} cannot be read: ${why}`, path);
    }
    const bytes = await bytesOf(files, path).catch((error: NodeJS.ErrnoException) => {
      // EACCES or EIO said without the text's name read as Tally's own fault (an outside review).
      throw new DatasetReadError(`corpus text ${path} cannot be read (${error.code ?? error.message})`, path);
    });
    // Where its first bad byte is, as for a table: an outside review got only "is not UTF-8 text".
    corpus.set(e.name, decodeSourceText(bytes, path).replace(/^\uFEFF/, ""));
  }
  return corpus;
}

/**
 * Why the corpus entry at `path`, not a plain file, is no text: null when it is a link to one. A
 * FIFO is never read (it would wait for a writer for ever); a link to nothing is most often a
 * git-annex or DVC file not fetched, which was reported as a text missing from the corpus.
 */
async function notAText(path: string, link: boolean): Promise<string | null> {
  try {
    const found = await stat(path);
    if (found.isFile()) return null;
    if (found.isDirectory()) return "it is a folder, not a file";
    if (found.isFIFO()) return "it is a FIFO (named pipe), not a file";
    return "it is not a regular file";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (link && code === "ENOENT") {
      const target = await readlink(path).catch(() => "?");
      return `it is a link to ${target}, which does not exist (a git-annex or DVC file not fetched?)`;
    }
    if (code === "ELOOP") return "its symbolic links lead round in a loop";
    return `it cannot be opened (${code})`;
  }
}

/** The texts the datasets' sources name (`text_ref`), for `readCorpus` to read and no others. */
export function textRefsOf(datasets: readonly LoadedDataset[]): string[] {
  return datasets.flatMap((d) => d.tables.sources.flatMap((s) => (s.text_ref === null ? [] : [s.text_ref])));
}

/**
 * The sha256 of each named text as `pnpm dataset:release --corpus` records it in a release's
 * manifest (of the file's bytes), and of the same bytes with a byte order mark taken off or put on:
 * `readCorpus` reads past the mark, so a text that differs by it alone is the text the quotes were
 * checked against. A name that is not a regular file of `dir` is left out (a missing text is the
 * provenance rule's `text-missing`; a FIFO would never end).
 */
export async function readCorpusDigests(
  dir: string,
  names: Iterable<string>,
  files: CorpusFiles = corpusFiles(),
): Promise<Map<string, readonly string[]>> {
  const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
  const digests = new Map<string, readonly string[]>();
  for (const name of new Set(names)) {
    // A file of the folder, as readCorpus reads them: never a path that leads out of it.
    if (name !== basename(name) || name === ".." || name === "." || name === "") continue;
    const path = join(dir, name);
    if (!(await stat(path).catch(() => null))?.isFile()) continue;
    const bytes = await bytesOf(files, path).catch(() => null);
    if (bytes === null) continue;
    const other = startsWithBom(bytes)
      ? bytes.subarray(UTF8_BOM.length)
      : Buffer.concat([Buffer.from(UTF8_BOM), bytes]);
    digests.set(name, [sha(bytes), sha(other)]);
  }
  return digests;
}

/** The texts the releases among `datasets` record as checked, for `readCorpusDigests`. */
export function verifiedTextsOf(datasets: readonly LoadedDataset[]): string[] {
  return datasets.flatMap((d) => Object.keys(d.verifiedCorpus ?? {}));
}
