import { describe, expect, it } from "vitest";
import { cutIndex, shortened } from "./shortened.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("shortened", () => {
  it("leaves a text that fits alone and cuts a longer one with an ellipsis", () => {
    expect(shortened("Daily NK", 8)).toBe("Daily NK");
    expect(shortened("Daily NK", 5)).toBe("Daily…");
  });

  it("never parts a surrogate pair: the whole emoji goes when only its first half would fit", () => {
    expect(shortened("ab😀cd", 3)).toBe("ab…");
    expect(shortened("ab😀cd", 4)).toBe("ab😀…");
    expect(shortened("ab😀cd", 2)).toBe("ab…");
    for (let max = 1; max < 8; max++) {
      const cut = shortened("😀a😀😀b", max);
      expect(cut, `max ${max}`).not.toMatch(LONE_SURROGATE);
      expect(cut.length - 1).toBeLessThanOrEqual(max);
    }
  });

  it("gives the index a caller slices at itself", () => {
    expect(cutIndex("x😀", 2)).toBe(1);
    expect(cutIndex("x😀", 3)).toBe(3);
    expect(cutIndex("xyz", 10)).toBe(3);
  });
});
