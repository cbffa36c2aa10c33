import { firstFew } from "../namesInWords.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import { REFERENCES } from "../references.js";
import { CLAIM_IDS_SEPARATOR } from "../schema/assessment.js";
import type { Problem } from "../schema/problem.js";
import {
  type AnyTableName,
  isVocabulary,
  OPTIONAL_TABLE_NAMES,
  OPTIONAL_TABLES,
  TABLE_NAMES,
  TABLES,
  type TableName,
  type Tables,
  tableSpecOf,
  VOCABULARY_NAMES,
} from "../schema/tables.js";
import type { VocabularyName } from "../schema/vocabularies.js";
import { keptCellsOf, keptColumnsOf } from "./keptCells.js";
import { KeyIndex, keepReferencedRows, keepRowIndex } from "./keyIndex.js";
import type { Locations } from "./loadedDataset.js";
import { OPTIONAL_REFERENCES, type OptionalReference } from "./optionalReferences.js";
import { leaveOutRepeats } from "./repeatedKeys.js";

export interface ReferenceOptions {
  /**
   * Keys written in rows that failed their schema: those rows are already reported, so a claim
   * pointing at one is not reported again as pointing at nothing.
   */
  unloadedKeys?: Partial<Record<TableName | VocabularyName, Iterable<string>>>;
  /** The vocabularies the dataset has no file for, whose rows are Tally's built-in ones. */
  builtIn?: ReadonlySet<VocabularyName>;
  /**
   * Tables whose file has no header at all (an empty file): its one problem says so, and every
   * reference into it is left unjudged, as references to the rows of a header that lacks a column
   * are, rather than reported once per referring row.
   */
  unread?: ReadonlySet<AnyTableName>;
  /**
   * Rows that failed their schema, with the cells of their references that did not: those are
   * checked too, so that fixing one cell of a row does not reveal another error the next run (an
   * outside review found a bad `vague` hiding an unknown `attributed_kind` in the same row).
   */
  rejected?: Partial<Record<AnyTableName, readonly RejectedRow[]>>;
  /**
   * Told of each row taken out of `tables` and `locations` because an earlier row has its key,
   * with the cells a rejected row keeps: the loader lists it with those, so that its values are
   * still judged by their unit (its references are checked here).
   */
  leftOut?: (table: Keyed, row: RejectedRow) => void;
}

/**
 * A row left out for its schema or for a key an earlier row has: where it is, and its key,
 * reference and figure cells that passed their own checks.
 */
export interface RejectedRow {
  row: number;
  line: number;
  cells: Readonly<Record<string, string>>;
  /**
   * A key of several columns (an assessment's event and metric) as meant, where a cell of it
   * failed for a space or zero-width character around it alone: compared with other rows' keys,
   * as a claim id "c004 " is, but never looked up as a reference, whose cell is reported already.
   */
  key?: Readonly<Record<string, string>>;
}

type Keyed = TableName | VocabularyName;

/** "a source_id", "an event_id": keys are read as words. */
// By sound, not letter: "an event_id", "a unit", "a metric".
const withArticle = (key: string) => `${/^(?:[aio]|e(?!u)|u(?!n[io]))/.test(key) ? "an" : "a"} ${key}`;

/** Where a reference's target lives, in words: "categories.csv", or the built-in list. */
function notFound(
  column: string,
  value: string,
  target: Keyed,
  builtIn: ReadonlySet<VocabularyName>,
): string {
  const { key, file } = tableSpecOf(target);
  if (!builtIn.has(target as VocabularyName))
    return `${column} ${JSON.stringify(value)} is not ${withArticle(key)} in ${file}`;
  return `${column} ${JSON.stringify(value)} is not one of Tally's built-in ${target.replace("_", " ")}: to add it, put ${file} beside the other tables, one row per ${key} with its label and description`;
}

/**
 * Unique keys per table, and every reference (claims → events, sources, metrics, claims; an
 * optional table's → the four) resolves. A row whose key an earlier row has is reported there and
 * taken out of `tables` and `locations` (in place) before any reference is looked up: the first
 * row of a key is the one every other row's reference names and the rules read, and a second row
 * cannot redefine a metric, unit, source or event for every claim, nor put one claim id in a
 * group twice. Its own references are still checked, as a rejected row's are.
 */
