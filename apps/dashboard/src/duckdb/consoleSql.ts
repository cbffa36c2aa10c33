/**
 * The console's reading of what was typed: the statements (split on `;` outside quotes and
 * comments, as DuckDB reads them) and whether any of them may not run here.
 */

import { type SqlSpan, spansOf } from "./consoleLexer.js";

/** One statement of a text, trimmed, and where it starts in that text. */
export interface Statement {
  sql: string;
  /** The offset of the statement's first character in the text it was cut from. */
  start: number;
}

/**
 * `text` cut into statements, each trimmed, empty ones dropped; quotes and comments kept intact.
 * A `;` cuts only where DuckDB reads code, not inside `E'…'`, `$$…$$` or a nested comment.
 */
export function splitStatements(text: string): string[] {
  return statementsOf(text).map((s) => s.sql);
}

/**
 * splitStatements with each statement's offset in `text`: DuckDB reports a failing statement's
 * LINE counting from the statement's own start, which the editor shows further down.
 */
export function statementsOf(text: string): Statement[] {
  const cuts: [number, number][] = [];
  let start = 0;
  for (const span of spansOf(text)) {
    if (span.kind !== "code") continue;
    for (let i = text.indexOf(";", span.start); i !== -1 && i < span.end; i = text.indexOf(";", i + 1)) {
      cuts.push([start, i]);
      start = i + 1;
    }
  }
  cuts.push([start, text.length]);
  return cuts
    .map(([from, to]) => {
      const raw = text.slice(from, to);
      return { sql: raw.trim(), start: from + raw.length - raw.trimStart().length };
    })
    .filter((s) => blanked(s.sql, ["comment"]).trim() !== "");
}

/** `statement` with its runs of the given kinds each made one space. */
function blanked(statement: string, kinds: readonly SqlSpan["kind"][]): string {
  return spansOf(statement)
    .map((span) => (kinds.includes(span.kind) ? " " : statement.slice(span.start, span.end)))
    .join("");
}

/**
 * Starts of statements that give rows and change nothing (also one in parentheses); `call` runs a
 * table function (`call duckdb_functions()`).
 */
const READS =
  /^(?:\(\s*)*(?:select|with|from|values|table|show|describe|desc|summarize|pivot|unpivot|explain|call)\b/i;
/**
 * A statement word by which one that starts as a read changes a table after all: after a CTE's
 * closing parenthesis (`with … ) insert`) or `explain analyze`. Only there, so a column named
 * `copy` or `update` is no write (a review found `select copy from t` refused its download).
 */
const WRITES =
  /(?:\)\s*|\banalyze\s+)(?:insert|update|delete|merge|create|drop|alter|copy|attach|detach|truncate|import|export)\b/i;
/**
 * Functions that give other values each time (`nextval`, `random`; DuckDB's VOLATILE functions and
 * the clock): run again, other rows. Only as calls, a name and then "(", so a column named `now`
 * is no call (a review found `select i as now …` refused its download).
 */
const VOLATILE_CALL =
  /\b(?:nextval|currval|random|setseed|uuid|uuidv4|uuidv7|gen_random_uuid|now|get_current_timestamp|transaction_timestamp|current_query|current_query_id|current_transaction_id|current_connection_id)\s*\(/i;
/** SQL's special values, which DuckDB reads as the clock with no parentheses at all. */
const CLOCK = /\b(?:current_timestamp|current_date|current_time|localtimestamp|localtime)\b/i;
/** A sampling clause (`using sample 10%`, `tablesample bernoulli(5%)`): without a seed, other rows each run. */
const SAMPLE = /\b(?:using\s+sample|tablesample)\b/gi;
/** A sample's seed: `repeatable (42)`, or the method and seed in one `(bernoulli, 7)`. */
const SAMPLE_SEED = /\brepeatable\s*\(|\(\s*(?:bernoulli|system|reservoir)\s*,\s*\d+\s*\)/gi;

/** Whether running `bare` (quotes and comments blanked) again may give other rows. */
function volatile(bare: string): boolean {
  if (VOLATILE_CALL.test(bare) || CLOCK.test(bare)) return true;
  // Every sample must have its own seed (a review: `using sample 1500 rows` wrote another sample).
  return (bare.match(SAMPLE)?.length ?? 0) > (bare.match(SAMPLE_SEED)?.length ?? 0);
}

/**
 * Whether `statement` only reads and gives the same rows each time, so running it again gives the
 * rows shown and changes nothing. Unsure cases answer false: the caller then does not run it again.
 */
export function onlyReads(statement: string): boolean {
  // A quote or comment left open is one DuckDB did not read as here (it refuses those): unsure.
  if (spansOf(statement).some((span) => !span.closed)) return false;
  const bare = blanked(statement, ["quoted", "comment"]).trim();
  return READS.test(bare) && !WRITES.test(bare) && !volatile(bare);
}

/** Statement starts the console refuses: extensions are never installed or loaded here. */
const REFUSED = /^(?:force\s+)?(install|load)\b/i;

/**
 * Why the text may not run (a message for the user), or null when it may. DuckDB-WASM would
 * otherwise report `INSTALL httpfs` as a success although nothing can be downloaded.
 */
export function refusal(text: string): string | null {
  for (const statement of splitStatements(text)) {
    const m = REFUSED.exec(blanked(statement, ["comment"]).trim());
    if (m)
      return `${m[1]!.toUpperCase()} is not available in this console: it works offline on the release's own tables, and extensions are never installed or loaded. Query the release's tables, named above the editor, directly.`;
  }
  return null;
}

/** A text the console would not run, with the reason as its message. */
export class Refused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Refused";
  }
}
