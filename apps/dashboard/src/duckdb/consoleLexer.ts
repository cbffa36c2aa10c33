/**
 * A SQL text cut where DuckDB's lexer (PostgreSQL's, as DuckDB 1.4 and 1.5 keep it) cuts it: into
 * code, quoted runs and comments. Only the boundaries matter here, so a quoted run keeps its
 * quotes and prefix and nothing is unescaped.
 */
export interface SqlSpan {
  kind: "code" | "quoted" | "comment";
  start: number;
  end: number;
  /** False when the text ends inside the run: DuckDB would refuse it as unterminated. */
  closed: boolean;
}

/**
 * A number as DuckDB's lexer takes it (`1_000`, `1.5`, `.5`, `1e5`): after one, `E'…'` and `$$…$$`
 * start strings (`select 1E'x'` is 1 then the string), where after a letter they extend a name.
 */
const NUMBER = /(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][-+]?\d(?:_?\d)*)?/y;
/** A name, which may hold `$` and any character past ASCII: `a$$b$$` and `namE'x'` start no string. */
const NAME = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y;
/** A dollar quote's delimiter, `$$` or `$tag$`; the tag is case-sensitive and starts with no digit. */
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
/**
 * Between a closing quote and the next opening one, whitespace with a line break (and any `--`
 * comments) joins two strings into one, and an escape string's second part reads escapes too:
 * `E'a'⏎'\''` is "a'" in DuckDB.
 */
const CONTINUATION = /(?:[ \t\f]|--[^\n\r]*)*[\n\r](?:[ \t\n\r\f]|--[^\n\r]*[\n\r])*'/y;
/** A `--` comment ends at either line break. */
const LINE_END = /[\n\r]/g;

export function spansOf(sql: string): SqlSpan[] {
  const spans: SqlSpan[] = [];
  let code = 0;
  let i = 0;
  const take = (kind: SqlSpan["kind"], start: number, end: number) => {
    if (code < start) spans.push({ kind: "code", start: code, end: start, closed: true });
    spans.push({ kind, start, end: end === -1 ? sql.length : end, closed: end !== -1 });
    code = i = end === -1 ? sql.length : end;
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "'") take("quoted", i, stringEnd(sql, i + 1, false));
    else if (c === '"') take("quoted", i, identifierEnd(sql, i + 1));
    else if (c === "-" && next === "-") {
      LINE_END.lastIndex = i;
      take("comment", i, LINE_END.exec(sql)?.index ?? sql.length);
    } else if (c === "/" && next === "*") take("comment", i, commentEnd(sql, i + 2));
    else if (c === "$") {
      const tag = stickyMatch(DOLLAR_TAG, sql, i);
      if (tag === null) i++;
      else {
        const close = sql.indexOf(tag, i + tag.length);
        take("quoted", i, close === -1 ? -1 : close + tag.length);
      }
    } else {
      const number = stickyMatch(NUMBER, sql, i);
      const name = number === null ? stickyMatch(NAME, sql, i) : null;
      const word = number ?? name;
      if (word === null) i++;
      else if ((name === "E" || name === "e") && sql[i + 1] === "'")
        take("quoted", i, stringEnd(sql, i + 2, true));
      else i += word.length;
    }
  }
  if (code < sql.length) spans.push({ kind: "code", start: code, end: sql.length, closed: true });
  return spans;
}

function stickyMatch(pattern: RegExp, sql: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(sql)?.[0] ?? null;
}

/**
 * Where a string whose text starts at `from` ends (after its closing quote), or -1. A doubled quote
 * is a quote; in an escape string (`escapes`) a backslash takes the next character as it is, so
 * `E'it\'s'` is one string where a plain `'a\'` ends at its backslash's quote.
 */
function stringEnd(sql: string, from: number, escapes: boolean): number {
  let i = from;
  while (i < sql.length) {
    const c = sql[i]!;
    if (escapes && c === "\\") i += 2;
    else if (c !== "'") i++;
    else if (sql[i + 1] === "'") i += 2;
    else {
      CONTINUATION.lastIndex = i + 1;
      if (!CONTINUATION.test(sql)) return i + 1;
      i = CONTINUATION.lastIndex;
    }
  }
  return -1;
}

/** Where a quoted name whose text starts at `from` ends, or -1; a doubled quote is a quote. */
function identifierEnd(sql: string, from: number): number {
  let i = from;
  for (;;) {
    const close = sql.indexOf('"', i);
    if (close === -1) return -1;
    if (sql[close + 1] !== '"') return close + 1;
    i = close + 2;
  }
}

/** Where a block comment whose text starts at `from` ends, or -1. Block comments nest in DuckDB. */
function commentEnd(sql: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < sql.length) {
    if (sql.startsWith("/*", i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith("*/", i)) {
      i += 2;
      if (--depth === 0) return i;
    } else i++;
  }
  return -1;
}
