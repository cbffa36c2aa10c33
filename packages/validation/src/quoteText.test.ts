import { describe, expect, it } from "vitest";
import { containsWhole } from "./quoteText.js";

describe("containsWhole", () => {
  it("finds a figure or quote standing as whole words and numbers", () => {
    for (const [text, part] of [
      ["about 200 people", "200"],
      ["sent back 200.", "200"],
      ["($200)", "200"],
      ["200% of", "200"],
      ["200-300 people", "200"],
      ["between 200 and 300", "between 200 and 300"],
      ["3.5 years", "3.5"],
      ["1,200,000 people", "1,200,000"],
      ["2000 and then 200 more", "200"],
      ["seven were", "seven"],
      ["“About 80% of them”", "About 80%"],
      ["~50 people", "~50"],
    ] as const)
      expect(containsWhole(text, part), `${part} in ${text}`).toBe(true);
  });

  it("does not find a number inside a longer number, nor a word inside a longer word", () => {
    for (const [text, part] of [
      ["Police said 2000 people", "200"],
      ["Police said 2000 people", "000"],
      ["3.5 years", "5"],
      ["3.5 years", "3"],
      ["ages 12-15", "2-15"],
      ["1,200,000 people", "200,000"],
      ["1,0000 people", "1,000"],
      ["2'600 people", "600"],
      ["seventeen were", "seven"],
      ["thousands fled", "thousand"],
      ["the 60 were held", "he 60 were held"],
    ] as const)
      expect(containsWhole(text, part), `${part} in ${text}`).toBe(false);
  });
});
