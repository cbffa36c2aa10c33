import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "./__fixtures__/dataset.js";
import { claimOrigins } from "./origins.js";

describe("claimOrigins", () => {
  const ds = makeDataset({
    sources: [
      source("dnk", { outlet: "Daily NK" }),
      source("rfa", { outlet: "RFA" }),
      source("amn", { outlet: "AMN" }),
    ],
    claims: [
      claim("a", "about", "200", "200", { source_id: "dnk", attributed_to: "sources" }),
      claim("b", "about", "200", "200", {
        source_id: "rfa",
        attributed_to: "Sources ",
        first_reported_by: "daily nk",
      }),
      claim("c", "about", "600", "600", { source_id: "amn", attributed_to: "Joo Ok-kyung" }),
      claim("d", "about", "600", "600", {
        source_id: "rfa",
        attributed_to: "NK Insider",
        repeats_claim_id: "c",
      }),
      claim("e", "about", "600", "600", { source_id: "rfa", attributed_to: "x", repeats_claim_id: "d" }),
      claim("f", "exact", "1", "1", { source_id: "rfa", attributed_to: "y", repeats_claim_id: "g" }),
      claim("g", "exact", "1", "1", { source_id: "amn", attributed_to: "z", repeats_claim_id: "f" }),
    ],
  });
  const origins = claimOrigins(ds.tables.claims, ds.tables.sources);

  it("is the attributed party and the first-reporting outlet, else the source's outlet", () => {
    expect(origins[0]!.key).toBe(origins[1]!.key);
    expect(origins[0]).toMatchObject({ attributed_to: "sources", outlet: "Daily NK" });
    expect(origins[2]!.key).not.toBe(origins[0]!.key);
  });

  it("is inherited through chains of repeats", () => {
    expect(origins[3]).toEqual(origins[2]);
    expect(origins[4]).toEqual(origins[2]);
  });

  it("stops at a cycle of repeats instead of looping", () => {
    expect(origins[5]!.key === origins[6]!.key).toBe(true);
  });

  it("takes the outlet of the last source with an id used twice", () => {
    const twice = makeDataset({
      sources: [source("s", { outlet: "First" }), source("s", { outlet: "Second" })],
      claims: [claim("a", "exact", "1", "1", { source_id: "s" })],
    });
    expect(claimOrigins(twice.tables.claims, twice.tables.sources)[0]!.outlet).toBe("Second");
  });
});
