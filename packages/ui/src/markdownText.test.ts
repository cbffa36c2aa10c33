import { describe, expect, it } from "vitest";
import { markdownLine, markdownText } from "./markdownText.js";

describe("markdownText", () => {
  it("escapes HTML, so a renderer prints the tags an outside audit put in a title as text", () => {
    expect(markdownText('<img src=x onerror="window.__xss=1">Event & "quotes"')).toBe(
      '\\<img src=x onerror="window.\\_\\_xss=1"\\>Event \\& "quotes"',
    );
    expect(markdownText('<svg onload="alert(1)">Evil &amp; Co</svg>')).toBe(
      '\\<svg onload="alert(1)"\\>Evil \\&amp; Co\\</svg\\>',
    );
  });

  it("escapes the marks of code, emphasis, links, headings, tables and math", () => {
    expect(markdownText("`x` *a* ~~b~~ [c](d) ![e](f) g # h | i $j$ \\k")).toBe(
      "\\`x\\` \\*a\\* \\~\\~b\\~\\~ \\[c\\](d) !\\[e\\](f) g \\# h \\| i \\$j\\$ \\\\k",
    );
    // `_` opens emphasis only at a word's edge: ids keep theirs as written.
    expect(markdownText("persons_detained _x_")).toBe("persons_detained \\_x\\_");
  });

  it("keeps a value on its line, with no start that begins a block", () => {
    expect(markdownText("a\nb\r\nc\u2028d")).toBe("a b c d");
    expect(markdownLine("    code")).toBe("code");
    for (const [text, escaped] of [
      ["- item", "\\- item"],
      ["+ item", "\\+ item"],
      ["===", "\\==="],
      ["> quote", "\\> quote"],
      ["# heading", "\\# heading"],
      ["1. first", "1\\. first"],
      ["2) second", "2\\) second"],
      ["2023-10-09, Daily NK", "2023-10-09, Daily NK"],
    ])
      expect(markdownLine(text!)).toBe(escaped);
    // Within a line those starts are text: a version stays "1.2.0".
    expect(markdownText("1.2.0")).toBe("1.2.0");
  });

  it("leaves the rest as written, so the file reads plainly", () => {
    for (const text of [
      "Dataset tally-nk@1.2.0, exported 2026-11-29.",
      "https://tally.example.org/data/releases/1.2.0/",
      "Data from http://127.0.0.1:4173/e2e-data/ranges, not the published release.",
      "Sources: Daily NK (2023-10-10) citing South Korea's Unification Ministry; NK Insider",
      "إعادة قسرية 🔥 Jan–Jun 2018",
    ])
      expect(markdownLine(text)).toBe(text);
  });
});
