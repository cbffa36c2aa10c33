/** Where a loaded row came from: 1-based data row (header excluded) and 1-based physical line. */
export interface RowLocation {
  row: number;
  line: number;
}

/**
 * Where each loaded row of a table was read, as two columns: `row[i]` and `line[i]` for the first
 * `length` rows. A million claims would otherwise be a million small objects that live as long
 * as the dataset, for the collector to copy and trace while the tables load.
 */
export class RowLocations {
  row: Int32Array;
  line: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.row = new Int32Array(capacity);
    this.line = new Int32Array(capacity);
  }

  static of(locations: readonly RowLocation[]): RowLocations {
    const columns = new RowLocations(Math.max(locations.length, 1));
    for (const { row, line } of locations) columns.push(row, line);
    return columns;
  }

  push(row: number, line: number): void {
    if (this.length === this.row.length) {
      const row = new Int32Array(this.length * 2);
      const line = new Int32Array(this.length * 2);
      row.set(this.row);
      line.set(this.line);
      this.row = row;
      this.line = line;
    }
    this.row[this.length] = row;
    this.line[this.length] = line;
    this.length++;
  }

  /**
   * Drops the locations of rows `indices` (ascending), as those rows are taken out of their table,
   * so that `at(i)` still answers for the table's row `i`.
   */
  leaveOut(indices: readonly number[]): void {
    this.length = moveKept(this.length, indices, (from, to) => {
      this.row[to] = this.row[from]!;
      this.line[to] = this.line[from]!;
    });
  }

  /** The location of row `i`, or undefined past the last one. */
  at(i: number): RowLocation | undefined {
    return i >= 0 && i < this.length ? { row: this.row[i]!, line: this.line[i]! } : undefined;
  }

  toArray(): RowLocation[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i)!);
  }
}

/**
 * Moves every item of a list of `length` but those at `removed` (ascending) up over them, in
 * order, by `move(from, to)`; returns how many are left. Rows and their locations are taken out
 * alike, so that row `i` and location `i` stay together.
 */
export function moveKept(
  length: number,
  removed: readonly number[],
  move: (from: number, to: number) => void,
): number {
  let to = removed[0] ?? length;
  for (let from = to, next = 0; from < length; from++) {
    if (from === removed[next]) {
      next++;
      continue;
    }
    move(from, to++);
  }
  return to;
}
