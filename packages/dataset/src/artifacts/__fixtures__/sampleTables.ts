import type { LoadedDataset } from "../../load/loadedDataset.js";
import { assessmentSchema } from "../../schema/assessment.js";
import { BUILT_IN_VOCABULARIES, builtInVocabularyCells } from "../../schema/builtInVocabularies.js";
import { claimSchema } from "../../schema/claim.js";
import { dataPackageSchema } from "../../schema/datapackage.js";
import { eventSchema } from "../../schema/event.js";
import { metricSchema } from "../../schema/metric.js";
import { sourceSchema } from "../../schema/source.js";
import type { Tables } from "../../schema/tables.js";

/**
 * Synthetic rows, written as CSV cells and parsed by the row schemas exactly as the loader would,
 * so the artifacts are tested on the typed values a real load produces. Not data about real events.
 */
export const SAMPLE_CSV = {
  sources: [
    {
      source_id: "s-wire",
      outlet: "Example Wire",
      via: "",
      title: "Hundreds sent back",
      author: "",
      published: "2023-10-10",
      published_precision: "day",
      published_inferred: "",
      url: "https://example.org/a",
      kind: "news",
      text_ref: "",
      notes: "",
    },
    {
      source_id: "s-ngo",
      outlet: "Example Monitor",
      via: "Example Reprints",
      title: 'A report, with "quotes", commas and ünïcode',
      author: "A. Writer",
      published: "2023-10",
      published_precision: "month",
      published_inferred: "true",
      url: "",
      kind: "ngo",
      text_ref: "report.txt",
      notes: "month from the masthead",
    },
  ],
  events: [
    {
      event_id: "e-return",
      title: "Mass return",
      date: "2023-10-09",
      date_precision: "day",
      date_inferred: "false",
      date_end: "",
      location: "Border",
      category: "forced_repatriation",
      notes: "",
    },
    {
      event_id: "e-arrivals",
      title: "Arrivals in a half year",
      date: "2019-01",
      date_precision: "month",
      date_inferred: "",
      date_end: "2019-06",
      location: "",
      category: "arrival",
      notes: "",
    },
  ],
  metrics: [
    { metric: "persons_returned", unit: "persons", kind: "count", description: "  People sent back\t" },
    { metric: "share_women", unit: "percent", kind: "share", description: "Share who were women" },
  ],
  claims: [
    claim("c1", "e-return", "s-wire", "persons_returned", "about", "200", "200", "about 200"),
    claim("c2", "e-return", "s-ngo", "persons_returned", "about", "600", "600", "approximately 600"),
    claim("c3", "e-return", "s-wire", "persons_returned", "between", "200", "300", "between 200 and 300"),
    claim("c4", "e-return", "s-ngo", "share_women", "about", "80", "80", "about 80%", "c2"),
    claim("c5", "e-arrivals", "s-ngo", "persons_returned", "at_least", "100", "", "hundreds", "", "true"),
    claim("c6", "e-arrivals", "s-wire", "persons_returned", "exact", "546.5", "546.5", "546.5"),
  ],
  assessments: [
    {
      event_id: "e-return",
      metric: "persons_returned",
      low: "200",
      best: "250.5",
      high: "600",
      claim_ids: "c1 c2 c3",
      rationale: 'Two readings; the "about 200" side has two sources, ünïcode and all',
      assessed_by: "A. Maintainer",
      assessed_on: "2024-02",
      assessed_on_precision: "month",
    },
  ],
  categories: builtInVocabularyCells("categories"),
  attributed_kinds: builtInVocabularyCells("attributed_kinds"),
  source_kinds: builtInVocabularyCells("source_kinds"),
  units: builtInVocabularyCells("units"),
};

function claim(
  claim_id: string,
  event_id: string,
  source_id: string,
  metric: string,
  qualifier: string,
  value_low: string,
  value_high: string,
  figure_text: string,
  base_claim_id = "",
  vague = "",
) {
  return {
    claim_id,
    event_id,
    source_id,
    metric,
    qualifier,
    value_low,
    value_high,
    figure_text,
    attributed_to: "a source",
    attributed_kind: "anonymous_source",
    first_reported_by: "",
    repeats_claim_id: "",
    base_claim_id,
    as_of: claim_id === "c4" ? "2024-01-15" : "",
    as_of_precision: claim_id === "c4" ? "day" : "",
    as_of_inferred: "",
    quote: `They said ${figure_text}.`,
    vague,
    notes: "",
  };
}

/** The sample rows as the loader types them; `assessments: false` as a dataset without the file loads. */
export function sampleTables(options: { assessments?: boolean } = {}): Tables {
  return {
    sources: SAMPLE_CSV.sources.map((row) => sourceSchema.parse(row)),
    events: SAMPLE_CSV.events.map((row) => eventSchema.parse(row)),
    metrics: SAMPLE_CSV.metrics.map((row) => metricSchema.parse(row)),
    claims: SAMPLE_CSV.claims.map((row) => claimSchema.parse(row)),
    assessments:
      options.assessments === false ? [] : SAMPLE_CSV.assessments.map((row) => assessmentSchema.parse(row)),
    categories: [...BUILT_IN_VOCABULARIES.categories],
    attributed_kinds: [...BUILT_IN_VOCABULARIES.attributed_kinds],
    source_kinds: [...BUILT_IN_VOCABULARIES.source_kinds],
    units: [...BUILT_IN_VOCABULARIES.units],
  };
}

/** A loaded release of the sample rows, for the artifact writers (no locations or problems). */
export function sampleRelease(
  path: string,
  options: { assessments?: boolean } = {},
): Pick<LoadedDataset, "ref" | "descriptor" | "tables"> {
  return {
    ref: { name: "sample", version: "1.2.0", path, kind: "release" },
    descriptor: dataPackageSchema.parse({
      name: "sample",
      title: "Synthetic sample",
      version: "1.2.0",
      created: "2024-02-01",
      licenses: [{ name: "CC-BY-4.0" }],
      resources: [{ name: "claims", path: "claims.csv", schema: { fields: [] } }],
    }),
    tables: sampleTables(options),
  };
}
