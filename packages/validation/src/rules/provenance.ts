import {
  type Claim,
  characterName,
  type FigureReading,
  fractionOf,
  MAX_QUOTE,
  type Metric,
  readFigure,
} from "@tally/dataset";
import type { LoadedDataset } from "@tally/dataset/node";
import { type FigureInQuote, figureInQuote } from "../figureInQuote.js";
import { figureTexts } from "../figureTexts.js";
import type { Finding } from "../finding.js";
import { quoted, spokenQualifier } from "../flatText.js";
import { negatable, type QuoteCue, quoteCue, quoteNegation } from "../quoteCue.js";
import {
  containsWhole,
  normaliseQuoteText,
  normaliseSourceText,
  type PrintedDifference,
  type PrintedText,
  printedDifference,
  printedText,
  type SourceText,
  wholeAt,
} from "../quoteText.js";
import { RULE_CODES, type RuleCode } from "../ruleCodes.js";
import { datasetFile, defineRule, locate, type RuleContext } from "../ruleContext.js";

/** The numbers a claim's qualifier and bounds say its figure_text must state, in reading order. */
function statedValues(c: Claim): (number | null)[] {
  switch (c.qualifier) {
    case "between":
      return [c.value_low, c.value_high];
    case "at_most":
    case "fewer_than":
      return [c.value_high];
    default:
      return [c.value_low];
  }
}

/**
 * Whether the numbers read from figure_text are the ones `statedValues` names, without making
 * arrays for the million claims that pass. "between 300 and 200" is the range 200 to 300 printed
 * high to low: a range's bounds count in either order.
 */
function statesValues(c: Claim, values: readonly number[]): boolean {
  switch (c.qualifier) {
    case "between":
      return (
        values.length === 2 &&
        ((values[0] === c.value_low && values[1] === c.value_high) ||
          (values[0] === c.value_high && values[1] === c.value_low))
      );
    case "at_most":
    case "fewer_than":
      return values.length === 1 && values[0] === c.value_high;
    default:
      return values.length === 1 && values[0] === c.value_low;
  }
}

/**
 * `readFigure` of claim i's figure_text, once per distinct text (`figureTexts`): many claims print
 * a figure alike ("about 200"), and reading each one again made a million claims 2 s slower.
 */
function figureReadings(dataset: LoadedDataset): (i: number) => FigureReading | null {
  const { ids, texts } = figureTexts(dataset);
  const readings: (FigureReading | null | undefined)[] = new Array(texts.length);
  return (i) => {
    const id = ids[i]!;
    let reading = readings[id];
    if (reading === undefined) {
      reading = readFigure(texts[id]!);
      readings[id] = reading;
    }
    return reading;
  };
}

/**
 * How far a percentage recorded for a share in words may lie from it: "a third" is 33.33…%, and 33,
 * 33.3 and 33.33 all record it.
 */
const SHARE_ROUNDING = 0.5;

/**
 * Why a share written in words ("Half", "more than half", "one in five") does not read as the
 * claim's percentage, or null when it does. The words are read as a percentage of the whole only
 * for a metric in percent: in days, "half" is still half a day.
 */
function shareMismatch(c: Claim, fraction: number): { code: RuleCode; message: string } | null {
  const percent = Number((fraction * 100).toPrecision(12));
  const want = statedValues(c);
  if (c.qualifier !== "between" && want[0] != null && Math.abs(want[0] - percent) <= SHARE_ROUNDING) {
    if (!c.vague) return null;
    return {
      code: RULE_CODES.provenanceFigureVague,
      message: `figure_text ${quoted(c.figure_text)} states a figure but vague is true`,
    };
  }
  return {
    code: RULE_CODES.provenanceFigureValue,
    message: `figure_text ${quoted(c.figure_text)} reads as ${percent}% (a share of the whole), but the claim says ${want.join(" and ")}`,
  };
}

