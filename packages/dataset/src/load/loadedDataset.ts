import type { DataPackage } from "../schema/datapackage.js";
import type { Problem } from "../schema/problem.js";
import type { AbsentColumns, AnyTableName, Tables } from "../schema/tables.js";
import type { RejectedRow } from "./checkReferences.js";

export type DatasetKind = "working" | "release";

export interface DatasetRef {
  name: string;
  version: string;
  path: string;
  kind: DatasetKind;
}

import type { RowLocations } from "./rowLocations.js";

export type { RowLocation } from "./rowLocations.js";

/** Parallel to `Tables`: `locations.claims.at(i)` is where `tables.claims[i]` was read. */
export type Locations = { [K in AnyTableName]: RowLocations };

/** The contract between @tally/dataset and @tally/validation (docs/architecture.md). */
export interface LoadedDataset {
  ref: DatasetRef;
  /** null when datapackage.json does not match the descriptor schema (its problems say why). */
  descriptor: DataPackage | null;
  /**
   * Rows that passed their row schema, typed, each key (of the four tables and the vocabularies)
   * once: a row whose key an earlier row has is reported and left out, so the first row is the one
   * references name and the rules read.
   */
  tables: Tables;
  locations: Locations;
  /** Everything that did not load cleanly, located. */
  problems: Problem[];
  /**
   * Rows left out for their schema, with their key, reference and figure cells that passed their
   * own checks, as written, and rows left out for a key an earlier row has, with the same cells:
   * what judges a cell by another table (a value by its metric's unit) judges these too, so that
   * one bad cell or a repeated key does not hide another problem of the row until the next run.
   * In line order per table. Absent when every row loaded.
   */
  rejected?: Partial<Record<AnyTableName, readonly RejectedRow[]>>;
  /**
   * The keys written in rows that did not load, whatever kept them out (a cell, the number of
   * fields, a quote left open, a header that lacks a column, a key an earlier row has): what cannot be compared with
   * another version of the table. Absent when every row loaded.
   */
  unloaded?: Partial<Record<AnyTableName, readonly string[]>>;
  /**
   * The lines of rows that did not load and name no key (an emptied id cell): whichever row of
   * another version they are cannot be told, so `pnpm dataset diff` calls none of that version's
   * unmatched rows added or removed. Absent when there are none.
   */
  keyless?: Partial<Record<AnyTableName, readonly number[]>>;
  /**
   * Tables none of whose rows could be told apart: an empty file, or a header without the key
   * column (another delimiter, a renamed key). Nothing in them can be compared with another
   * version of the table. Absent when every table had its key column.
   */
  unread?: readonly AnyTableName[];
  /**
   * Columns a table's header leaves out that a later version added (`optionalColumnsOf`: a
   * release cut before them, frozen byte for byte). Their cells read as empty in `tables` (false,
   * no list, null), which the release never said: artifacts write them as null and `diffReleases`
   * does not read the fill as a value. Absent when every header has every column.
   */
  absentColumns?: AbsentColumns;
  /**
   * A release cut with `--corpus`: the sha256 of each source text its quotes were checked against
   * (its manifest's `corpus`), so that a text changed since can be told. Absent otherwise.
   */
  verifiedCorpus?: Readonly<Record<string, string>>;
}
