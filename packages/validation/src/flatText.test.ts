import { describe, expect, it } from "vitest";
import { flat } from "./flatText.js";

describe("flat", () => {
  it("reads as the template literal reads", () => {
    const a = "repatriation-2023-10-09";
    const n = 2.45;
    const none = null;
    expect(flat`${a} / ${n}: ${none}, ${undefined}`).toBe(`${a} / ${n}: ${none}, ${undefined}`);
    expect(flat`no values`).toBe("no values");
    expect(flat`${"only"}`).toBe("only");
    // Whitespace at either end is kept, as the literal keeps it.
    expect(flat` ${a} `).toBe(` ${a} `);
    expect(flat`${"\n"}x${" "}`).toBe("\nx ");
  });
});