/** Why figure_text does not read as the claim's figure, with its code, or null when it does. */
function figureMismatch(
  c: Claim,
  reading: FigureReading | null,
  metric: Metric | undefined,
): { code: RuleCode; message: string } | null {
  // A share in words is looked for only where the reading would not do: most figures of a
  // percent metric print their "%", and a million of them need no second reading.
  if (metric?.unit === "percent" && !reading?.percent) {
    const fraction = fractionOf(c.figure_text);
    if (fraction !== undefined) return shareMismatch(c, fraction);
  }
  if (reading === null)
    return {
      code: RULE_CODES.provenanceNoFigure,
      message: `figure_text ${quoted(c.figure_text)} states no figure`,
    };
  // "200 million-dollar" reads as 200,000,000 or, the million being the price of each, as 200.
  const { apart } = reading;
  if (!statesValues(c, reading.values) && (apart === undefined || !statesValues(c, apart))) {
    const want = statedValues(c);
    const got = (values: readonly number[]) =>
      (c.qualifier === "between" && values.length === 2 ? [...values].sort((a, b) => a - b) : values).join(
        " and ",
      );
    return {
      code: RULE_CODES.provenanceFigureValue,
      message: `figure_text ${quoted(c.figure_text)} reads as ${got(reading.values)}${apart === undefined ? "" : ` (or ${got(apart)}, a scale word hyphened to the word after it read as part of that word)`}, but the claim says ${want.join(" and ")}`,
    };
  }
  if (reading.vague !== c.vague)
    return {
      code: RULE_CODES.provenanceFigureVague,
      message: reading.vague
        ? `figure_text ${quoted(c.figure_text)} is a vague quantity but vague is false`
        : `figure_text ${quoted(c.figure_text)} states a figure but vague is true`,
    };
  if (metric && reading.percent !== (metric.unit === "percent"))
    return {
      code: RULE_CODES.provenanceFigurePercent,
      message: reading.percent
        ? `figure_text ${quoted(c.figure_text)} is a percentage but metric ${metric.metric} is in ${metric.unit}`
        : `figure_text ${quoted(c.figure_text)} is not a percentage but metric ${metric.metric} is in percent`,
    };
  return null;
}

/** Why the quote does not hold figure_text as a figure of its own. */
function notInQuote(c: Claim, inQuote: Exclude<FigureInQuote, { found: "whole" }>): string {
  if (inQuote.found === "part")
    return `quote holds figure_text ${quoted(c.figure_text)} only as part of a larger figure: ${quoted(inQuote.context)}`;
  return inQuote.loosely
    ? `quote does not contain figure_text ${quoted(c.figure_text)} as a number of its own: the two group or split its digits differently (a no-break space, a character that prints as nothing); copy figure_text from the quote as printed`
    : `quote does not contain figure_text ${quoted(c.figure_text)}`;
}

/**
 * Why a quote found in its text is not the text's characters: which one the text prints otherwise,
 * where, and what to do.
 */
function notVerbatim(ref: string, d: PrintedDifference): string {
  const where =
    d.at === -1
      ? "its white space, quotation marks or dashes differ from the text's"
      : `the text prints ${characterName(d.printed)} where the quote has ${characterName(d.quoted)}, at character ${d.at + 1} (${quoted(d.context)})`;
  return `quote is in ${ref} only with white space and typographic marks read alike: ${where}; copy the quote as printed, so that a search of the text finds it`;
}

/** Characters of a source text read on each side of a quote for words the quote cut off. */
const AROUND_BEFORE = 40;
const AROUND_AFTER = 30;

/**
 * Words the source text prints right before a quote that starts with its figure_text, or right
 * after one that ends with it, that bound the figure: "39 North Koreans had been detained" quoted
 * from "at least 39 North Koreans had been detained" and recorded as exactly 39 (an outside review:
 * the corpus check held the text and never looked past the quote's ends). As the qualifier rule
 * reads a quote's own words (`quoteCue`, `quoteNegation`), which it says itself when the quote
 * holds them; `negates` when the words turn a bounded figure's bound around ("no" before "more
 * than 200"). Null when nothing is cut, or every place the text holds the quote reads otherwise.
 */
