import { describe, expect, it } from "vitest";
import { finding, HOSTILE, runOf } from "./__fixtures__/hostile.js";
import { formatReport } from "./index.js";

describe("text report", () => {
  it("prints one finding a line whatever its fields hold, control characters visible", () => {
    const f = finding("error", { message: HOSTILE, file: "a\n::error::b.csv", line: 3, column: "c\rd" });
    const lines = formatReport([runOf([f], "lab\nel")], "text").split("\n");
    // The count line, the finding, the totals and the final newline's empty string.
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("lab\\nel: 1 error, 0 warnings, 0 infos");
    expect(lines[1]).toBe(
      "  error   integrity      a\\n::error::b.csv:3 (column c\\rd): " +
        "ok\\n::error::pwned\\r::warning::cr</details><b>bold</b> (--corpus <dir>) | & \\u001b[31m",
    );
    for (const line of lines) {
      expect(line).not.toMatch(/^::/);
      expect(line).not.toContain("\r");
      expect(line).not.toContain("\u001b");
    }
  });

  it("names a column whose header cell is empty as unnamed", () => {
    // An outside review: a trailing delimiter in a header gave "(column )".
    const f = finding("error", { message: "m", file: "events.csv", line: 2, row: 1, column: "" });
    expect(formatReport([runOf([f])], "text")).toContain("events.csv:2 (row 1, an unnamed column): m");
  });

  it("keeps tabs, NEL, LS and PS off the line as escapes too", () => {
    const f = finding("info", { message: "a\tb\u0085c\u2028d\u2029e\u007f" });
    expect(formatReport([runOf([f])], "text")).toContain("a\\tb\\u0085c\\u2028d\\u2029e\\u007f\n");
  });
});
