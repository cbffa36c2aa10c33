import type { AnyTableName } from "../schema/tables.js";

/**
 * What a reader without Tally needs to read each column: the descriptor is all an R, Python or
 * SQL user has, and an outside review found the claims' figures unreadable from it (an "about
 * 200" and an exact 200 load alike; a more_than bound looks inclusive). Written into every
 * descriptor Tally writes; a person's own words for a field in datapackage.json take their place.
 */
const RESOURCE_DESCRIPTIONS: Record<AnyTableName, string> = {
  sources: "One row per article or report that prints at least one figure.",
  events: "One row per happening the figures are about (a repatriation, a detention, a period).",
  metrics: "What a figure measures; claims may use only these.",
  claims:
    "One row per figure as a source reports it, with who said it, the verbatim quote and how the figure bounds the value (qualifier, value_low, value_high). Figures about one event and metric may disagree: that is the point of the table.",
  categories: "The kinds of event (events.category).",
  attributed_kinds: "The kinds of party a figure is attributed to (claims.attributed_kind).",
  source_kinds: "The kinds of publisher (sources.kind).",
  units: "What values are measured in (metrics.unit), and their limits.",
  assessments:
    "A maintainer's judgement of one event and metric: the figure a report should print, like UCDP's low/best/high, and the claims it rests on. Optional; evidence, not truth.",
};

// A dataset without a vocabulary's file uses Tally's built-in list, which the column's enum gives.
const vocabulary = (id: string, file: string) =>
  `a ${id} of ${file}, or of the column's enum where the dataset has no such file.`;

const DATE =
  "ISO 8601 date at the precision the text supports (2023-10-09, 2023-10, 2019), standing for the whole period it covers";
const PRECISION = "year, month or day: the precision of the date before it.";
const INFERRED = "true when the text does not print the date before it and it was inferred (notes say how).";

const FIELD_DESCRIPTIONS: Partial<Record<AnyTableName, Record<string, string>>> = {
  sources: {
    source_id: "Identifier of the source.",
    outlet: "The outlet that published the article (for a reprint, the original outlet).",
    via: "For a reprint, the outlet that reprinted the article, whose copy this text is; empty otherwise.",
    title: "The headline.",
    title_inferred: "true when the text prints no headline and the title is taken from the texts' index.",
    author: "The author as printed; empty when none is printed.",
    published: `Date of publication (for a reprint, the date the reprint prints); ${DATE}.`,
    published_precision: PRECISION,
    published_inferred: INFERRED,
    original_published: `For a reprint, the original's publication date when known; ${DATE}.`,
    original_published_precision: PRECISION,
    original_published_inferred: INFERRED,
    url: "Address of the text; empty when the text gives none (none is guessed).",
    kind: `The kind of publisher: ${vocabulary("source_kind", "source_kinds.csv")}`,
    text_ref: "File name of the source text the quotes were checked against.",
    notes: "How dates, titles and readings were decided.",
  },
  events: {
    event_id: "Identifier of the event.",
    title: "What happened, as a sentence.",
    short_title: "A short title for pickers and charts; empty where the title serves.",
    date: `When it happened (the start of a period); ${DATE}. Empty when no text dates it.`,
    date_precision: PRECISION,
    date_inferred: INFERRED,
    date_end: `For a period, when it ended; ${DATE}.`,
    location: "Where it happened, as the texts name it.",
    category: `The kind of event: ${vocabulary("category", "categories.csv")}`,
    notes: "How the date and the event's bounds were decided.",
  },
  metrics: {
    metric: "Identifier of the measure.",
    label: "What a report prints for the measure; empty where the id serves.",
    unit: `What its values are measured in: ${vocabulary("unit", "units.csv")}`,
    kind: "count (how many), share (a part of a count: such a claim names that count in base_claim_id), duration (how long) or size (how large one group was).",
    description: "What is measured, in words.",
  },
  claims: {
    claim_id: "Identifier of the claim.",
    event_id: "The event the figure is about.",
    source_id: "The source that prints the figure.",
    metric: "What the figure measures (metrics.csv gives its unit and kind).",
    qualifier:
      "How the figure bounds the value. exact: value_low = value_high = the figure. about: value_low = value_high = the stated figure, an approximation (Tally's validator reads it as within 10% either way). between: from value_low to value_high, both included. at_least: value_low or more (value_high empty). more_than: above value_low, value_low itself excluded (value_high empty). at_most: value_high or less (value_low empty). fewer_than: below value_high, excluded (value_low empty).",
    value_low:
      "The figure's lower bound, read with qualifier (excluded for more_than); empty for at_most and fewer_than. For a vague word (vague true) the conservative floor of the word: hundreds 100, dozens 12, some 1, most more than 50 percent.",
    value_high:
      "The figure's upper bound, read with qualifier (excluded for fewer_than); empty for at_least and more_than, which have no upper bound.",
    figure_text: 'The figure exactly as printed in the quote ("about 200", "Seven", "80%").',
    attributed_to: "Who the source says gave the figure, as the text names them.",
    attributed_kind: `The kind of that party: ${vocabulary("attributed_kind", "attributed_kinds.csv")}`,
    first_reported_by:
      "The outlet that first reported the figure, when the source says it took the figure from another; empty otherwise.",
    reported_via:
      'The outlets the figure passed through between first_reported_by and this source, in order, separated by "; "; empty means none.',
    repeats_claim_id:
      "The earlier claim this one restates (same event and metric): a restatement is not an independent origin.",
    base_claim_id: "For a share (metrics.kind share), the claim of the count it is a share of.",
    as_of: `The date the figure is given as of, when the text says; ${DATE}.`,
    as_of_precision: PRECISION,
    as_of_inferred: INFERRED,
    quote: "The sentence of the source text that states the figure, verbatim.",
    vague:
      "true when the figure is a vague word (hundreds, dozens, some, most) read by its floor, so it can be left out.",
    notes: "How the figure was read from the quote.",
  },
  units: {
    unit: "Identifier of the unit.",
    label: "The unit in words.",
    whole: "true when values are whole, non-negative counts (persons, count).",
    max: "The largest value, where there is one (100 for percent: the whole a share is part of); empty otherwise. No value is below 0.",
    description: "What the unit measures.",
  },
  assessments: {
    event_id: "The event assessed.",
    metric: "The metric assessed (one assessment per event and metric).",
    low: "The lowest figure the evidence allows, in the maintainer's judgement.",
    best: "The figure a report should print (between low and high).",
    high: "The highest figure the evidence allows.",
    claim_ids: "The claims the assessment rests on: claim ids of claims.csv separated by single spaces.",
    rationale: "Why, in words.",
    assessed_by: "Who judged.",
    assessed_on: `When; ${DATE}.`,
    assessed_on_precision: PRECISION,
  },
};

