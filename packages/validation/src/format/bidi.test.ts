import { describe, expect, it } from "vitest";
import { finding, runOf } from "./__fixtures__/hostile.js";
import { formatReport } from "./index.js";

// Each bidirectional embedding, override and isolate, in a figure that would read backwards.
const CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];

describe("bidirectional controls from data", () => {
  for (const format of ["text", "github", "markdown", "junit"] as const)
    it(`are shown as escapes in ${format}, so no value reorders the finding it is printed in`, () => {
      const message = CONTROLS.map((c) => `${c}005 = tnuoc`).join(" ");
      const f = finding("error", { message, file: "claims.csv", line: 2, column: "figure\u202etext" });
      const report = formatReport([runOf([f])], format);
      for (const c of CONTROLS) {
        expect(report, `U+${c.codePointAt(0)!.toString(16)}`).not.toContain(c);
        expect(report).toContain(`\\u${c.codePointAt(0)!.toString(16)}005 = tnuoc`);
      }
    });

  it("stay in JSON, whose readers get the value as written", () => {
    const f = finding("error", { message: "\u202e005" });
    expect(JSON.parse(formatReport([runOf([f])], "json")).findings[0].message).toBe("\u202e005");
  });
});
