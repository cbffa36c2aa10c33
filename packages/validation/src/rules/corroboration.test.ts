import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "../__fixtures__/dataset.js";
import { corroboration } from "./corroboration.js";

describe("corroboration", () => {
  it("counts an origin repeated by several articles once", () => {
    const ds = makeDataset({
      sources: [
        source("dnk"),
        source("rfa", { outlet: "RFA" }),
        source("amn", { outlet: "AMN", via: "RFA" }),
      ],
      claims: [
        claim("a", "about", "200", "200", { source_id: "dnk" }),
        claim("b", "about", "200", "200", { source_id: "rfa", repeats_claim_id: "a" }),
        claim("c", "about", "200", "200", { source_id: "amn", first_reported_by: "Daily NK" }),
      ],
    });
    const [f] = corroboration.check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 });
    expect(f).toMatchObject({
      severity: "info",
      event_id: "e1",
      metric: "persons",
      claim_ids: ["a", "b", "c"],
    });
    expect(f!.details).toMatchObject({
      claims: 3,
      origins: [{ attributed_to: "sources", outlet: "Daily NK" }],
    });
    expect(f!.message).toContain("1 independent origin among 3 claims");
  });

  it("counts different attributed parties as different origins", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "about", "200", "200", { attributed_to: "sources" }),
        claim("b", "between", "200", "300", { attributed_to: "a source in China" }),
      ],
    });
    const [f] = corroboration.check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 });
    expect((f!.details!.origins as unknown[]).length).toBe(2);
  });
});
