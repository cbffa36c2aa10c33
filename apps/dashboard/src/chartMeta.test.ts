import type { ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { chartMeta } from "./chartMeta.js";
import { claim } from "./testing/claimView.js";

describe("chartMeta", () => {
  it("credits a relayed figure to whom it is attributed and who first reported it, not to the relaying outlet alone", () => {
    const liaoning = [
      claim({
        claim_id: "c014",
        outlet: "Radio Free Asia",
        attributed_to: "South Korean sources",
        published: "2019-08-08",
        published_inferred: false,
      }),
      claim({
        claim_id: "c015",
        outlet: "Radio Free Asia",
        attributed_to: "an activist who helps defectors",
        first_reported_by: "Chosun Ilbo",
        published: "2019-08-08",
        published_inferred: false,
      }),
    ];
    const index = { name: "tally-nk" } as ReleaseIndex;
    const meta = chartMeta("Liaoning", liaoning, {
      index,
      version: "1.1.0",
      base: "https://tally.example.org/data",
      summary: { licenses: [{ name: "CC-BY-4.0" }] } as ReleaseSummary,
    });
    expect(meta.attribution).toBe(
      "Sources: Radio Free Asia (2019-08-08) citing South Korean sources and an activist who helps defectors (first reported by Chosun Ilbo)",
    );
  });

  it("names in the image the licence the shown release declares (a fixture's CC0, not CC BY 4.0)", () => {
    const at = {
      index: { name: "tally-synthetic-e2e" } as ReleaseIndex,
      version: "1.1.0",
      base: "http://127.0.0.1:4173/e2e-data",
    };
    const cc0 = chartMeta("x", [claim({})], {
      ...at,
      summary: { licenses: [{ name: "CC0-1.0", title: "Creative Commons Zero" }] } as ReleaseSummary,
    });
    expect(cc0.licence).toBe("CC0 1.0");
    expect(chartMeta("x", [claim({})], { ...at, summary: {} as ReleaseSummary }).licence).toBe(
      "as its datapackage.json declares",
    );
  });
});
