import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "../__fixtures__/dataset.js";
import { corroboration } from "./corroboration.js";

describe("corroboration", () => {
  it("warns at each name that mixes Latin with Cyrillic or Greek letters, once per party, wherever it is written", () => {
    const ds = makeDataset({
      sources: [
        source("dnk"),
        source("nki", { outlet: "NK Insidеr" }),
        source("amn", { outlet: "AMN", via: "RFΑ" }),
      ],
      claims: [
        // A repeat shares the origin of the claim it repeats: the warning is at the row that writes the name.
        claim("r", "about", "200", "200", { attributed_to: "Daily NK", repeats_claim_id: "a" }),
        claim("a", "about", "200", "200", { attributed_to: "Jоо Ok-kyung" }),
        claim("b", "about", "200", "200", { attributed_to: "Jоо Ok-kyung", source_id: "amn" }),
        claim("c", "about", "200", "200", { first_reported_by: "Chоsun Ilbo" }),
        // One script, or Latin with Hangul: no lookalike.
        claim("d", "about", "200", "200", { attributed_to: "Иван Петров" }),
        claim("e", "about", "200", "200", { attributed_to: "NK 인사이더" }),
      ],
    });
    const warnings = corroboration
      .check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 })
      .filter((f) => f.severity === "warning")
      .map((f) => [f.file, f.row, f.column, f.details?.code, f.message.split(" mixes")[0]]);
    expect(warnings).toEqual([
      ["data/claims.csv", 2, "attributed_to", "corroboration/mixed-script", 'attributed_to "Jоо Ok-kyung"'],
      [
        "data/claims.csv",
        4,
        "first_reported_by",
        "corroboration/mixed-script",
        'first_reported_by "Chоsun Ilbo"',
      ],
      ["data/sources.csv", 2, "outlet", "corroboration/mixed-script", 'outlet "NK Insidеr"'],
      ["data/sources.csv", 3, "via", "corroboration/mixed-script", 'via "RFΑ"'],
    ]);
    expect(
      corroboration
        .check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 })
        .find((f) => f.severity === "warning")!.message,
    ).toContain("(о (U+043E))");
  });

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
