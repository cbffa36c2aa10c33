import { describe, expect, it } from "vitest";
import { fileSlug } from "./download.js";

describe("fileSlug", () => {
  const title =
    "China forcibly repatriates detained North Koreans through Dandong and Tumen — Repatriated persons: 9 claims compared";

  it("keeps whole words and stops at a word boundary within the limit", () => {
    const slug = fileSlug(title, 60);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("china-forcibly-repatriates-detained-north-koreans-through");
    const words = new Set(title.toLowerCase().split(/[^a-z0-9]+/));
    for (const w of slug.split("-")) expect(words.has(w)).toBe(true);
  });

  it("drops punctuation and accents, and never returns an empty name", () => {
    expect(fileSlug("Émigrés — “about” 200!")).toBe("emigres-about-200");
    expect(fileSlug("——")).toBe("chart");
  });
});
