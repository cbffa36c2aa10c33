import { describe, expect, it } from "vitest";
import { inEditorLines, StatementFailed } from "./consoleFailure.js";

// DuckDB's messages as its Node build gives them for the statement on its own.
const BINDER =
  'Binder Error: Referenced column "nosuch" not found in FROM clause!\nCandidate bindings: "range"\n\nLINE 2:   nosuch\n          ^';
const PARSER =
  'Parser Error: syntax error at or near "selec"\n\nLINE 1: selec 1\n        ^\n\nLINE 1: selec 1\n        ^';

describe("inEditorLines", () => {
  it("counts DuckDB's LINE from the top of the editor, the caret kept under its character", () => {
    const text = `${"select 1;\n".repeat(8)}select 1,\n  nosuch\nfrom range(3)`;
    const start = text.lastIndexOf("select 1,");
    const message = inEditorLines(BINDER, text, start);
    expect(message).toBe(
      'Binder Error: Referenced column "nosuch" not found in FROM clause!\nCandidate bindings: "range"\n\nLINE 10:   nosuch\n           ^',
    );
    // Line 10 of the editor is the one DuckDB quoted, and the caret stands under its "n".
    const [, excerpt, caret] = /LINE 10: (.*)\n( *)\^/.exec(message)!;
    expect(text.split("\n")[9]).toBe(excerpt);
    expect(caret!.length - "LINE 10: ".length).toBe(excerpt!.indexOf("nosuch"));
  });

  it("changes every excerpt of the message, and a statement on the first line not at all", () => {
    expect(inEditorLines(PARSER, "select 1;\n\nselec 1", 11)).toBe(PARSER.replaceAll("LINE 1:", "LINE 3:"));
    // A second statement on the editor's first line: its LINE 1 is the editor's too.
    expect(inEditorLines(PARSER, "select 1; selec 1", 10)).toBe(PARSER);
  });
});

describe("StatementFailed", () => {
  it("says which statement of several failed, that the ones before it ran and the ones after did not", () => {
    expect(new StatementFailed("x", 1, 1).title).toBe("The query failed");
    expect(new StatementFailed("x", 1, 1).ran).toBeNull();
    expect(new StatementFailed("x", 2, 3).title).toBe("Statement 2 of 3 failed");
    expect(new StatementFailed("x", 2, 3).ran).toBe(
      "Statement 1 ran before it, and what it changed stays (a table created, rows inserted): running the whole text again runs it again. Statement 3 did not run.",
    );
    expect(new StatementFailed("x", 3, 3).ran).toBe(
      "Statements 1 and 2 ran before it, and what they changed stays (a table created, rows inserted): running the whole text again runs them again.",
    );
    expect(new StatementFailed("x", 1, 4).ran).toBe("Nothing ran before it. Statements 2 to 4 did not run.");
  });
});
