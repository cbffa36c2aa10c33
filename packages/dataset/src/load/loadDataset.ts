import { basename, resolve } from "node:path";
import { readCsv } from "../csv/readCsv.js";
import { descriptorProblems, descriptorSchemaProblems } from "../datapackage/descriptorProblems.js";
import { type DataPackage, dataPackageSchema } from "../schema/datapackage.js";
import type { Problem } from "../schema/problem.js";
import { TABLE_NAMES, TABLES, type TableName, type Tables } from "../schema/tables.js";
import { checkReferences } from "./checkReferences.js";
import { DatasetLoadError } from "./errors.js";
import type { DatasetKind, LoadedDataset, Locations } from "./loadedDataset.js";
import { type DatasetFiles, DESCRIPTOR_FILE, readDatasetFiles } from "./readDatasetFiles.js";
import { rowProblems } from "./rowProblems.js";

export interface LoadOptions {
  /** Throw a `DatasetLoadError` listing the problems instead of returning them. */
  strict?: boolean;
  kind?: DatasetKind;
  /** Extra checks on the files as read (a release's manifest), whose problems join the rest. */
  extraProblems?: (dir: string, files: DatasetFiles, descriptor: DataPackage | null) => Promise<Problem[]>;
}

const FILE_ORDER = [DESCRIPTOR_FILE, ...TABLE_NAMES.map((t) => TABLES[t].file)];

function byPlace(a: Problem, b: Problem): number {
  const file = (p: Problem) => (FILE_ORDER.includes(p.file) ? FILE_ORDER.indexOf(p.file) : FILE_ORDER.length);
  return file(a) - file(b) || (a.line ?? 0) - (b.line ?? 0);
}

function loadTable<K extends TableName>(
  table: K,
  bytes: Uint8Array,
  into: {
    tables: Tables;
    locations: Locations;
    problems: Problem[];
    unloadedKeys: Record<TableName, string[]>;
  },
): void {
  const { file, schema, key } = TABLES[table];
  const csv = readCsv(bytes, file, table);
  into.problems.push(...csv.problems);
  for (const { row, line, cells } of csv.rows) {
    if (csv.missing.length > 0) {
      // The header problem already says these rows were not loaded; their keys still count as
      // present so that references to them are not reported a second time.
      if (cells[key]) into.unloadedKeys[table].push(cells[key]);
      continue;
    }
    const parsed = schema.safeParse(cells);
    if (parsed.success) {
      (into.tables[table] as unknown[]).push(parsed.data);
      into.locations[table].push({ row, line });
    } else {
      into.problems.push(...rowProblems(parsed.error, cells, { file, row, line }));
      const id = cells[key];
      if (id) into.unloadedKeys[table].push(id);
    }
  }
}

/**
 * Loads a dataset directory (`datapackage.json` + the four CSVs). Rows that fail their schema are
 * reported as located problems and left out of `tables`; input that cannot be read at all throws
 * `DatasetReadError`.
 */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadedDataset> {
  const path = resolve(dir);
  const files = await readDatasetFiles(path);
  const parsedDescriptor = dataPackageSchema.safeParse(files.descriptor);
  const descriptor = parsedDescriptor.success ? parsedDescriptor.data : null;

  const into = {
    tables: { sources: [], events: [], metrics: [], claims: [] } as Tables,
    locations: { sources: [], events: [], metrics: [], claims: [] } as Locations,
    problems: [
      ...descriptorSchemaProblems(files.descriptor),
      ...descriptorProblems(files.descriptor, files.csv),
    ],
    unloadedKeys: { sources: [], events: [], metrics: [], claims: [] } as Record<TableName, string[]>,
  };
  for (const table of TABLE_NAMES) loadTable(table, files.csv[table], into);
  into.problems.push(...checkReferences(into.tables, into.locations, { unloadedKeys: into.unloadedKeys }));
  if (options.extraProblems) into.problems.push(...(await options.extraProblems(path, files, descriptor)));

  const raw = (files.descriptor ?? {}) as { name?: unknown; version?: unknown };
  const loaded: LoadedDataset = {
    ref: {
      name: descriptor?.name ?? (typeof raw.name === "string" ? raw.name : basename(path)),
      version: descriptor?.version ?? (typeof raw.version === "string" ? raw.version : "unknown"),
      path,
      kind: options.kind ?? "working",
    },
    descriptor,
    tables: into.tables,
    locations: into.locations,
    problems: into.problems.sort(byPlace),
  };
  if (options.strict && loaded.problems.length > 0)
    throw new DatasetLoadError(`${loaded.ref.name}@${loaded.ref.version} (${path})`, loaded.problems);
  return loaded;
}
