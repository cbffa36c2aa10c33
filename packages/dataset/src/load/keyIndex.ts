// A seed per process, so that no file can be written to make its keys collide.
const SEED = (Math.random() * 0x7fffffff) | 0;

function hashOf(key: string): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The first row of each key of a table, in an open-addressing table of row numbers: a million
 * keys are indexed several times faster than in a Map, and without a million Map entries.
 */
export class KeyIndex {
  private readonly slots: Int32Array;
  // The hash of the key in each slot: a probe that meets another key compares hashes before it
  // reads that row's key, which is elsewhere in memory.
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Rows added whose key an earlier row has: while 0, the first row of a key is also its last. */
  duplicates = 0;

  constructor(
    private readonly keyAt: (row: number) => string,
    rows: number,
  ) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Indexes `row` under its key unless the key is there already: then the row that has it, else -1. */
  add(row: number): number {
    const key = this.keyAt(row);
    const hash = hashOf(key);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const there = this.slots[slot]!;
      if (there === -1) {
        this.slots[slot] = row;
        this.hashes[slot] = hash;
        return -1;
      }
      if (this.hashes[slot] === hash && this.keyAt(there) === key) {
        this.duplicates++;
        return there;
      }
    }
  }

  /**
   * Renumbers the indexed rows once rows `removed` (ascending) are taken out of the table, none of
   * them indexed (each repeated an earlier row's key), so that every key finds its row where it now
   * stands. No key is hashed again: at a million claims that took as long as indexing them.
   */
  leaveOut(removed: readonly number[]): void {
    for (let slot = 0; slot < this.slots.length; slot++) {
      const row = this.slots[slot]!;
      if (row === -1) continue;
      let before = 0;
      let after = removed.length;
      while (before < after) {
        const mid = (before + after) >> 1;
        if (removed[mid]! < row) before = mid + 1;
        else after = mid;
      }
      this.slots[slot] = row - before;
    }
    this.duplicates = 0;
  }

  /** The first indexed row with this key, or -1. */
  get(key: string): number {
    const hash = hashOf(key);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const there = this.slots[slot]!;
      if (there === -1 || (this.hashes[slot] === hash && this.keyAt(there) === key)) return there;
    }
  }
}

interface KnownIndex {
  key: string;
  rows: number;
  index: KeyIndex;
}

const known = new WeakMap<readonly object[], KnownIndex>();

/** Keeps `index`, an index of every row of `rows` by `key`, for `rowIndex` to hand out. */
export function keepRowIndex(rows: readonly object[], key: string, index: KeyIndex): void {
  known.set(rows, { key, rows: rows.length, index });
}

/**
 * The first row of each value of the string column `key` in `rows`. The loader's reference check
 * indexes every table's key column, and the rules that follow links between claims reuse its index
 * of the claims rather than index a million ids again. Rows must not change while it is used.
 */
export function rowIndex(rows: readonly object[], key: string): KeyIndex {
  const kept = known.get(rows);
  if (kept !== undefined && kept.key === key && kept.rows === rows.length) return kept.index;
  const index = new KeyIndex((i) => (rows[i] as Record<string, string>)[key]!, rows.length);
  for (let i = 0; i < rows.length; i++) index.add(i);
  keepRowIndex(rows, key, index);
  return index;
}

interface KnownReferences {
  rows: number;
  target: readonly object[];
  found: Int32Array;
}

const references = new WeakMap<readonly object[], Map<string, KnownReferences>>();

/** Keeps which row of `target` each row's `column` names (-1 for none), as the reference check found it. */
export function keepReferencedRows(
  rows: readonly object[],
  column: string,
  target: readonly object[],
  found: Int32Array,
): void {
  let byColumn = references.get(rows);
  if (byColumn === undefined) {
    byColumn = new Map();
    references.set(rows, byColumn);
  }
  byColumn.set(column, { rows: rows.length, target, found });
}

/**
 * For each row, the row of `target` that its reference `column` names (the first row with that
 * key; -1 for none), as the loader's reference check found it while it looked every reference
 * up; null when the check did not run on these tables. Rules that follow a claim to its source
 * or event then look nothing up again.
 */
export function referencedRows(
  rows: readonly object[],
  column: string,
  target: readonly object[],
): Int32Array | null {
  const kept = references.get(rows)?.get(column);
  return kept !== undefined && kept.rows === rows.length && kept.target === target ? kept.found : null;
}
