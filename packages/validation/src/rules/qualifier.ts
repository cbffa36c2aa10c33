import { type Claim, cueShape, type QualifierCue, qualifierCue } from "@tally/dataset";
import { figureTexts } from "../figureTexts.js";
import type { Finding } from "../finding.js";
import { flat, quoted, spokenQualifier } from "../flatText.js";
import { negatable, type QuoteCue, quoteCue, quoteNegation } from "../quoteCue.js";
import { RULE_CODES, type RuleCode } from "../ruleCodes.js";
import { defineRule, locate } from "../ruleContext.js";

/**
 * The qualifier agrees with the figure as printed: "at least 39" is at_least, not more_than;
 * "about 60" is about, not exact (the words `qualifierCue` reads). An error where the words settle
 * it and the claim says otherwise; a warning where the words are ambiguous ("about 10 to 15") and
 * the claim's qualifier is none of the readings they allow. The cue of each distinct figure_text
 * is read once. A figure_text that agrees with its qualifier is read in its quote too: a bare one
 * for words that may bound it (a warning), a bounded one for a "no" or "not" that turns its bound
 * around ("more than 200" of "no more than 200": an error, since the quote says the opposite).
 */
export const qualifier = defineRule({
  id: "qualifier",
  title: "Each claim's qualifier agrees with the words of its figure_text",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label } = ctx;
    // The cue of each distinct figure_text, and of each shape of one: "about 1,234" reads as
    // "about 5,678" does. The 1M benchmark data has 69,365 distinct figure texts; reading each took
    // 1.0–1.3 s, reading each shape a fraction of that.
    const { ids, texts } = figureTexts(dataset);
    const cues: (QualifierCue | undefined)[] = new Array(texts.length);
    const shapes = new Map<string, QualifierCue>();
    /** A finding at claim `i`'s figure_text of words its quote prints with it that it left out. */
    const quoteWords = (
      c: Claim,
      i: number,
      severity: "error" | "warning",
      code: RuleCode,
      message: string,
      printed: QuoteCue,
    ): Finding => ({
      rule: "qualifier",
      severity,
      message,
      dataset: label,
      ...locate(dataset, "claims", i),
      column: "figure_text",
      claim_ids: [c.claim_id],
      details: { code, qualifier: c.qualifier, expected: printed.qualifier, printed: printed.printed },
    });
    dataset.tables.claims.forEach((c, i) => {
      const id = ids[i]!;
      let cue = cues[id];
      if (cue === undefined) {
        const shape = cueShape(texts[id]!);
        cue = shapes.get(shape);
        if (cue === undefined) {
          cue = qualifierCue(shape);
          shapes.set(shape, cue);
        }
        cues[id] = cue;
      }
      if (cue.kind === "none") return;
      // A bound "no" or "not" can turn around (`negatable`): read in the quote for that word.
      if (cue.kind === "settled" && cue.qualifier === c.qualifier && negatable(c.qualifier)) {
        const negated = quoteNegation(c.quote, c.figure_text, c.qualifier);
        if (negated !== null)
          emit(
            quoteWords(
              c,
              i,
              "error",
              RULE_CODES.qualifierQuoteNegates,
              flat`${c.claim_id}: figure_text ${quoted(c.figure_text)} leaves out the word before it in its quote: ${quoted(negated.printed)} reads as ${spokenQualifier(negated.qualifier)}, but the claim's qualifier is ${spokenQualifier(c.qualifier)}; copy the whole phrase into figure_text and set the qualifier it says`,
              negated,
            ),
          );
        return;
      }
      if (cue.kind === "settled" && cue.qualifier === c.qualifier) {
        // A bare figure whose quote bounds it: "39" of "at least 39" recorded as exactly 39. A
        // warning: words next to a figure do not always bound it ("a report about 39 defectors").
        const printed = c.qualifier === "exact" ? quoteCue(c.quote, c.figure_text) : null;
        if (printed !== null)
          emit(
            quoteWords(
              c,
              i,
              "warning",
              RULE_CODES.qualifierQuoteWords,
              flat`${c.claim_id}: figure_text ${quoted(c.figure_text)} leaves out words its quote prints with it: ${quoted(printed.printed)} reads as ${spokenQualifier(printed.qualifier)}, but the claim's qualifier is ${spokenQualifier(c.qualifier)}; if they bound this figure, copy them into figure_text and set the qualifier they say`,
              printed,
            ),
          );
        return;
      }
      if (cue.kind === "ambiguous" && cue.candidates.includes(c.qualifier)) return;
      const at = {
        dataset: label,
        ...locate(dataset, "claims", i),
        column: "qualifier",
        claim_ids: [c.claim_id],
      };
      if (cue.kind === "settled")
        emit({
          rule: "qualifier",
          severity: "error",
          message: flat`${c.claim_id}: qualifier ${c.qualifier} does not match figure_text ${quoted(c.figure_text)}, which reads as ${spokenQualifier(cue.qualifier)} (${cue.why})`,
          ...at,
          details: { code: RULE_CODES.qualifierMismatch, qualifier: c.qualifier, expected: cue.qualifier },
        });
      else
        emit({
          rule: "qualifier",
          severity: "warning",
          message: flat`${c.claim_id}: figure_text ${quoted(c.figure_text)} does not settle the qualifier (${cue.why}); ${spokenQualifier(c.qualifier)} is not among its readings${cue.candidates.length > 0 ? ` (${cue.candidates.map(spokenQualifier).join(", ")})` : ""}: check it`,
          ...at,
          details: {
            code: RULE_CODES.qualifierAmbiguous,
            qualifier: c.qualifier,
            candidates: cue.candidates,
          },
        });
    });
  },
});