function boundCutOff(
  c: Claim,
  quote: string,
  text: SourceText,
): (QuoteCue & { atStart: boolean; negates: boolean }) | null {
  const negates = negatable(c.qualifier);
  if (c.qualifier !== "exact" && !negates) return null;
  const figure = normaliseQuoteText(c.figure_text);
  if (figure === "") return null;
  const atStart = quote.startsWith(figure);
  if (!atStart && !quote.endsWith(figure)) return null;
  const read = (words: string) =>
    negates ? quoteNegation(words, figure, c.qualifier) : quoteCue(words, figure);
  if (read(quote) !== null) return null;
  let found: QuoteCue | null = null;
  for (
    let at = wholeAt(text.text, quote, 0, text.edges);
    at !== -1;
    at = wholeAt(text.text, quote, at + 1, text.edges)
  ) {
    const cue = read(text.text.slice(Math.max(0, at - AROUND_BEFORE), at + quote.length + AROUND_AFTER));
    if (cue === null) return null;
    found ??= cue;
  }
  return found === null ? null : { ...found, atStart, negates };
}

function skipped(ctx: RuleContext): Finding {
  return {
    rule: "provenance",
    severity: "info",
    message:
      "quotes not checked against their source texts: no corpus of source texts was given (--corpus <dir>); each figure_text was still checked against its quote and the claim's figure",
    dataset: ctx.datasetLabel,
    // The part skipped, for junit to name: the figure checks ran.
    details: { skipped: true, check: "quotes in source texts" },
  };
}

/**
 * Every quote occurs verbatim in its source's text, the quote contains figure_text, and
 * figure_text reads as the claim's figure (number words and vague floors by @tally/dataset's
 * published tables). The last two need no text and are always checked: a claim of 9000 whose
 * words read "about 200" was released without a finding when no corpus was given (a maintainer's
 * review). Without a corpus the texts are not claimed checked: one info says that part was skipped.
 */
