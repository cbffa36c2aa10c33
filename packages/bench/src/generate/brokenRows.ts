import { type Row, toCells } from "./cells.js";

/**
 * A kind of deliberately broken row the generator plants. Each planted row yields exactly one error
 * finding of its family (and `figureErrors` more where its words cannot state it), and lives in an event of its own (or is referenced by nothing), so it can neither add
 * nor hide a conflicting pair: the planted conflicts stay countable whatever the rules skip.
 */
export interface BrokenKind {
  kind: string;
  /**
   * The file whose planted row breaks: the generator counts that file's rows by it. Not always the
   * file the finding names: `event_after_publication` plants a claim linking a source to an event
   * that starts after it was published, and the time rule reports it at events.csv's `date`.
   */
  file: "claims.csv" | "sources.csv" | "events.csv";
  /** The rule family expected to report it (issue 3): integrity or time. */
  family: "integrity" | "time";
  /**
   * Whether the row loads: it passes its row schema and its key is its own (then it forms an
   * event+metric group of its own). A row whose key an earlier row has is reported and left out,
   * as one that fails its schema is.
   */
  loads: boolean;
  /**
   * Well-formed claims planted beside the broken one, each loading into a group of its own: the
   * count a broken share names as its base, so the share breaks one rule and not also `links`.
   */
  companions?: number;
  /**
   * Provenance errors the row yields beside its own: words cannot state what it breaks ("at least
   * -5" reads as 5), so its figure_text does not read as its value, and the figure check, which
   * runs with or without a corpus, says so.
   */
  figureErrors?: number;
  what: string;
}

export const BROKEN_KINDS = [
  {
    kind: "value_low_above_high",
    file: "claims.csv",
    loads: false,
    family: "integrity",
    what: "between 300 and 200",
  },
  {
    kind: "impossible_as_of",
    file: "claims.csv",
    loads: false,
    family: "integrity",
    what: "as_of 2023-02-30",
  },
  {
    kind: "bounds_for_qualifier",
    file: "claims.csv",
    loads: false,
    family: "integrity",
    what: "at_least with value_high",
  },
  {
    kind: "not_a_number",
    file: "claims.csv",
    loads: false,
    family: "integrity",
    what: 'value_low "hundreds"',
  },
  {
    kind: "unknown_metric",
    file: "claims.csv",
    loads: true,
    family: "integrity",
    what: "metric not in metrics.csv",
  },
  {
    kind: "unknown_event",
    file: "claims.csv",
    loads: true,
    family: "integrity",
    what: "event_id not in events.csv",
  },
  {
    kind: "unknown_source",
    file: "claims.csv",
    loads: true,
    family: "integrity",
    what: "source_id not in sources.csv",
  },
  {
    kind: "negative_count",
    file: "claims.csv",
    loads: true,
    figureErrors: 1,
    family: "integrity",
    what: "at least -5 persons",
  },
  {
    kind: "fractional_count",
    file: "claims.csv",
    loads: true,
    family: "integrity",
    what: "at least 12.5 persons",
  },
  {
    kind: "percent_over_100",
    file: "claims.csv",
    loads: true,
    companions: 1,
    family: "integrity",
    what: "at least 130 percent",
  },
  {
    kind: "duplicate_claim_id",
    file: "claims.csv",
    // The loader keeps the first row of a claim id and leaves this one out, so it forms no group:
    // while it loaded, it was a group of its own, with the conflicts and corroboration infos of one,
    // and the claim id stood in two groups at once.
    loads: false,
    family: "integrity",
    what: "claim_id used twice",
  },
  { kind: "extra_column", file: "claims.csv", loads: false, family: "integrity", what: "one cell too many" },
  {
    kind: "event_after_publication",
    file: "claims.csv",
    loads: true,
    family: "time",
    what: "event starts 60 days after its source was published",
  },
  { kind: "source_bad_url", file: "sources.csv", loads: false, family: "integrity", what: "ftp:// url" },
  {
    kind: "event_impossible_date",
    file: "events.csv",
    loads: false,
    family: "integrity",
    what: "date 2022-02-30",
  },
] as const satisfies readonly BrokenKind[];

export type BrokenKindName = (typeof BROKEN_KINDS)[number]["kind"];

export interface BrokenContext {
  eventId(): string;
  sourceId(): string;
  claimId(): string;
  /** A claim id already written, that nothing refers to: the duplicate reuses it. */
  duplicateOf: string;
  /** Day (ms since epoch) the dedicated event happens. */
  day: number;
}

