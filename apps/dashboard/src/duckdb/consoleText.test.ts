import { describe, expect, it } from "vitest";
import { editorText, FIRST_QUERY } from "./consoleText.js";

describe("the console editor's text", () => {
  it("is the address's text when the address holds one, over a later run's text", () => {
    // Back to an earlier run's address showed the last run's text under it (an outside audit).
    expect(editorText("select 1", null, "select 2")).toBe("select 1");
  });

  it("is a draft typed over that same address, so Forward after typing loses nothing", () => {
    expect(editorText("select 1", { text: "select 1 + 1", over: "select 1" }, "select 1")).toBe(
      "select 1 + 1",
    );
  });

  it("is the address's text when a draft was typed over another address", () => {
    expect(editorText("select 1", { text: "select 3", over: "select 2" }, "select 2")).toBe("select 1");
    expect(editorText("select 1", { text: "select 3", over: null }, null)).toBe("select 1");
  });

  it("without an address, is the draft, else the last run, else the first query", () => {
    // Typed text that was never run was lost on leaving the view (an outside audit).
    expect(editorText(null, { text: "select 3", over: "select 2" }, "select 2")).toBe("select 3");
    expect(editorText(null, null, "select 2")).toBe("select 2");
    expect(editorText(null, null, null)).toBe(FIRST_QUERY);
  });

  it("keeps an empty draft empty: clearing the editor is a choice, not a missing text", () => {
    expect(editorText(null, { text: "", over: null }, "select 2")).toBe("");
  });
});
