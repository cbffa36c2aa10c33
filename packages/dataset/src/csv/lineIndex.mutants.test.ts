import { describe, expect, it } from "vitest";
import { LineIndex } from "./lineIndex.js";

const index = (s: string) => new LineIndex(new TextEncoder().encode(s));

describe("LineIndex", () => {
  it("ends a line at \\n, \\r\\n and a lone \\r", () => {
    const lines = index("a\nb\r\nc\rd");
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((o) => lines.lineAt(o))).toEqual([1, 1, 2, 2, 2, 3, 3, 4]);
  });

  it("gives the line of the last byte that is not a line break, however many breaks end the input", () => {
    expect(index("a\n").lastLine()).toBe(1);
    expect(index("a\n\n").lastLine()).toBe(1);
    expect(index("a\r\n\r\n").lastLine()).toBe(1);
    expect(index("a\nb\r\r\n\n").lastLine()).toBe(2);
    expect(index("\n\n").lastLine()).toBe(1);
  });

  it("skips the line breaks at an offset, and stops at the end of the input", () => {
    const lines = index("a\r\n\nb\n\r");
    expect(lines.skipLineBreaks(0)).toBe(0);
    expect(lines.skipLineBreaks(1)).toBe(4);
    expect(lines.skipLineBreaks(5)).toBe(7);
  });
});
