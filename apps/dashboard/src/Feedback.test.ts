import { describe, expect, it } from "vitest";
import { errorMessage, pointsAtColumn } from "./Feedback.js";

describe("errorMessage", () => {
  it("reads DuckDB-WASM's JSON errors as their type and message, line breaks kept", () => {
    // What the console showed an outside review for "selec nonsense".
    const raw = JSON.stringify({
      exception_type: "Parser",
      exception_message: 'syntax error at or near "selec"\n\nLINE 1: selec nonsense\n        ^',
    });
    expect(errorMessage(new Error(raw))).toBe(
      'Parser error: syntax error at or near "selec"\n\nLINE 1: selec nonsense\n        ^',
    );
  });

  it("leaves any other message as it is, JSON or not", () => {
    expect(errorMessage(new Error("Could not reach x"))).toBe("Could not reach x");
    expect(errorMessage(new Error("{not json"))).toBe("{not json");
    expect(errorMessage(new Error('{"other":1}'))).toBe('{"other":1}');
    expect(errorMessage("plain")).toBe("plain");
  });
});

describe("pointsAtColumn", () => {
  it("knows a message whose caret points into the line above, to show it in a fixed-width font", () => {
    expect(
      pointsAtColumn('Parser error: syntax error at or near "selec"\n\nLINE 1: selec nonsense\n        ^'),
    ).toBe(true);
    expect(pointsAtColumn("LINE 1: x\n  ^\nmore")).toBe(true);
    expect(pointsAtColumn("Could not reach x")).toBe(false);
    expect(pointsAtColumn("2 ^ 3 is not SQL")).toBe(false);
  });
});
