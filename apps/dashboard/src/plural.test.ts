import { describe, expect, it } from "vitest";
import { countOf } from "./plural.js";

describe("countOf", () => {
  it("agrees the noun with the count", () => {
    expect(countOf(1, "claim")).toBe("1 claim");
    expect(countOf(0, "claim")).toBe("0 claims");
    expect(countOf(2, "claim")).toBe("2 claims");
    expect(countOf(1, "entry", "entries")).toBe("1 entry");
    expect(countOf(3, "entry", "entries")).toBe("3 entries");
  });

  it("groups thousands", () => {
    expect(countOf(21000, "claim")).toBe("21,000 claims");
  });
});
