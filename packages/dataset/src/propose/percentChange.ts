import { textBefore } from "./notAFigure.js";

// "rose 50%", "fell by about 30 percent", "up 20%": a verb or adverb of change right before the
// figure and its cue (so not "up to 50%", whose "up to" is the cue, nor "fell to 30%", a level).
const CHANGE_BEFORE =
  /\b(rose|rises?|risen|rising|fell|falls?|fallen|falling|increased?|increases|increasing|decreased?|decreases|decreasing|grew|grows?|grown|growing|jumped|jumps?|dropped|drops?|declined?|declines|declining|climbed|climbs?|surged|surges?|soared|plunged|plummeted|slumped|shrank|shrunk|up|down)\s+(?:[a-z]+ly\s+)?(?:by\s+)?$/i;
// "a 50% increase", "a 30-percent drop": the noun of change right after it.
const CHANGE_AFTER =
  /^(?:\s+|\s*[-\u2010\u2011]\s*)(increases?|decreases?|rises?|falls?|drops?|jumps?|declines?|growth|gains?|cuts?|reductions?|surges?|hikes?)\b/i;

/**
 * The word that makes the percentage at `sentence[start, end)` a change rather than a share of a
 * whole ("rose 50%", "a 30% drop"), or null. A change needs no base that it is a share of: the
 * note "a share (percentage)" sent a reviewer looking for one (an outside audit).
 */
export function percentChangeWord(sentence: string, start: number, end: number): string | null {
  return (
    CHANGE_BEFORE.exec(textBefore(sentence, start))?.[1] ??
    CHANGE_AFTER.exec(sentence.slice(end))?.[1] ??
    null
  );
}
