/**
 * The console's reading of what was typed: the statements (split on `;` outside quotes and
 * comments) and whether any of them may not run here.
 */

/** `text` cut into statements, each trimmed, empty ones dropped; quotes and comments kept intact. */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === "'" || c === '"') {
      // A doubled quote inside a quoted run is the quote itself; both cases just continue the run.
      i = text.indexOf(c, i + 1);
      if (i === -1) break;
      i++;
    } else if (c === "-" && next === "-") {
      i = text.indexOf("\n", i);
      if (i === -1) break;
    } else if (c === "/" && next === "*") {
      i = text.indexOf("*/", i + 2);
      if (i === -1) break;
      i += 2;
    } else if (c === ";") {
      out.push(text.slice(start, i));
      start = ++i;
    } else i++;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => stripComments(s).trim() !== "");
}

function stripComments(statement: string): string {
  return statement.replace(/--[^\n]*/g, " ").replace(/\/\*[\s\S]*?\*\//g, " ");
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
/** Functions that give other values each time (`nextval`, `random`): run again, other rows. */
const VOLATILE =
  /\b(?:nextval|currval|random|uuid|gen_random_uuid|setseed|now|current_timestamp|get_current_time)\b/i;

/**
 * Whether `statement` only reads and gives the same rows each time, so running it again gives the
 * rows shown and changes nothing. Unsure cases answer false: the caller then does not run it again.
 */
export function onlyReads(statement: string): boolean {
  const bare = bareWords(statement).trim();
  return READS.test(bare) && !WRITES.test(bare) && !VOLATILE.test(bare);
}

/** `statement` with its quoted runs and comments blanked, leaving only its SQL words to read. */
function bareWords(statement: string): string {
  return statement.replace(/'(?:[^']|'')*'?|"(?:[^"]|"")*"?|--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g, " ");
}

/** Statement starts the console refuses: extensions are never installed or loaded here. */
const REFUSED = /^(?:force\s+)?(install|load)\b/i;

/**
 * Why the text may not run (a message for the user), or null when it may. DuckDB-WASM would
 * otherwise report `INSTALL httpfs` as a success although nothing can be downloaded.
 */
export function refusal(text: string): string | null {
  for (const statement of splitStatements(text)) {
    const m = REFUSED.exec(stripComments(statement).trim());
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
