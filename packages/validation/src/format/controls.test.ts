import { describe, expect, it } from "vitest";
import { finding, runOf } from "./__fixtures__/hostile.js";
import { formatReport } from "./index.js";

// An outside review: ESC, BEL, NUL and BS in a party's name went raw into the github annotations
// (a coloured CI log) and the markdown report, while the text report showed them as escapes.
const CONTROLS = ["\u001b", "\u0007", "\u0000", "\u0008", "\u007f", "\u009b"];
// Characters that print as nothing, so that two names differing by one read the same.
// A later review: the combining grapheme joiner, a variation selector, the Hangul filler, the
// Arabic letter mark, the Mongolian vowel separator, an interlinear annotation mark and a tag
// character still printed raw.
const INVISIBLE = [
  "\u200b",
  "\u00ad",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u034f",
  "\ufe0f",
  "\u3164",
  "\u061c",
  "\u180e",
  "\ufff9",
  "\u{e0041}",
];

const hex = (c: string) => {
  const n = c.codePointAt(0)!;
  return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, "0")}`;
};

describe("control and invisible characters from data", () => {
  for (const format of ["text", "github", "markdown"] as const)
    it(`are shown as escapes in ${format}`, () => {
      const message = `Daily${CONTROLS.join("")}[31m NK${INVISIBLE.join("")}`;
      const f = finding("warning", { message, file: "claims.csv", line: 2, column: "attributed_to" });
      const report = formatReport([runOf([f])], format);
      for (const c of [...CONTROLS, ...INVISIBLE]) {
        expect(report, hex(c)).not.toContain(c);
        expect(report).toContain(hex(c));
      }
    });

  it("are shown as escapes in junit, where XML cannot hold C0 controls at all", () => {
    const f = finding("error", {
      message: `Daily${CONTROLS.join("")}NK${INVISIBLE.join("")} \u0085a\u2028b\u2029c`,
    });
    const report = formatReport([runOf([f])], "junit");
    for (const c of [...CONTROLS, "\u0085", "\u2028", "\u2029"]) expect(report, hex(c)).not.toContain(c);
    // The C0 controls as U+FFFD (XML has no way to hold them); DEL and the C1 controls as escapes.
    expect(report).toContain("Daily\uFFFD\uFFFD\uFFFD\uFFFD\\u007f\\u009bNK");
    expect(report).toContain("\\u0085a&#8232;b&#8233;c");
    for (const c of INVISIBLE) expect(report).toContain(hex(c));
  });

  it("stay in JSON, whose readers get the value as written", () => {
    const f = finding("error", { message: "Daily\u200bNK\u001b" });
    expect(JSON.parse(formatReport([runOf([f])], "json")).findings[0].message).toBe("Daily\u200bNK\u001b");
  });
});
