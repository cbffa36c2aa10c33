import { DESCRIPTOR_FILE } from "../load/readDatasetFiles.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import { dataPackageSchema } from "../schema/datapackage.js";
import type { Problem } from "../schema/problem.js";
import {
  OPTIONAL_TABLE_NAMES,
  type OptionalTableName,
  type TableName,
  tableSpecOf,
} from "../schema/tables.js";
import { buildDescriptor, type CsvContent, describedTables } from "./buildDescriptor.js";
import { canonicalJson } from "./canonicalJson.js";

export const REFRESH_COMMAND = "pnpm dataset hash";

const problem = (code: string, column: string | null, message: string): Problem => ({
  code,
  file: DESCRIPTOR_FILE,
  row: null,
  line: null,
  column,
  message,
});

/** The descriptor's own schema problems; `column` is the JSON path of the bad property. */
export function descriptorSchemaProblems(descriptor: unknown): Problem[] {
  const parsed = dataPackageSchema.safeParse(descriptor);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) =>
    problem(
      PROBLEM_CODES.descriptorSchema,
      issue.path.length > 0 ? issue.path.join(".") : null,
      `${issue.path.length > 0 ? issue.path.join(".") : "the descriptor"}: ${issue.message}`,
    ),
  );
}

function resourcesOf(descriptor: unknown): Record<string, unknown>[] {
  const resources = (descriptor as { resources?: unknown } | null)?.resources;
  return Array.isArray(resources) ? resources.filter((r) => typeof r === "object" && r !== null) : [];
}

/** Says which of the recorded hash and size differ from the file's, never one value twice. */
function staleText(
  file: string,
  have: { hash?: unknown; bytes?: unknown },
  want: { hash?: unknown; bytes?: unknown },
) {
  const [hr, hf, br, bf] = [have.hash, want.hash, have.bytes, want.bytes].map(String);
  if (have.hash === want.hash)
    return `the recorded size of ${file} is stale (recorded ${br} bytes; the file is ${bf} bytes, with the recorded hash)`;
  if (have.bytes === want.bytes)
    return `the hash of ${file} is stale (recorded ${hr}; the file is ${hf}, at the recorded size of ${bf} bytes)`;
  return `the hash of ${file} is stale (recorded ${hr}, ${br} bytes; the file is ${hf}, ${bf} bytes)`;
}

/**
 * What is out of date in a descriptor against the CSVs beside it: a missing resource, a stale
 * `hash`/`bytes`, or `fields` that no longer match the row schemas; and a resource of an optional
 * table whose file is not there. Each names the command that refreshes it.
 */
export function descriptorProblems(
  descriptor: unknown,
  csv: Record<TableName, CsvContent>,
  optional: Partial<Record<OptionalTableName, CsvContent>> = {},
): Problem[] {
  const fresh = resourcesOf(buildDescriptor(descriptor, csv, optional));
  const current = resourcesOf(descriptor);
  const problems: Problem[] = [];
  describedTables(optional).forEach((table, i) => {
    const file = tableSpecOf(table).file;
    const want = fresh[i]!;
    const have = current.find((r) => r.name === table);
    if (have === undefined) {
      problems.push(
        problem(
          PROBLEM_CODES.descriptorResource,
          null,
          `has no resource named ${table} for ${file}: run ${REFRESH_COMMAND}`,
        ),
      );
      return;
    }
    if (have.hash !== want.hash || have.bytes !== want.bytes)
      problems.push(
        problem(
          PROBLEM_CODES.descriptorStaleHash,
          `resources.${table}.hash`,
          `${staleText(file, have, want)}: run ${REFRESH_COMMAND}`,
        ),
      );
    if (canonicalJson(have.schema) !== canonicalJson(want.schema))
      problems.push(
        problem(
          PROBLEM_CODES.descriptorStaleFields,
          `resources.${table}.schema`,
          `the Table Schema of ${table} does not match the row schema: run ${REFRESH_COMMAND}`,
        ),
      );
  });
  for (const table of OPTIONAL_TABLE_NAMES)
    if (optional[table] === undefined && current.some((r) => r.name === table))
      problems.push(
        problem(
          PROBLEM_CODES.descriptorResource,
          `resources.${table}`,
          `lists a resource ${table}, but ${tableSpecOf(table).file} is not there: run ${REFRESH_COMMAND}`,
        ),
      );
  return problems;
}