export function checkReferences(
  tables: Tables,
  locations: Locations,
  options: ReferenceOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  // One index per table answers both questions: is a key used again, and does a reference resolve.
  const first = {} as Record<Keyed, KeyIndex>;
  const unloaded = {} as Record<Keyed, Set<string>>;
  const builtIn = options.builtIn ?? new Set<VocabularyName>();
  const unread: ReadonlySet<AnyTableName> = options.unread ?? new Set();
  const repeated = {} as Record<Keyed, RejectedRow[]>;
  for (const table of [...TABLE_NAMES, ...VOCABULARY_NAMES]) {
    const { file, key } = tableSpecOf(table);
    const rows = tables[table] as Record<string, unknown>[];
    const keyAt = (i: number) => rows[i]![key] as string;
    const index = new KeyIndex(keyAt, rows.length);
    unloaded[table] = new Set(options.unloadedKeys?.[table] ?? []);
    repeated[table] = [];
    // Filled only when a key repeats: a dataset without repeats pays nothing more.
    const repeats: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const earlier = index.add(i);
      if (earlier === -1) continue;
      repeats.push(i);
      const id = rows[i]![key] as string;
      problems.push(keyRepeated(file, key, id, locations[table].at(earlier)!, locations[table].at(i)!));
    }
    if (repeats.length > 0) {
      const columns = keptColumnsOf(table);
      for (const i of repeats) {
        const left = { ...locations[table].at(i)!, cells: keptCellsOf(rows[i]!, columns) };
        repeated[table].push(left);
        options.leftOut?.(table, left);
      }
      leaveOutRepeats(rows, locations[table], repeats);
      // The rows moved up: the index numbers them as they now stand.
      index.leaveOut(repeats);
    }
    keepRowIndex(rows, key, index);
    first[table] = index;
    const left = options.rejected?.[table];
    if (left !== undefined && left.length > 0)
      for (const p of rejectedRepeats(file, key, left, index, locations[table])) problems.push(p);
  }

  // A key written only in a row that was not loaded, or a table that could not be read, is no
  // dangling reference: that row or table is reported already.
  const unjudged = (target: Keyed, value: string) => unloaded[target].has(value) || unread.has(target);
  // Every reference of a table in one pass over its rows (a large table's rows are slow to
  // visit), each reference's problems kept apart so that they are reported in REFERENCES order.
  const found = REFERENCES.map(() => [] as Problem[]);
  for (const table of TABLE_NAMES) {
    const refs = REFERENCES.filter((ref) => ref.table === table);
    if (refs.length === 0) continue;
    const { file } = TABLES[table];
    const into = refs.map((ref) => found[REFERENCES.indexOf(ref)]!);
    /** Reference `r`'s problem: `value`, at that row and line, names nothing. */
    const dangling = (r: number, row: number, line: number, value: string) => {
      const ref = refs[r]!;
      into[r]!.push({
        code: ref.code,
        file,
        row,
        line,
        column: ref.column,
        message: notFound(ref.column, value, ref.target, builtIn),
      });
    };
    // Rows about one event or source tend to follow each other: a value just found is not looked up again.
    const lastFound: unknown[] = refs.map(() => undefined);
    const lastRow = refs.map(() => -1);
    const rows = tables[table] as object[];
    // The row each reference names, kept for the rules that follow references. A vocabulary is
    // looked up by its id, never followed by row: a million claims need no array for it.
    const targets = refs.map((ref) => {
      if (isVocabulary(ref.target)) return null;
      const found = new Int32Array(rows.length).fill(-1);
      keepReferencedRows(rows, ref.column, tables[ref.target], found);
      return found;
    });
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown>;
      for (let r = 0; r < refs.length; r++) {
        const ref = refs[r]!;
        const value = row[ref.column];
        if (typeof value !== "string") continue;
        const kept = targets[r]!;
        if (value === lastFound[r]) {
          if (kept !== null) kept[i] = lastRow[r]!;
          continue;
        }
        const target = first[ref.target].get(value);
        if (target !== -1 || unjudged(ref.target, value)) {
          lastFound[r] = value;
          lastRow[r] = target;
          if (kept !== null) kept[i] = target;
          continue;
        }
        const at = locations[table].at(i)!;
        dangling(r, at.row, at.line, value);
      }
    }
    const rejected = [...(options.rejected?.[table] ?? []), ...repeated[table]];
    if (rejected.length === 0) continue;
    for (const { row, line, cells } of rejected)
      for (let r = 0; r < refs.length; r++) {
        const target = refs[r]!.target;
        const value = cells[refs[r]!.column];
        if (value !== undefined && first[target].get(value) === -1 && !unjudged(target, value))
          dangling(r, row, line, value);
      }
    // Each reference's problems in row order, the rejected rows' among the others.
    for (const list of into) list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
  for (const list of found) for (const p of list) problems.push(p);
  for (const p of optionalReferenceProblems(
    tables,
    locations,
    first,
    unloaded,
    unread,
    options.rejected ?? {},
  ))
    problems.push(p);
  return problems;
}

