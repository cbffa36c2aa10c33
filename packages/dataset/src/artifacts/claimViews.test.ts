import { describe, expect, it } from "vitest";
import { claimViewSchema, releaseSummarySchema } from "../schema/artifacts.js";
import { sampleTables } from "./__fixtures__/sampleTables.js";
import { claimViews } from "./claimViews.js";

describe("claimViews", () => {
  it("joins every claim with its source, event and metric in the ClaimView shape", () => {
    const views = claimViews(sampleTables());
    expect(views.map((v) => v.claim_id)).toEqual(["c1", "c2", "c3", "c4", "c5", "c6"]);
    for (const view of views) expect(claimViewSchema.strict().parse(view)).toEqual(view);
    const c4 = views[3]!;
    expect(c4).toMatchObject({
      event_title: "Mass return",
      event_date: "2023-10-09",
      category: "forced_repatriation",
      unit: "percent",
      metric_kind: "share",
      base_claim_id: "c2",
      as_of: "2024-01-15",
      outlet: "Example Monitor",
      via: "Example Reprints",
      source_title: 'A report, with "quotes", commas and ünïcode',
      published: "2023-10",
      published_precision: "month",
      published_inferred: true,
      url: null,
      source_kind: "ngo",
    });
    expect(views[4]).toMatchObject({
      value_low: 100,
      value_high: null,
      vague: true,
      event_date_end: "2019-06",
    });
  });

  it("joins only the selected claims", () => {
    const views = claimViews(sampleTables(), (c) => c.event_id === "e-arrivals");
    expect(views.map((v) => v.claim_id)).toEqual(["c5", "c6"]);
  });

  it("leaves out a claim whose source, event or metric is missing, as the SQL join does", () => {
    const tables = sampleTables();
    tables.sources = tables.sources.filter((s) => s.source_id !== "s-wire");
    tables.metrics = tables.metrics.filter((m) => m.metric !== "share_women");
    expect(claimViews(tables).map((v) => v.claim_id)).toEqual(["c2", "c5"]);
  });

  it("labels the category, attributed kind, source kind and unit from the vocabulary tables", () => {
    const tables = sampleTables();
    tables.categories = tables.categories.map((c) =>
      c.category === "forced_repatriation" ? { ...c, label: "Sent back by force" } : c,
    );
    const c4 = claimViews(tables)[3]!;
    expect(c4).toMatchObject({
      category_label: "Sent back by force",
      attributed_kind_label: "Unnamed source",
      source_kind_label: "NGO",
      unit_label: "%",
    });
  });

  it("uses the built-in labels for a dataset without the vocabulary files, as its release tables do", () => {
    const tables = sampleTables();
    tables.categories = [];
    tables.attributed_kinds = [];
    tables.source_kinds = [];
    tables.units = [];
    expect(claimViews(tables)).toEqual(claimViews(sampleTables()));
  });

  it("makes words of an id its vocabulary table does not label", () => {
    const tables = sampleTables();
    tables.categories = [{ category: "detention", label: "Detention", description: "Held." }];
    expect(claimViews(tables)[0]!.category_label).toBe("Forced repatriation");
  });

  it("fills the labels of a focus claim written before them, so an older summary still parses", () => {
    const [view] = claimViews(sampleTables());
    const {
      category_label: _c,
      attributed_kind_label: _a,
      source_kind_label: _s,
      unit_label: _u,
      ...old
    } = view!;
    const summary = releaseSummarySchema.parse({
      name: "sample",
      version: "1.0.0",
      created: "2024-01-01",
      counts: { sources: 1, events: 1, metrics: 1, claims: 1 },
      files: {},
      focus: null,
      focus_claims: [old],
      validation: null,
    });
    expect(summary.focus_claims[0]).toEqual(view);
  });
});
