import { textBefore } from "./notAFigure.js";
import type { Token } from "./tokens.js";

// Words that name a result printed as two numbers: "a 2-3 defeat", "a 5-4 vote", "by a 52-48 margin".
const RESULT_AFTER =
  /^\s*(?:votes?|win|victory|defeat|loss|draw|tie|margin|majority|decision|ruling|verdict|score|scoreline)\b/i;
// Verbs that a result follows: "won 3-2", "voted 52 to 48". Not "beat", "lost" or "led", which
// count people as often ("guards beat 10-15 with iron bars", "the family lost 2-3 in the flood").
const RESULT_VERB_BEFORE = /\b(?:won|wins?|defeated|drew|tied|voted|scored)\s+$/i;
/** A score or a tally of votes is printed in fewer than four digits; "2019-20" is a span of years. */
const SCORE_MAX = 999;
// After such a verb a result ends its phrase ("won 3-2 in the final", "voted 52 to 48."), where
// a count goes on to what it counts ("won 10-15 seats").
const PHRASE_ENDS = /^\s*(?:$|[^\w\s]|(?:in|on|at|against|over|with|after|before|for|and|but|when|as)\b)/i;

/**
 * Whether two numbers read as a range at tokens `i`..`j` (`low`, `high` as printed) are a score or
 * a tally instead. A range is printed from low to high ("200-300", "10-15"), so two numbers joined
 * by a dash from high to low ("won 3-2", "a 3–2 vote", "5-4") are a result, whatever surrounds
 * them. Printed from low to high, a result is told by its words: one that names it after the
 * numbers, or a verb of winning or voting before them with nothing counted after.
 */
export function isScore(
  sentence: string,
  tokens: Token[],
  i: number,
  j: number,
  [low, high]: number[],
): boolean {
  const core = tokens.slice(i, j + 1);
  const dashed = core.some(
    (t, k) => t.kind === "dash" && core[k - 1]?.kind === "digits" && core[k + 1]?.kind === "digits",
  );
  if (low! > SCORE_MAX || high! > SCORE_MAX) return false;
  if (dashed && low! >= high!) return true;
  const after = sentence.slice(tokens[j]!.end);
  if (RESULT_AFTER.test(after)) return true;
  return RESULT_VERB_BEFORE.test(textBefore(sentence, tokens[i]!.start)) && PHRASE_ENDS.test(after);
}
