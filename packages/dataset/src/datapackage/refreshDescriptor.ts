import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DESCRIPTOR_FILE, readDatasetFiles } from "../load/readDatasetFiles.js";
import { firstFewInWords } from "../namesInWords.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";
import { tableSpecOf } from "../schema/tables.js";
import { shortened } from "../shortened.js";
import { buildDescriptor, contentOf, describedTables } from "./buildDescriptor.js";
import {
  descriptorProblems,
  descriptorSchemaProblems,
  droppedPropertyProblems,
  headerLacks,
  headerMismatchProblems,
  headerUnreadable,
} from "./descriptorProblems.js";
import { formatJson } from "./formatJson.js";

/**
 * Rewrites `datapackage.json` in `dir`: hashes, sizes and Table Schemas from the CSVs and the row
 * schemas; name, title, description, version, licenses, sources and other human fields kept, and
 * each resource's title, description, homepage, sources and licenses.
 * Returns what is still wrong with the human part (the descriptor schema's problems), and what the
 * refresh put right besides hashes and sizes, the command's everyday work (`updated`, in the
 * validator's words): a field type edited by hand was undone without a word (a maintainer's review).
 */
export async function refreshDescriptor(
  dir: string,
): Promise<{ path: string; written: boolean; problems: Problem[]; updated: Problem[] }> {
  const { descriptor, csv, optional } = await readDatasetFiles(dir);
  const path = join(dir, DESCRIPTOR_FILE);
  // A header that lacks the columns every file of its table has (another delimiter, an empty
  // file) would give a Table Schema of nothing Tally writes: the refresh stops rather than write
  // it (an outside review saw events lose short_title to a file saved with semicolons).
  const unreadable = describedTables(optional).filter((table) =>
    headerUnreadable(table, contentOf(csv, optional, table)),
  );
  if (unreadable.length > 0)
    return {
      path,
      written: false,
      updated: [],
      problems: unreadable.map((table) => {
        const { missing, unknown, named } = headerLacks(table, contentOf(csv, optional, table));
        const file = tableSpecOf(table).file;
        // One unknown name where one column is missing is most likely that column renamed; one name
        // holding a ";" or a tab, a file split on another delimiter.
        const shown = (name: string) => JSON.stringify(name.length > 40 ? shortened(name, 37) : name);
        const delimiter = unknown.length === 1 ? /[;\t|]/.exec(unknown[0]!)?.[0] : undefined;
        const why =
          unknown.length === 0
            ? named
              ? "removed from the file?"
              : "an empty file?"
            : delimiter !== undefined
              ? `its header is one name holding ${JSON.stringify(delimiter)}: another delimiter?`
              : unknown.length === 1 && missing.length === 1
                ? `renamed ${shown(unknown[0]!)}?`
                : `it has ${firstFewInWords(unknown.map(shown))} instead: renamed?`;
        return {
          code: PROBLEM_CODES.descriptorStaleFields,
          file,
          row: null,
          line: 1,
          column: missing[0] ?? null,
          message: `its header lacks ${missing.length === 1 ? "the column" : "the columns"} ${firstFewInWords(missing)}, which every ${file} has (${why}), so ${DESCRIPTOR_FILE} was left as it was: fix the file, then run pnpm dataset hash`,
        };
      }),
    };
  const fresh = buildDescriptor(descriptor, csv, optional);
  // What the validator would have said, less the remedy this command is.
  const updated = descriptorProblems(descriptor, csv, optional, "", fresh)
    .filter((p) => p.code !== PROBLEM_CODES.descriptorStaleHash)
    .map((p) => ({ ...p, message: p.message.replace(/[:;]\s*$/, "") }));
  // A property left out that a problem above names already (a `compression`) is told once.
  const told = new Set(updated.map((p) => p.column));
  updated.push(...droppedPropertyProblems(descriptor, fresh).filter((p) => !told.has(p.column)));
  await writeFile(path, formatJson(fresh));
  const mismatched = headerMismatchProblems(describedTables(optional), (table) =>
    contentOf(csv, optional, table),
  );
  return { path, written: true, problems: [...descriptorSchemaProblems(fresh), ...mismatched], updated };
}

/** Problems with `dir`'s descriptor: its schema, and anything stale against the CSVs beside it. */
export async function checkDescriptor(dir: string): Promise<Problem[]> {
  const { descriptor, csv, optional } = await readDatasetFiles(dir);
  return [...descriptorSchemaProblems(descriptor), ...descriptorProblems(descriptor, csv, optional)];
}
