import { FSI, PDI } from "@tally/ui";
import { describe, expect, it } from "vitest";
import { LINK_VALUE_CHARS, linkValue } from "./linkValue.js";

describe("linkValue", () => {
  it("shows a link's bidirectional controls as escapes, so they cannot turn the notice around", () => {
    expect(linkValue("\u202Ec001")).toBe("\\u202ec001");
    expect(linkValue("\u202Eevil\u202C")).toBe("\\u202eevil\\u202c");
    expect(linkValue("a\u2067b\u2069\u200F")).toBe("a\\u2067b\\u2069\\u200f");
  });

  it("isolates a right-to-left value and leaves other text, joiners included, as it is", () => {
    expect(linkValue("الجزيرة")).toBe(`${FSI}الجزيرة${PDI}`);
    expect(linkValue("c001")).toBe("c001");
    expect(linkValue("می\u200Cخواهم")).toBe(`${FSI}می\u200Cخواهم${PDI}`);
  });

  it("prints the start of a long value, not all of it", () => {
    expect(linkValue("A".repeat(5000))).toBe(`${"A".repeat(LINK_VALUE_CHARS)}…`);
  });
});
