import { readFigure } from "../figures.js";
import { fractionOf } from "../fractions.js";
import { qualifierCue } from "../qualifierCue.js";
import type { Claim } from "../schema/claim.js";
import type { Qualifier } from "../schema/enums.js";
import type { Metric } from "../schema/metric.js";
import type { AttributedKind } from "../schema/vocabularies.js";
import { unseenIn } from "../seenText.js";
import { codePoint } from "../visibleControls.js";
import { type Attribution, attributionIn, refersBack } from "./attribution.js";
import { betweenControls, type Span, shownText, unglued } from "./controls.js";
import { findFigures } from "./findFigures.js";
import { guessMetric } from "./guessMetric.js";
import { unitOfFigure } from "./measureUnit.js";
import { percentChangeWord } from "./percentChange.js";
import { MAX_QUOTE, quoteSpan } from "./quoteAround.js";
import { quoteContainsAt, sameFigureText } from "./quoteContains.js";
import { splitSentences } from "./sentences.js";

/**
 * A candidate claim: a row of claims.csv with what a reviewer must still decide left empty
 * (`event_id`, and `metric` or `attributed_kind` when nothing made them clear).
 */
export type Proposal = Omit<Claim, "event_id" | "metric" | "attributed_kind"> & {
  event_id: string | null;
  metric: string | null;
  attributed_kind: AttributedKind["attributed_kind"] | null;
};

export interface ProposeOptions {
  sourceId: string;
  /** The dataset's metrics, to guess a metric from its keywords. */
  metrics?: readonly Metric[];
  /** The claims already recorded, for `excludeExisting`. */
  claims?: readonly Claim[];
  /** The source's outlet: the speaker when the text names no other. */
  outlet?: string | null;
  /**
   * Leave out figures already recorded for this source: same figure_text, the recorded quote within
   * this one where it holds this figure, each recorded claim standing for one figure.
   */
  excludeExisting?: boolean;
}

/**
 * A duration's unit word, the last in its figure_text: before the half that ends it ("three years
 * and a half") or a cue after it ("15 days or so", which read "so" as the unit).
 */
const DURATION_UNIT_WORD = /\b(?:minute|hour|day|week|month|year|decade)s?\b/gi;

/** The qualifier the figure's words state; the first candidate, said in notes, when unclear. */
function qualifierOf(figureText: string, notes: string[]): Qualifier {
  const cue = qualifierCue(figureText);
  if (cue.kind === "settled") return cue.qualifier;
  if (cue.kind === "ambiguous" && cue.candidates.length > 0) {
    notes.push(`qualifier unclear (${cue.why}): chose ${cue.candidates[0]}`);
    return cue.candidates[0]!;
  }
  notes.push("qualifier unclear: chose exact");
  return "exact";
}

function boundsOf(qualifier: Qualifier, values: number[]): [number | null, number | null] {
  const [first = null, second = null] = values;
  switch (qualifier) {
    case "between": {
      // "between 300 and 200" is one range printed high to low: value_low is still the lower bound
      // (proposed as printed, the row failed integrity's low-above-high: an outside review).
      const other = second ?? first;
      return first === null || other === null
        ? [first, other]
        : [Math.min(first, other), Math.max(first, other)];
    }
    case "at_least":
    case "more_than":
      return [first, null];
    case "at_most":
    case "fewer_than":
      return [null, first];
    default:
      return [first, first];
  }
}

/**
 * The speaker of sentence `k`, looked for in it, then the sentence before, then the one after
 * when that one refers back ("…, the source said.").
 */
function speakerOf(
  attributions: (k: number) => Attribution | null,
  k: number,
  outlet: string | null,
  notes: string[],
) {
  const places: [number, string][] = [
    [k, ""],
    [k - 1, "the sentence before"],
    [k + 1, "the sentence after"],
  ];
  for (const [at, where] of places) {
    const found = attributions(at);
    if (!found || (at > k && !refersBack(found.attributedTo))) continue;
    notes.push(`attribution guessed${where ? ` from ${where}` : ""}`);
    return found;
  }
  if (outlet) {
    notes.push("no speaker named nearby: attributed to the outlet");
    return { attributedTo: outlet, kind: "media" as const };
  }
  notes.push("no speaker named nearby");
  return { attributedTo: "", kind: null };
}

