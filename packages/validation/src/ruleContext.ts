import { OPTIONAL_TABLES, TABLES, type TableName } from "@tally/dataset";
import type { LoadedDataset } from "@tally/dataset/node";
import type { Finding } from "./finding.js";

/** Everything a rule may look at. Rules are pure: same context, same findings. */
export interface RuleContext {
  dataset: LoadedDataset;
  /** `name@version` for a release, the directory for a working copy: every finding's `dataset`. */
  datasetLabel: string;
  /** Relative tolerance t that widens "about v" to [v·(1−t), v·(1+t)]. */
  tolerance: number;
  /** Source texts keyed by the `text_ref` that names them; absent when no corpus was given. */
  corpus?: Map<string, string>;
  /** The sha256 of each corpus file as read, for a release's record of the texts it was checked against. */
  corpusDigests?: ReadonlyMap<string, readonly string[]>;
  /** The conflicts rule's older output: one warning per conflicting pair instead of one per group. */
  pairs?: boolean;
  /** Today as an ISO day, for the dates that cannot lie in the future; the clock's when absent. */
  today?: string;
}

/** Receives a rule's findings one at a time, in report order. */
export type Emit = (finding: Finding) => void;

export interface Rule {
  /** Stable id carried by every finding of this rule. */
  id: string;
  /** One line for reports: what the rule checks. */
  title: string;
  /** Hands each finding to `emit` as soon as it is made, so a report of any size can stream them. */
  scan: (ctx: RuleContext, emit: Emit) => void;
  /** Every finding at once: `scan` collected. */
  check: (ctx: RuleContext) => Finding[];
}

/** A rule from its `scan`; `check` collects what it emits. */
export function defineRule(rule: Omit<Rule, "check">): Rule {
  return {
    ...rule,
    check(ctx) {
      const findings: Finding[] = [];
      rule.scan(ctx, (f) => findings.push(f));
      return findings;
    },
  };
}

/** Default relative tolerance for "about" figures. */
export const DEFAULT_TOLERANCE = 0.1;

/** A file of the dataset as findings print it: under the dataset's path unless already a path. */
export function datasetFile(dataset: LoadedDataset, file: string): string {
  if (/[\\/]/.test(file)) return file;
  const base = dataset.ref.path.replace(/[\\/]+$/, "");
  return base === "" || base === "." ? file : `${base}/${file}`;
}

const tableFiles = new WeakMap<LoadedDataset, { path: string; files: Partial<Record<TableName, string>> }>();

/** The path of one table's file, as findings print it. */
export function tableFile(dataset: LoadedDataset, table: TableName): string {
  // A rule asks once per finding, and a large dataset has a million of them.
  let known = tableFiles.get(dataset);
  if (known?.path !== dataset.ref.path) {
    known = { path: dataset.ref.path, files: {} };
    tableFiles.set(dataset, known);
  }
  known.files[table] ??= datasetFile(dataset, TABLES[table].file);
  return known.files[table];
}

/**
 * The file and the row locations of `table`, for a rule that writes a finding per group or pair
 * of a large table: `file`, `at.row[i]` and `at.line[i]` go straight into the finding's literal,
 * since spreading `locate` into it costs a copy per finding. Every loaded row has a location.
 */
export function rowSites(
  dataset: LoadedDataset,
  table: TableName,
): { file: string; at: LoadedDataset["locations"][TableName] } {
  return { file: tableFile(dataset, table), at: dataset.locations[table] };
}

/** file/row/line of the `index`th loaded row of `table`, for findings about that row. */
export function locate(
  dataset: LoadedDataset,
  table: TableName,
  index: number,
): Pick<Finding, "file" | "row" | "line"> {
  const at = dataset.locations[table].at(index);
  return at
    ? { file: tableFile(dataset, table), row: at.row, line: at.line }
    : { file: tableFile(dataset, table) };
}

/**
 * Where the `i`th loaded assessment was read, or a row of assessments.csv that did not load (its
 * row and line), at `column`: assessments.csv is an optional table.
 */
export function assessmentSite(
  dataset: LoadedDataset,
  i: number | { row?: number; line?: number },
  column: string,
): Pick<Finding, "file" | "row" | "line" | "column"> {
  const file = datasetFile(dataset, OPTIONAL_TABLES.assessments.file);
  const at = typeof i === "number" ? dataset.locations.assessments.at(i) : i;
  return at?.row !== undefined && at.line !== undefined
    ? { file, row: at.row, line: at.line, column }
    : { file, column };
}