// Every vocabulary table has the same three columns.
for (const [table, id] of [
  ["categories", "category"],
  ["attributed_kinds", "attributed_kind"],
  ["source_kinds", "source_kind"],
] as const)
  FIELD_DESCRIPTIONS[table] = {
    [id]: "Identifier, as the tables that use it write it.",
    label: "What a report prints for it.",
    description: "What it covers, in words.",
  };

/** The description of a table for readers outside Tally. */
export function resourceDescriptionOf(table: AnyTableName): string {
  return RESOURCE_DESCRIPTIONS[table];
}

/** The description of a column for readers outside Tally, if it has one beyond its type. */
export function fieldDescriptionOf(table: AnyTableName, column: string): string | undefined {
  return FIELD_DESCRIPTIONS[table]?.[column];
}

/** The words about a field a person may write, kept by a refresh and left out when schemas are compared. */
export const FIELD_WORDS = ["title", "description", "example"] as const;

/**
 * Descriptions Tally's own descriptors once carried: words a refresh replaces with today's, where
 * a person's own words for a field or table are kept. Changing a text above means adding the old
 * one here (a test holds data/datapackage.json to today's words).
 */
export const EARLIER_DERIVED_WORDS: ReadonlySet<string> = new Set([
  "empty means false",
  "ISO 8601 date at year, month or day precision",
  "claim ids separated by single spaces, each a claim_id in claims.csv",
  'outlet names in order, separated by "; "; empty means none',
  // 30 Nov 2026: outlet and via were described the wrong way round, and ends without a full stop.
  "The outlet that published this text (for a reprint, the reprinting outlet).",
  "For a reprint, the outlet whose article it reprints; empty otherwise.",
  "The kind of publisher (source_kinds.csv).",
  "The kind of event (categories.csv).",
  "What its values are measured in (units.csv).",
  "The kind of that party (attributed_kinds.csv).",
  "year, month or day: the precision of the date before it",
  "true when the text does not print the date before it and it was inferred (notes say how) An empty cell (a missing value: null to a Table Schema reader) means false.",
  "true when the text does not print the date before it and it was inferred (notes say how)",
]);
