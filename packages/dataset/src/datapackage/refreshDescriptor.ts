import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DESCRIPTOR_FILE, readDatasetFiles } from "../load/readDatasetFiles.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";
import { buildDescriptor } from "./buildDescriptor.js";
import { descriptorProblems, descriptorSchemaProblems } from "./descriptorProblems.js";
import { formatJson } from "./formatJson.js";

/**
 * Rewrites `datapackage.json` in `dir`: hashes, sizes and Table Schemas from the CSVs and the row
 * schemas; name, title, description, version, licenses, sources and other human fields kept.
 * Returns what is still wrong with the human part (the descriptor schema's problems), and what the
 * refresh put right besides hashes and sizes, the command's everyday work (`updated`, in the
 * validator's words): a field type edited by hand was undone without a word (a maintainer's review).
 */
export async function refreshDescriptor(
  dir: string,
): Promise<{ path: string; problems: Problem[]; updated: string[] }> {
  const { descriptor, csv, optional } = await readDatasetFiles(dir);
  const updated = descriptorProblems(descriptor, csv, optional, "")
    .filter((p) => p.code !== PROBLEM_CODES.descriptorStaleHash)
    .map((p) => p.message.replace(/: $/, ""));
  const fresh = buildDescriptor(descriptor, csv, optional);
  const path = join(dir, DESCRIPTOR_FILE);
  await writeFile(path, formatJson(fresh));
  return { path, problems: descriptorSchemaProblems(fresh), updated };
}

/** Problems with `dir`'s descriptor: its schema, and anything stale against the CSVs beside it. */
export async function checkDescriptor(dir: string): Promise<Problem[]> {
  const { descriptor, csv, optional } = await readDatasetFiles(dir);
  return [...descriptorSchemaProblems(descriptor), ...descriptorProblems(descriptor, csv, optional)];
}