/** A sentence as printed (`text`, where figures and quotes are cut from) and as a terminal shows it. */
interface ReadSentence {
  text: string;
  shown: string;
  /** In a text that holds controls, the character of the text right before the sentence ("" at its start). */
  before?: string;
}

/**
 * The sentences of `text`, split as it is shown (`shownText`): no stop inside an escape sequence
 * ends one, and a stop before one does ("back.\u001b[0m Police said"). Each is the text as printed
 * from its first character shown to its last.
 */
function sentencesOf(text: string): ReadSentence[] {
  const { shown, spans, placeOf } = shownText(text);
  const sentences = splitSentences(shown);
  if (spans.length === 0) return sentences.map((s) => ({ text: s.text, shown: s.text }));
  return sentences.map((s) => {
    const [start, end] = [placeOf(s.start), placeOf(s.start + s.text.length - 1) + 1];
    return { text: text.slice(start, end), shown: s.text, before: text[start - 1] ?? "" };
  });
}

/**
 * One candidate claim per figure a source text states, in reading order: the figure and the
 * whole sentence it stands in exactly as printed (only the words between its control characters
 * and escape sequences, where it holds any: no cell may hold one), its qualifier and bounds as the
 * provenance rule reads them (`readFigure`, `qualifierCue`), the speaker where the sentence or a
 * neighbour names one, and the metric where one metric's keywords make it clear. `notes` says what
 * was guessed.
 */