/**
 * Keys of rows left out for another cell that a loaded row, or an earlier such row, also has:
 * reported at the later of the two, as a repeat among loaded rows is, so that fixing the bad cell
 * does not reveal the repeat only on the next run (an outside review pasted a row of c016 with
 * `vague` "TRUE" and was told of the cell alone).
 */
function rejectedRepeats(
  file: string,
  key: string,
  left: readonly RejectedRow[],
  index: KeyIndex,
  locations: Locations[Keyed],
): Problem[] {
  const problems: Problem[] = [];
  // The first rejected row of each key: with the loaded row of that key, where it first appears.
  const firstLeft = new Map<string, Place>();
  for (const r of left) {
    const id = r.cells[key];
    if (id === undefined) continue;
    const loaded = index.get(id);
    const kept = loaded === -1 ? undefined : locations.at(loaded);
    const earlier = firstLeft.get(id);
    if (earlier === undefined) firstLeft.set(id, r);
    const first = [kept, earlier].reduce<Place>((a, b) => (b !== undefined && b.line < a.line ? b : a), r);
    // The first of all: the loaded row, written after it, is the one used again (said once, here).
    if (first === r) {
      if (kept !== undefined && earlier === undefined) problems.push(keyRepeated(file, key, id, r, kept));
    } else problems.push(keyRepeated(file, key, id, first, r));
  }
  return problems;
}

type Place = { row: number; line: number };

/** The problem of a key used again at `at`, first used at `was`. */
function keyRepeated(file: string, key: string, id: string, was: Place, at: Place): Problem {
  return {
    code: PROBLEM_CODES.keyDuplicate,
    file,
    row: at.row,
    line: at.line,
    column: key,
    message: `${key} ${JSON.stringify(id)} is used again; it first appears on row ${was.row} (line ${was.line})`,
  };
}

/**
 * How many keys a reference problem names before it counts the rest: an outside audit's claim_ids
 * cell of 300,000 unknown ids made a message of 3.3 MB, one line of a CI log.
 */
const NAMED_IN_MESSAGE = 50;

const quoted = (keys: readonly string[]) =>
  firstFew(
    keys.map((k) => JSON.stringify(k)),
    NAMED_IN_MESSAGE,
  );

/**
 * The references of the optional tables, one problem per cell naming every key that does not
 * resolve, in the rows that loaded and then in those left out for another cell (`rejected`, whose
 * cells are as written: a list is split as its schema splits it; `loadDataset` puts every problem
 * in file order). These tables hold a row per event and metric at most, so nothing here is
 * optimised. Their own duplicate keys (two assessments of one group) are the validator's to report.
 */
function optionalReferenceProblems(
  tables: Tables,
  locations: Locations,
  first: Record<Keyed, KeyIndex>,
  unloaded: Record<Keyed, Set<string>>,
  unread: ReadonlySet<AnyTableName>,
  rejected: Partial<Record<AnyTableName, readonly RejectedRow[]>>,
): Problem[] {
  const problems: Problem[] = [];
  for (const table of OPTIONAL_TABLE_NAMES) {
    const { file } = OPTIONAL_TABLES[table];
    const refs = OPTIONAL_REFERENCES.filter((ref) => ref.table === table);
    // A vocabulary refers to nothing (and its built-in rows have no place in a file).
    if (refs.length === 0) continue;
    const check = (row: number, line: number, cell: (ref: OptionalReference) => unknown) => {
      for (const ref of refs) {
        if (unread.has(ref.target)) continue;
        const value = cell(ref);
        if (value === undefined) continue;
        const keys = (ref.list ? value : [value]) as readonly string[];
        const missing = keys.filter(
          (key) => first[ref.target].get(key) === -1 && !unloaded[ref.target].has(key),
        );
        if (missing.length === 0) continue;
        const named = TABLES[ref.target];
        problems.push({
          code: ref.code,
          file,
          row,
          line,
          column: ref.column,
          message:
            missing.length === 1
              ? `${ref.column} ${quoted(missing)} is not ${withArticle(named.key)} in ${named.file}`
              : `${ref.column} ${quoted(missing)} are not ${named.key}s in ${named.file}`,
        });
      }
    };
    const rows = tables[table] as readonly Record<string, unknown>[];
    for (let i = 0; i < rows.length; i++) {
      const at = locations[table].at(i)!;
      check(at.row, at.line, (ref) => rows[i]![ref.column]);
    }
    // An assessment left out for a bad date once hid its unknown event, metric and claims until
    // the next run (an outside review).
    for (const { row, line, cells } of rejected[table] ?? [])
      check(row, line, (ref) => {
        const cell = cells[ref.column];
        return cell === undefined ? undefined : ref.list ? cell.split(CLAIM_IDS_SEPARATOR) : cell;
      });
  }
  return problems;
}
