import type { ReleaseDiff } from "@tally/dataset/diff";
import { describe, expect, it } from "vitest";
import { renamedClaims } from "./claimRenames.js";

const claim = (claim_id: string, figure: string, quote: string) => ({
  claim_id,
  event_id: "e-1",
  metric: "persons",
  figure_text: figure,
  quote,
});
const diff = (added: object[], removed: object[]) =>
  ({ claims: { added, removed, changed: [] } }) as unknown as ReleaseDiff;

describe("renamedClaims", () => {
  it("pairs a removed and an added claim that differ by id alone, each way", () => {
    const pairs = renamedClaims(
      diff(
        [claim("c-renamed", "12", "12 held"), claim("c-new", "9", "9 held")],
        [claim("c-old", "12", "12 held")],
      ),
    );
    expect([...pairs]).toEqual([
      ["c-renamed", "c-old"],
      ["c-old", "c-renamed"],
    ]);
  });

  it("pairs nothing that differs in any field, and each claim once", () => {
    expect(renamedClaims(diff([claim("c-2", "12", "12 held.")], [claim("c-1", "12", "12 held")])).size).toBe(
      0,
    );
    const twins = renamedClaims(
      diff([claim("a2", "5", "q"), claim("b2", "5", "q")], [claim("a1", "5", "q")]),
    );
    expect(twins.get("a2")).toBe("a1");
    expect(twins.has("b2")).toBe(false);
  });
});
