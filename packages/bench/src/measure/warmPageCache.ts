import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Reads every file of a dataset once, untimed, so that every timed run reads from the page cache,
 * as all but the first would anyway: this machine's kernel pages out files left cold for about
 * 30 s (DAMON pageout), which the other parts of the bench easily exceed. On its own it did not
 * remove the slow first 1M runs seen after the 100k part; running the largest size first did.
 */
export async function warmPageCache(dir: string): Promise<void> {
  for (const name of await readdir(dir)) await readFile(join(dir, name));
}
