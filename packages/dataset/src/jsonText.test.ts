import { describe, expect, it } from "vitest";
import { parseJson } from "./jsonText.js";

const reasonOf = (text: string) => {
  const parsed = parseJson(text);
  if (parsed.ok) throw new Error("parsed");
  return parsed.problem;
};

describe("parseJson", () => {
  it("returns the value of valid JSON", () => {
    expect(parseJson('{"a": [1, "b"]}')).toEqual({ ok: true, value: { a: [1, "b"] } });
  });

  it("locates a trailing comma by line and column, not by character position", () => {
    const text = '{\n  "name": "x",\n  "resources": [],\n}\n';
    expect(reasonOf(text)).toBe("not valid JSON at line 4, column 1: Expected double-quoted property name");
  });

  it("locates an unexpected token, which V8 reports with a copy of the text and no position", () => {
    const text = '{\n  "name": "x",\n  "version": 1.0.0\n}';
    const reason = reasonOf(text);
    expect(reason).toMatch(/^not valid JSON at line 3, column 17: /);
    expect(reason).not.toContain("\n");
    expect(reason).not.toContain('"name"');
  });

  it("names a missing comma between properties on the line of the next one", () => {
    expect(reasonOf('{\n "a": "b"\n "c": 1}')).toBe(
      "not valid JSON at line 3, column 2: Expected ',' or '}' after property value",
    );
  });

  it("keeps a reason without a location when the text simply ends", () => {
    expect(reasonOf("")).toMatch(/^not valid JSON( at line 1, column 1)?: Unexpected end of JSON input$/);
  });

  it("refuses a key given twice in one object, where it is given again", () => {
    // An outside review: "version" twice in a descriptor passed, read as the last (9.9.9).
    expect(reasonOf('{\n  "version": "1.0.0",\n  "version": "9.9.9"\n}')).toBe(
      'not valid JSON for Tally at line 3, column 3: the key "version" appears twice in one object, and JSON readers differ on which they keep; give it once',
    );
    // The same key in two objects, or nested, is no repeat.
    expect(parseJson('{"a": {"name": 1}, "b": {"name": 2}, "name": [{"name": 3}]}').ok).toBe(true);
  });

  it("refuses values nested too deeply to walk, in one line, not a stack overflow", () => {
    const deep = `{"name":"x","extra":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(parseJson(deep)).toEqual({
      ok: false,
      problem:
        "not valid JSON for Tally: its values are nested too deeply to read (thousands of arrays or objects inside each other)",
    });
    // A descriptor's own depth is a handful of levels.
    expect(parseJson(`{"a":${"[".repeat(50)}${"]".repeat(50)}}`).ok).toBe(true);
  });

  it("does not let comments through, as JSON.parse does not", () => {
    expect(reasonOf('{"a": 1 // note\n}')).toMatch(/^not valid JSON at line 1, column 9: /);
  });
});
