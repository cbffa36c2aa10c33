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
  private readonly mask: number;

  constructor(
    private readonly keyAt: (row: number) => string,
    rows: number,
  ) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** Indexes `row` under its key unless the key is there already: then the row that has it, else -1. */
  add(row: number): number {
    const key = this.keyAt(row);
    for (let slot = hashOf(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const there = this.slots[slot]!;
      if (there === -1) {
        this.slots[slot] = row;
        return -1;
      }
      if (this.keyAt(there) === key) return there;
    }
  }

  /** The first indexed row with this key, or -1. */
  get(key: string): number {
    for (let slot = hashOf(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const there = this.slots[slot]!;
      if (there === -1 || this.keyAt(there) === key) return there;
    }
  }
}
