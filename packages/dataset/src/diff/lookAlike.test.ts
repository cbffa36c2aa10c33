import { describe, expect, it } from "vitest";
import { tinyTables } from "../__fixtures__/tinyDataset.js";
import { describeDiff } from "./describeDiff.js";
import { diffReleases } from "./diffReleases.js";
import { lookAlike, spacesShown } from "./lookAlike.js";

describe("lookAlike", () => {
  it("holds for strings that differ only in their kinds of white space", () => {
    expect(lookAlike("Seven North Koreans", "Seven North\u00a0Koreans")).toBe(true);
    expect(lookAlike("2 600", "2\u202f600")).toBe(true);
    expect(lookAlike("a\tb", "a b")).toBe(true);
  });

  it("does not hold for equal strings, other changes, or values that are not strings", () => {
    expect(lookAlike("a b", "a b")).toBe(false);
    expect(lookAlike("a b", "a  b")).toBe(false);
    expect(lookAlike("about 200", "about\u00a0300")).toBe(false);
    expect(lookAlike(null, " ")).toBe(false);
    expect(lookAlike(1, "1")).toBe(false);
  });

  it("shows white space other than a plain space as escapes", () => {
    expect(spacesShown("North\u00a0Koreans in\u2009July")).toBe("North\\u00a0Koreans in\\u2009July");
    expect(spacesShown("plain words")).toBe("plain words");
  });
});

describe("describeDiff with look-alike sides", () => {
  it("shows the no-break spaces of a mended quote instead of one sentence on both sides", () => {
    const before = tinyTables();
    const after = tinyTables();
    const quote = before.claims[0]!.quote;
    const id = before.claims[0]!.claim_id;
    expect(quote).toContain(" ");
    const mended = quote.replace(" ", "\u00a0");
    after.claims[0] = { ...after.claims[0]!, quote: mended };
    const [line] = describeDiff(diffReleases(before, after));
    expect(line).toBe(
      `claims: 1 changed (${id}: quote ${JSON.stringify(quote)} → ${JSON.stringify(quote).replace(" ", "\\u00a0")})`,
    );
  });

  it("leaves a no-break space alone where the change is in the words", () => {
    const before = tinyTables();
    const after = tinyTables();
    after.claims[0] = { ...after.claims[0]!, quote: "about\u00a0300 people" };
    expect(describeDiff(diffReleases(before, after))[0]).toContain('→ "about\u00a0300 people"');
  });
});
