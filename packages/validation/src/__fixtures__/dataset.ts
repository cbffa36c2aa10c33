import {
  assessmentSchema,
  BUILT_IN_VOCABULARIES,
  claimSchema,
  eventSchema,
  metricSchema,
  sourceSchema,
  type Tables,
  type Unit,
} from "@tally/dataset";
import { type LoadedDataset, RowLocations } from "@tally/dataset/node";

type Cells = Record<string, string>;

const SOURCE: Cells = {
  source_id: "s1",
  outlet: "Daily NK",
  via: "",
  title: "Repatriated defectors held",
  author: "",
  published: "2023-10-12",
  published_precision: "day",
  published_inferred: "",
  url: "",
  kind: "news",
  text_ref: "",
  notes: "",
};

const EVENT: Cells = {
  event_id: "e1",
  title: "Forced repatriation of 9 October 2023",
  date: "2023-10-09",
  date_precision: "day",
  date_inferred: "",
  date_end: "",
  location: "",
  category: "forced_repatriation",
  notes: "",
};

export const METRICS: Cells[] = [
  { metric: "persons", unit: "persons", kind: "count", description: "people" },
  { metric: "share_women", unit: "percent", kind: "share", description: "share who were women" },
  { metric: "duration", unit: "years", kind: "duration", description: "how long" },
];

const CLAIM: Cells = {
  claim_id: "c1",
  event_id: "e1",
  source_id: "s1",
  metric: "persons",
  qualifier: "about",
  value_low: "200",
  value_high: "200",
  figure_text: "about 200",
  attributed_to: "sources",
  attributed_kind: "anonymous_source",
  first_reported_by: "",
  repeats_claim_id: "",
  base_claim_id: "",
  as_of: "",
  as_of_precision: "",
  as_of_inferred: "",
  quote: "China repatriated about 200 people",
  vague: "",
  notes: "",
};

/** A claim row as CSV cells: `claim("c2", "between", "200", "300", {...})`. */
export function claim(id: string, qualifier: string, low: string, high: string, more: Cells = {}): Cells {
  return { ...CLAIM, claim_id: id, qualifier, value_low: low, value_high: high, ...more };
}

const ASSESSMENT: Cells = {
  event_id: "e1",
  metric: "persons",
  low: "180",
  best: "200",
  high: "220",
  claim_ids: "c1",
  rationale: "One figure, from sources inside China",
  assessed_by: "Tally maintainers",
  assessed_on: "2024-02-01",
  assessed_on_precision: "day",
};

/** An assessment row as CSV cells: `assessment("c1 c2", "200", "250", "300", {...})`. */
export function assessment(
  claimIds: string,
  low: string,
  best: string,
  high: string,
  more: Cells = {},
): Cells {
  return { ...ASSESSMENT, claim_ids: claimIds, low, best, high, ...more };
}

export function source(id: string, more: Cells = {}): Cells {
  return { ...SOURCE, source_id: id, ...more };
}

export function event(id: string, more: Cells = {}): Cells {
  return { ...EVENT, event_id: id, ...more };
}

/**
 * An in-memory LoadedDataset built from CSV cell strings through the real row schemas, located as
 * if each row were one line of its file. A row the schema rejects is a mistake in the test.
 */
export function makeDataset(
  rows: {
    sources?: Cells[];
    events?: Cells[];
    metrics?: Cells[];
    claims?: Cells[];
    assessments?: Cells[];
    /** The units vocabulary, typed (the built-in one when left out). */
    units?: Unit[];
  },
  ref: Partial<LoadedDataset["ref"]> = {},
): LoadedDataset {
  const tables: Tables = {
    sources: (rows.sources ?? [SOURCE]).map((r) => sourceSchema.parse(r)),
    events: (rows.events ?? [EVENT]).map((r) => eventSchema.parse(r)),
    metrics: (rows.metrics ?? METRICS).map((r) => metricSchema.parse(r)),
    claims: (rows.claims ?? []).map((r) => claimSchema.parse(r)),
    assessments: (rows.assessments ?? []).map((r) => assessmentSchema.parse(r)),
    categories: [...BUILT_IN_VOCABULARIES.categories],
    attributed_kinds: [...BUILT_IN_VOCABULARIES.attributed_kinds],
    source_kinds: [...BUILT_IN_VOCABULARIES.source_kinds],
    units: [...(rows.units ?? BUILT_IN_VOCABULARIES.units)],
  };
  const at = (n: number) =>
    RowLocations.of(Array.from({ length: n }, (_, i) => ({ row: i + 1, line: i + 2 })));
  return {
    ref: { name: "test", version: "1.0.0", path: "data", kind: "working", ...ref },
    descriptor: null,
    tables,
    locations: {
      sources: at(tables.sources.length),
      events: at(tables.events.length),
      metrics: at(tables.metrics.length),
      claims: at(tables.claims.length),
      assessments: at(tables.assessments.length),
      categories: at(0),
      attributed_kinds: at(0),
      source_kinds: at(0),
      units: at(0),
    },
    problems: [],
  };
}
