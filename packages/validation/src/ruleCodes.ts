/**
 * The stable `details.code` of every error and warning a rule finds itself, beside the loader's
 * `PROBLEM_CODES` (which integrity, links and chains carry) and integrity's `unit/<unit>`. CI
 * output can be filtered by them and each has a fixture under fixtures/rules/, so renaming one is
 * a breaking change.
 */
export const RULE_CODES = {
  /** An event starts after a source reporting it was published (a warning within an inferred date's precision). */
  timeEventAfterPublication: "time/event-after-publication",
  /** A claim's `as_of` lies after its source was published (a warning when a date is inferred). */
  timeAsOfAfterPublication: "time/as-of-after-publication",
  /** A date after today. */
  timeFutureDate: "time/future-date",
  /** In a release, a date after the day the release was cut, read in UTC+14 as future-date reads today (when that day is before today). */
  timeAfterRelease: "time/after-release",
  /** `figure_text`'s words settle a qualifier and the claim has another. */
  qualifierMismatch: "qualifier/mismatch",
  /** A warning: `figure_text`'s words allow several qualifiers and the claim has none of them. */
  qualifierAmbiguous: "qualifier/ambiguous",
  /** A warning: a bare, exact `figure_text` whose quote prints it with words that may bound it ("at least 39"). */
  qualifierQuoteWords: "qualifier/quote-words",
  /** A bounded `figure_text` whose quote prints "no" or "not" just before it, which turns the bound around ("no more than 200"). */
  qualifierQuoteNegates: "qualifier/quote-negates",
  /**
   * A quote that starts or ends at its figure_text where the source text prints words there that
   * bound it ("at least" before "39"): a warning; an error when they turn a bounded figure's bound
   * around ("no" before "more than 200").
   */
  provenanceQuoteCut: "provenance/quote-cut",
  /** A source's `text_ref` names no file of the corpus. */
  provenanceTextMissing: "provenance/text-missing",
  /** A warning: a source text differs from the one a release's quotes were checked against when it was cut. */
  provenanceTextChanged: "provenance/text-changed",
  /** A quote does not occur in its source's text. */
  provenanceQuoteNotInText: "provenance/quote-not-in-text",
  /**
   * A warning: a quote found in its text only with white space or typographic marks read alike (a
   * plain space where the text prints a no-break one, ' for ’): a search of the text for it fails.
   */
  provenanceQuoteNotVerbatim: "provenance/quote-not-verbatim",
  /** A quote does not contain its `figure_text`. */
  provenanceFigureNotInQuote: "provenance/figure-not-in-quote",
  /** `figure_text` states no figure. */
  provenanceNoFigure: "provenance/no-figure",
  /** `figure_text` reads as other numbers than the claim's bounds. */
  provenanceFigureValue: "provenance/figure-value",
  /** `figure_text` is a vague quantity and `vague` is false, or the other way round. */
  provenanceFigureVague: "provenance/figure-vague",
  /** `figure_text` is a percentage and the metric is not in percent, or the other way round. */
  provenanceFigurePercent: "provenance/figure-percent",
  /** A warning: a quote longer than `MAX_QUOTE` characters, more than the words that state its figure. */
  provenanceQuoteLong: "provenance/quote-long",
  /**
   * A warning: a party's or outlet's name that mixes Latin letters with Cyrillic or Greek ones, a
   * lookalike that prints as one name and counts as an origin of its own.
   */
  corroborationMixedScript: "corroboration/mixed-script",
  /** A warning: an event and metric whose claims make two or more readings that cannot all be right. */
  conflictsReadings: "conflicts/readings",
  /** A warning with `--pairs`: two claims of one event and metric whose figures do not overlap. */
  conflictsPair: "conflicts/pair",
  /** A warning: a share of a base count implies more than another claim of the base's group allows. */
  impliedCountsExceedsClaim: "implied-counts/exceeds-claim",
  /** A warning at metrics.csv: a share metric whose unit has no positive `max`, so it implies no counts. */
  impliedCountsNoWhole: "implied-counts/no-whole",
  /** An event and metric assessed twice. */
  assessmentsDuplicate: "assessments/duplicate",
  /** An assessment's `best` lies outside its low–high. */
  assessmentsBestOutsideRange: "assessments/best-outside-range",
  /** An assessment cites no claim of its own event and metric. */
  assessmentsCitesOtherGroup: "assessments/cites-other-group",
  /** A warning: an assessment's low–high misses the envelope of its group's readings. */
  assessmentsOutsideEnvelope: "assessments/outside-envelope",
} as const;

export type RuleCode = (typeof RULE_CODES)[keyof typeof RULE_CODES];