export function proposeClaims(text: string, options: ProposeOptions): Proposal[] {
  const { sourceId, metrics = [], claims = [], outlet = null, excludeExisting = false } = options;
  // Each recorded claim leaves out one figure: the same quote printed twice, or a figure printed
  // twice in one quote, states a figure twice, and one claim records one of them.
  const unmatched = excludeExisting ? claims.filter((c) => c.source_id === sourceId) : [];
  const sentences = sentencesOf(text);
  const proposals: Proposal[] = [];
  // Read once per sentence, not once per figure: a long sentence states many.
  const attributions = new Map<number, Attribution | null>();
  const attributionOf = (k: number) => {
    if (!attributions.has(k)) {
      const sentence = sentences[k];
      // As shown: a speaker's name is no quote, and "\u001b[1mKim\u001b[0m said" names Kim.
      attributions.set(k, sentence ? attributionIn(sentence.shown) : null);
    }
    return attributions.get(k) ?? null;
  };
  sentences.forEach((sentence, k) => {
    const { figures, spans } = findFigures(sentence.text);
    for (const figure of figures) {
      const figureText = figure.figureText;
      // Only the words between the controls either side: no cell may hold one, and a quote without
      // it would not be in the text (findFigures passes over a figure one cuts into).
      const at: Span = { start: figure.start, end: figure.start + figureText.length };
      const between =
        spans.length === 0
          ? { start: 0, end: sentence.text.length }
          : betweenControls(sentence.text, spans, at.start, at.end);
      // Glued to an escape sequence's last letter ("\u001b[31m300"): no quote of it is the text's.
      const room =
        sentence.before === undefined
          ? between
          : unglued(
              sentence.text,
              between,
              at.start,
              between.start > 0 ? sentence.text[between.start - 1] : sentence.before,
            );
      if (room === null) continue;
      const words = sentence.text.slice(room.start, room.end);
      const span = quoteSpan(words, figure.start - room.start, figure.start - room.start + figureText.length);
      const [from, to] = [room.start + span.from, room.start + span.to];
      const quote = sentence.text.slice(from, to);
      const [start, end] = [figure.start - from, figure.start - from + figureText.length];
      const recorded = unmatched.findIndex(
        (c) => sameFigureText(c.figure_text, figureText) && quoteContainsAt(quote, c.quote, start, end),
      );
      if (recorded !== -1) {
        unmatched.splice(recorded, 1);
        continue;
      }
      const reading = readFigure(figureText);
      if (reading === null) continue;
      const notes: string[] = [];
      if (spans.length > 0)
        notes.push(
          `the sentence holds ${spans.length === 1 ? "a control character or escape sequence" : `${spans.length} control characters or escape sequences`} (${[...new Set(spans.map((c) => codePoint(sentence.text[c.start]!)))].join(", ")}), which no cell may hold: the quote stops at ${spans.length === 1 ? "it" : "them"}`,
        );
      if (room.start !== between.start)
        notes.push(
          `"${sentence.text.slice(between.start, room.start).trim()}" is glued to an escape sequence's last letter, as the provenance rule reads the text: the quote starts after it`,
        );
      if (quote !== words)
        notes.push(
          `the sentence is ${sentence.text.length} characters long: quote is the words around the figure, at most ${MAX_QUOTE}`,
        );
      const unseen = unseenIn(figureText);
      if (unseen.length > 0)
        notes.push(
          `figure_text holds ${unseen.length === 1 ? "a character that prints" : "characters that print"} as nothing (${[...new Set(unseen)].map(codePoint).join(", ")}), kept as written and read as printed`,
        );
      const qualifier = qualifierOf(figureText, notes);
      // "½ of them", "about ¾": a fraction alone is a share of the whole, as the provenance rule
      // reads it for a metric in percent (fractionOf), not a count: proposed as exactly 0.5, it was
      // half a person. "1/2", "half" and "three-quarters" are passed over; "3½" and "½ million" count.
      const fraction = reading.values.length === 1 && !reading.percent ? fractionOf(figureText) : undefined;
      const percentOfWhole = fraction === undefined ? undefined : Number((fraction * 100).toPrecision(12));
      const values = percentOfWhole === undefined ? reading.values : [percentOfWhole];
      const [value_low, value_high] = boundsOf(qualifier, values);
      if (figure.modifier !== undefined) {
        // "200 million-dollar homes": 200 homes of a million dollars each, or "a 200 million-dollar budget".
        const scaled = readFigure(`${figureText} ${figure.modifier}`)?.values.join(" and ");
        notes.push(
          `"${figure.modifier}" follows it, a compound modifier its scale word may belong to: read as the figure alone; if the scale word scales the figure instead, it is ${scaled}`,
        );
      }
      // "a million-dollar fine": a sum of dollars, never guessed to count the people of a metric.
      const measure =
        figure.heads === undefined ? null : (/[-\u2010\u2011]([A-Za-z]+)/.exec(figure.heads)?.[1] ?? null);
      if (measure !== null)
        notes.push(
          `it heads the compound modifier "${figure.heads}": a figure in ${measure.toLowerCase()}s, not a count of what it describes`,
        );
      // "walked 200 km", "$8,000": a distance, weight or sum, guessed only a metric in its unit.
      const unit =
        measure === null && !figure.duration && !reading.percent
          ? unitOfFigure(sentence.text, figure.start, figure.start + figureText.length)
          : null;
      if (unit !== null) notes.push(`a figure in ${unit}, not a count: a metric in ${unit} only`);
      if (figure.duration) notes.push("a duration");
      const change = reading.percent
        ? percentChangeWord(sentence.text, figure.start, figure.start + figureText.length)
        : null;
      if (change !== null)
        notes.push(
          `a change in percent ("${change}"), not a share: a metric of change in percent, base_claim_id the figure it changes from`,
        );
      else if (reading.percent) notes.push("a share (percentage): set base_claim_id");
      if (percentOfWhole !== undefined)
        notes.push(`a share (a fraction of the whole, ${percentOfWhole}%): set base_claim_id`);
      if (reading.vague) notes.push("a vague quantity, read as its published floor");
      const speaker = speakerOf(attributionOf, k, outlet, notes);
      // "three years and a half or so" is in years.
      const durationUnit = figure.duration ? (figureText.match(DURATION_UNIT_WORD)?.at(-1) ?? null) : null;
      const guess = guessMetric(
        quote,
        {
          percent: reading.percent || percentOfWhole !== undefined,
          durationUnit,
          measure: measure ?? unit,
          change: change !== null,
        },
        metrics,
      );
      notes.push(guess ? `metric guessed from "${guess.words.join('", "')}"` : "metric left for review");
      notes.push("event_id left for review");
      proposals.push({
        claim_id: `new-${proposals.length + 1}`,
        event_id: null,
        source_id: sourceId,
        metric: guess?.metric ?? null,
        qualifier,
        value_low,
        value_high,
        figure_text: figureText,
        attributed_to: speaker.attributedTo,
        attributed_kind: speaker.kind,
        first_reported_by: null,
        reported_via: [],
        repeats_claim_id: null,
        base_claim_id: null,
        as_of: null,
        as_of_precision: null,
        as_of_inferred: false,
        quote,
        vague: reading.vague,
        notes: notes.join("; "),
      });
    }
  });
  return proposals;
}