export const provenance = defineRule({
  id: "provenance",
  title: "Quotes occur in their source texts and state the claimed figures",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label, corpus } = ctx;
    if (!corpus) emit(skipped(ctx));
    // A release's quotes were checked against texts it records by hash: one that differs now is
    // not the text they were checked against (an outside review changed one, and nothing said so).
    for (const [ref, verified] of Object.entries(dataset.verifiedCorpus ?? {})) {
      const digests = ctx.corpusDigests?.get(ref);
      if (digests === undefined || digests.includes(verified)) continue;
      const now = digests[0]!;
      emit({
        rule: "provenance",
        severity: "warning",
        message: `source text ${quoted(ref)} has changed since this release's quotes were checked against it (manifest.json records sha256 ${verified.slice(0, 12)}…, the file now has ${now.slice(0, 12)}…): its quotes are checked here against the text as it is now`,
        dataset: label,
        file: datasetFile(dataset, "manifest.json"),
        column: `corpus.${ref}`,
        details: { code: RULE_CODES.provenanceTextChanged, text_ref: ref, verified, now },
      });
    }
    const { claims, sources, metrics } = dataset.tables;
    const metricOf = new Map(metrics.map((m) => [m.metric, m]));
    const readingOf = figureReadings(dataset);
    const error = (i: number, column: string, code: RuleCode, message: string, c: Claim): Finding => ({
      rule: "provenance",
      severity: "error",
      message,
      dataset: label,
      ...locate(dataset, "claims", i),
      column,
      event_id: c.event_id,
      metric: c.metric,
      claim_ids: [c.claim_id],
      details: { code },
    });
    /** The checks of one claim's own words: figure_text in its quote, and read as its figure. */
    const checkFigure = (c: Claim, i: number) => {
      const inQuote = figureInQuote(c.quote, c.figure_text);
      if (inQuote.found !== "whole")
        emit(error(i, "figure_text", RULE_CODES.provenanceFigureNotInQuote, notInQuote(c, inQuote), c));
      const mismatch = figureMismatch(c, readingOf(i), metricOf.get(c.metric));
      if (mismatch) emit(error(i, "figure_text", mismatch.code, mismatch.message, c));
      // Nothing limited a quote: a whole article pasted into one cell passed (an earlier note).
      if (c.quote.length > MAX_QUOTE)
        emit({
          ...error(
            i,
            "quote",
            RULE_CODES.provenanceQuoteLong,
            `quote is ${c.quote.length.toLocaleString("en-US")} characters long, more than the ${MAX_QUOTE.toLocaleString("en-US")} a quote may have: the dataset keeps short quotes, the words that state the figure (the publishers' text is theirs)`,
            c,
          ),
          severity: "warning",
        });
    };
    if (!corpus) {
      for (let i = 0; i < claims.length; i++) checkFigure(claims[i]!, i);
      return;
    }
    const sourceIndex = new Map<string, number>();
    sources.forEach((s, i) => {
      if (!sourceIndex.has(s.source_id)) sourceIndex.set(s.source_id, i);
    });
    const texts = new Map<string, SourceText | null>();
    const textOf = (ref: string) => {
      if (!texts.has(ref)) {
        const raw = corpus.get(ref);
        texts.set(ref, raw === undefined ? null : normaliseSourceText(raw));
      }
      return texts.get(ref)!;
    };
    // As printed, for the check that a quote found is the text's own characters.
    const printed = new Map<string, PrintedText>();
    const printedOf = (ref: string) => {
      if (!printed.has(ref)) printed.set(ref, printedText(corpus.get(ref)!));
      return printed.get(ref)!;
    };
    sources.forEach((s, i) => {
      if (s.text_ref !== null && !corpus.has(s.text_ref))
        emit({
          rule: "provenance",
          severity: "error",
          message: `text_ref ${quoted(s.text_ref)} of source ${s.source_id} is not in the corpus`,
          dataset: label,
          ...locate(dataset, "sources", i),
          column: "text_ref",
          details: { code: RULE_CODES.provenanceTextMissing },
        });
    });
    const unchecked: string[] = [];
    claims.forEach((c, i) => {
      checkFigure(c, i);
      const s = sourceIndex.get(c.source_id);
      const ref = s === undefined ? null : sources[s]!.text_ref;
      if (ref === null) {
        unchecked.push(c.claim_id);
        return;
      }
      const text = textOf(ref);
      if (text === null) return;
      const quote = normaliseQuoteText(c.quote);
      if (!containsWhole(text.text, quote, text.edges)) {
        emit(
          error(
            i,
            "quote",
            RULE_CODES.provenanceQuoteNotInText,
            `quote does not occur in ${ref} (source ${c.source_id})`,
            c,
          ),
        );
        return;
      }
      const unlike = printedDifference(printedOf(ref), c.quote);
      if (unlike !== null)
        emit({
          ...error(i, "quote", RULE_CODES.provenanceQuoteNotVerbatim, notVerbatim(ref, unlike), c),
          severity: "warning",
        });
      const cut = boundCutOff(c, quote, text);
      if (cut !== null)
        emit({
          ...error(
            i,
            "quote",
            RULE_CODES.provenanceQuoteCut,
            `quote ${cut.atStart ? "starts" : "ends"} at figure_text ${quoted(c.figure_text)}, but ${ref} prints ${quoted(cut.printed)} there, which reads as ${spokenQualifier(cut.qualifier)}, and the claim's qualifier is ${spokenQualifier(c.qualifier)}; quote the words with the figure, and if they bound it, copy them into figure_text and set the qualifier they say`,
            c,
          ),
          severity: cut.negates ? "error" : "warning",
        });
    });
    if (unchecked.length > 0)
      emit({
        rule: "provenance",
        severity: "info",
        message: `${unchecked.length} claim${unchecked.length === 1 ? "'s quote" : "s' quotes"} not checked against a text: their sources have no text_ref`,
        dataset: label,
        claim_ids: unchecked,
      });
  },
});