/** Rows of one planted breakage, ready for their files (claims as cells: one may be malformed). */
export interface BrokenRows {
  events: Row[];
  sources: Row[];
  claims: string[][];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function brokenRows(kind: BrokenKindName, ctx: BrokenContext): BrokenRows {
  const eventId = ctx.eventId();
  const sourceId = ctx.sourceId();
  const published =
    kind === "event_after_publication" ? ctx.day - 60 * 86_400_000 : ctx.day + 30 * 86_400_000;
  const event: Row = {
    event_id: eventId,
    title: `Planted broken row: ${kind}`,
    short_title: null,
    date: kind === "event_impossible_date" ? "2022-02-30" : iso(ctx.day),
    date_precision: "day",
    date_inferred: false,
    date_end: null,
    location: "Dandong, China",
    category: "forced_repatriation",
    notes: "Synthetic benchmark row, broken on purpose.",
  };
  const source: Row = {
    source_id: sourceId,
    outlet: "Daily NK",
    via: null,
    title: `Planted broken row: ${kind}`,
    title_inferred: false,
    author: null,
    published: iso(published),
    published_precision: "day",
    published_inferred: false,
    original_published: null,
    original_published_precision: null,
    original_published_inferred: false,
    url: kind === "source_bad_url" ? `ftp://bench.example.org/${sourceId}` : null,
    kind: "news",
    text_ref: null,
    notes: "Synthetic benchmark row, broken on purpose.",
  };
  if (kind === "source_bad_url") return { events: [], sources: [source], claims: [] };
  if (kind === "event_impossible_date") return { events: [event], sources: [], claims: [] };

  const claim: Row = {
    claim_id: kind === "duplicate_claim_id" ? ctx.duplicateOf : ctx.claimId(),
    event_id: kind === "unknown_event" ? `missing-${eventId}` : eventId,
    source_id: kind === "unknown_source" ? `missing-${sourceId}` : sourceId,
    metric: kind === "unknown_metric" ? "executed_persons" : "repatriated_persons",
    qualifier: "exact",
    value_low: 120,
    value_high: 120,
    figure_text: "120",
    attributed_to: "a source in China",
    attributed_kind: "anonymous_source",
    first_reported_by: null,
    reported_via: null,
    repeats_claim_id: null,
    base_claim_id: null,
    as_of: null,
    as_of_precision: null,
    as_of_inferred: false,
    quote: "A source in China said 120 North Koreans were sent back through Dandong.",
    vague: false,
    notes: null,
  };
  const set = (patch: Row) => Object.assign(claim, patch);
  // A share names the count it is a share of: one of its own event, planted beside it.
  const companions: Row[] = [];
  switch (kind) {
    case "value_low_above_high":
      set({ qualifier: "between", value_low: 300, value_high: 200, figure_text: "between 300 and 200" });
      break;
    case "impossible_as_of":
      set({ as_of: "2023-02-30", as_of_precision: "day" });
      break;
    case "bounds_for_qualifier":
      set({ qualifier: "at_least", value_low: 50, value_high: 80, figure_text: "at least 50" });
      break;
    case "not_a_number":
      set({ qualifier: "at_least", value_low: "hundreds", value_high: null, figure_text: "hundreds" });
      break;
    case "negative_count":
      set({ qualifier: "at_least", value_low: -5, value_high: null, figure_text: "at least -5" });
      break;
    case "fractional_count":
      set({ qualifier: "at_least", value_low: 12.5, value_high: null, figure_text: "at least 12.5" });
      break;
    case "percent_over_100": {
      const base = { ...claim, claim_id: ctx.claimId() };
      companions.push(base);
      set({
        metric: "women_share",
        qualifier: "at_least",
        value_low: 130,
        value_high: null,
        figure_text: "at least 130%",
        base_claim_id: base.claim_id,
      });
      break;
    }
    default:
      break;
  }
  set({ quote: `A source in China said ${claim.figure_text} North Koreans were sent back through Dandong.` });
  const cells = toCells("claims", claim);
  if (kind === "extra_column") cells.push("stray cell");
  const events = kind === "unknown_event" ? [] : [event];
  const sources = kind === "unknown_source" ? [] : [source];
  return { events, sources, claims: [...companions.map((c) => toCells("claims", c)), cells] };
}
