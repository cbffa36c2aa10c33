/** What the cache needs of a DuckDB-WASM connection (`AsyncDuckDBConnection`). */
export interface Preparer<Result> {
  prepare(sql: string): Promise<Statement<Result>>;
}

interface Statement<Result> {
  query(...params: unknown[]): Promise<Result>;
  close(): Promise<void>;
}

interface Entry<Result> {
  statement: Promise<Statement<Result>>;
  /** Queries running on it: an evicted statement is closed only once none is. */
  running: number;
  evicted: boolean;
}

/**
 * Prepared statements kept by SQL text. The views ask the same few questions with other values
 * (another event, another outlet), and preparing and closing a statement each time cost two more
 * round trips to the engine's worker per query, a third of a warm group change.
 */
export class StatementCache<Result> {
  static readonly SIZE = 32;
  private readonly entries = new Map<string, Entry<Result>>();

  constructor(private readonly conn: Preparer<Result>) {}

  async run(sql: string, params: readonly (string | number)[]): Promise<Result> {
    const entry = this.entry(sql);
    entry.running++;
    try {
      return await (await entry.statement).query(...params);
    } finally {
      entry.running--;
      if (entry.evicted && entry.running === 0) close(entry);
    }
  }

  private entry(sql: string): Entry<Result> {
    let entry = this.entries.get(sql);
    if (entry) {
      // Most recently used last, so the oldest is the one let go when the cache is full.
      this.entries.delete(sql);
      this.entries.set(sql, entry);
      return entry;
    }
    const statement = this.conn.prepare(sql);
    entry = { statement, running: 0, evicted: false };
    const made = entry;
    // A statement that failed to prepare is tried afresh next time rather than remembered.
    statement.catch(() => {
      if (this.entries.get(sql) === made) this.entries.delete(sql);
    });
    this.entries.set(sql, entry);
    if (this.entries.size > StatementCache.SIZE) {
      const [oldest, old] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      old.evicted = true;
      if (old.running === 0) close(old);
    }
    return entry;
  }
}

function close<Result>(entry: Entry<Result>): void {
  entry.statement.then((s) => s.close()).catch(() => {});
}
