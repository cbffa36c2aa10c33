import { statements } from "./consoleCancel.js";

/**
 * A run of the console that failed at one of its statements. The statements before it ran and
 * what they did stays (a CREATE TABLE made its table), and the message's LINE is the editor's:
 * a reader who saw only DuckDB's "LINE 1" looked at the top of the editor for a statement
 * further down, and ran the whole text again, which ran the earlier statements twice.
 */
export class StatementFailed extends Error {
  /**
   * @param message DuckDB's message, its LINE already counted in the editor (see inEditorLines).
   * @param index The failing statement, counting from 1.
   * @param count The statements in the run.
   */
  constructor(
    message: string,
    readonly index: number,
    readonly count: number,
  ) {
    super(message);
    this.name = "StatementFailed";
  }

  /** What the error box is headed: which statement failed, when there were several. */
  get title(): string {
    return this.count === 1 ? "The query failed" : `Statement ${this.index} of ${this.count} failed`;
  }

  /** What ran before the failing statement and what did not run after it; null for a single statement. */
  get ran(): string | null {
    if (this.count === 1) return null;
    const one = this.index === 2;
    const before =
      this.index === 1
        ? "Nothing ran before it."
        : `${statements(1, this.index - 1)} ran before it, and what ${one ? "it" : "they"} changed stays (a table created, rows inserted): running the whole text again runs ${one ? "it" : "them"} again.`;
    const after = this.index === this.count ? "" : ` ${statements(this.index + 1, this.count)} did not run.`;
    return `${before}${after}`;
  }
}

/**
 * DuckDB's excerpt of the failing line ("LINE 2: select x" over a caret line "        ^"), in
 * every place it stands (a parser error gives it twice).
 */
const EXCERPT = /^LINE (\d+): (.*)\n( *)\^/gm;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * `message` with each LINE DuckDB gave, which counts from the start of the statement it ran,
 * counted from the start of `text` instead, where the statement starts at `start`: the line the
 * editor shows. The caret below keeps its column as the number's width changes.
 */
export function inEditorLines(message: string, text: string, start: number): string {
  const above = text.slice(0, start).match(LINE_BREAK)?.length ?? 0;
  if (above === 0) return message;
  return message.replace(EXCERPT, (_all, n: string, excerpt: string, pad: string) => {
    const line = String(Number(n) + above);
    const caretPad = " ".repeat(Math.max(0, pad.length + line.length - n.length));
    return `LINE ${line}: ${excerpt}\n${caretPad}^`;
  });
}

/**
 * A result the console cannot read: its statement ran (earlier ones too), but its ENUM values came
 * without their labels (`enumColumns`). Said, not shown as NULLs nor written so into a CSV.
 */
export class EnumLabelsLost extends Error {
  constructor(readonly columns: readonly string[]) {
    const names = columns.map((c) => `"${c.replaceAll('"', '""')}"`);
    super(
      `${names.length === 1 ? `Column ${names[0]} holds` : `Columns ${names.join(", ")} hold`} ENUM values, which DuckDB-WASM sends to the page without their labels (duckdb-wasm issue 1548): each would show as NULL. Cast ${names.length === 1 ? "it" : "them"} to text to see the values, as in SELECT * REPLACE (${names.map((n) => `${n}::VARCHAR AS ${n}`).join(", ")}) FROM (…).`,
    );
    this.name = "EnumLabelsLost";
  }
}
