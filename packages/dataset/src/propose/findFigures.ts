import {
  compoundModifierAt,
  type FigureReading,
  halvesApart,
  isScaleAbbreviation,
  readFigure,
  SCALE_AFTER_VAGUE,
  unitAndAHalfAt,
} from "../figures.js";
import { CUE_AFTER_SOURCE, QUALIFIER_CUES, spacedWords } from "../qualifierCues.js";
import { hasUnseen, seenWithPlaces } from "../seenText.js";
import { crossesControl, type Span, shownText } from "./controls.js";
import { shapedSpans } from "./digitShapes.js";
import { notAFigure, textBefore } from "./notAFigure.js";
import { isRatio, ratioSecondAt } from "./ratios.js";
import { isScore } from "./scores.js";
import {
  isNumberToken,
  isNumberWord,
  isPlainDigits,
  isVagueBeforeScale,
  isVagueWord,
  type Token,
  tokenize,
} from "./tokens.js";

/** A figure found in a sentence: its words exactly as printed and where they sit. */
export interface FoundFigure {
  figureText: string;
  start: number;
  /** A length of time ("15-day", "three and a half years"): its unit is part of figureText. */
  duration: boolean;
  /**
   * The compound modifier right after the figure whose scale word may multiply it instead
   * ("million-dollar" of "200 million-dollar homes", `compoundModifierAt`): left out of
   * figureText, so a reviewer is told the other reading.
   */
  modifier?: string;
  /**
   * The compound modifier the figure's own last word heads ("million-dollar" of "a million-dollar
   * fine", "a 200 million-dollar budget"), read one way: the figure is in what it names
   * (dollars), no count of what it describes. Not one that counts it ("a thousand-strong crowd").
   */
  heads?: string;
}

/** A number that was passed over, and why (for tests and for `notes`). */
export interface SkippedNumber {
  text: string;
  why: string;
}

// A bounding or softening phrase right before the number, by the same list `qualifierCue` reads;
// its words may be split by any white space, as `qualifierCue` collapses it ("at\nleast 15", wrapped).
const CUE_BEFORE = QUALIFIER_CUES.map(
  ([, pattern]) => new RegExp(`(?:${spacedWords(pattern.source)})\\s+$`, "i"),
);
// Words after a figure, and a "~" before it, that bound or soften it ("200+", "30 or more", "50 or
// so", "~50"): taken into figure_text, where `qualifierCue` reads them (the same words), rather
// than left out of it, which proposed such a figure as exact and let the wrong qualifier pass
// every rule (an outside review). Their words may be split by any white space, as for the cues
// before a figure. Not "c.": "c.50" would read as .50.
const CUE_AFTER = new RegExp(CUE_AFTER_SOURCE, "i");
const SIGN_BEFORE = /~\s*$/;
// A softening word may stand between a range's opener and its first number ("between about 200
// and 300"): it softens the range, which was proposed in two pieces ("about 200", "300").
const SOFTENED = String.raw`(?:(?:${spacedWords(QUALIFIER_CUES.find(([q]) => q === "about")![1].source)})\s*)?`;
// Range openers count only before a range: "up from 487" is not "from 487".
const RANGE_OPENER = new RegExp(String.raw`\b(?:between|from)\s+${SOFTENED}$`, "i");
const BETWEEN_BEFORE = new RegExp(String.raw`\bbetween\s+${SOFTENED}$`, "i");
const DURATION_UNIT =
  /^(?:\s*[-\u2010-\u2015]\s*|\s+)(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b(?![-\u2010-\u2015\s]+old\b)/i;
const HALF_AFTER_UNIT = /^\s+and\s+(?:a\s+)?half\b/i;
// "in the first six months", "for the last two decades": the period a statement covers, not a figure.
const REFERENCE_PERIOD = /\b(?:first|last|past|next|previous)\s+$/i;
/** Words after a suspended hyphen that join a range's ends ("200- and 300-million"), as readFigure's range joins. */
const SUSPENDED_JOINS: ReadonlySet<string> = new Set(["and", "to", "or"]);
const SCALE_PLURAL = /^(?:thousands|millions|billions)$/;

/**
 * A sentence as the figure finder reads it: its text, its tokens, and `readFigure` of the text
 * between two offsets. extent reads the figure so far again at each step, modifierAfter the figure
 * figuresIn has read: each text is read once.
 */
interface ReadSentence {
  sentence: string;
  tokens: Token[];
  read: (from: number, to: number) => FigureReading | null;
}

function readSentence(sentence: string): ReadSentence {
  const known = new Map<string, FigureReading | null>();
  const read = (from: number, to: number) => {
    const text = sentence.slice(from, to);
    let reading = known.get(text);
    if (reading === undefined) {
      reading = readFigure(text);
      known.set(text, reading);
    }
    return reading;
  };
  return { sentence, tokens: tokenize(sentence), read };
}

/** How many numbers `readFigure` reads in the sentence between two tokens. */
function countValues({ tokens, read }: ReadSentence, from: number, to: number): number {
  return read(tokens[from]!.start, tokens[to]!.end)?.values.length ?? 0;
}

/**
 * Where the compound modifier ends that the token after the figure `tokens[i..j]` heads ("200
 * million-dollar homes": a scale word hyphened to a word, `compoundModifierAt`), or -1. Only
 * where `readFigure` reads the words two ways too (`apart`), an article before the figure with
 * them: "a 200 million-dollar budget" and "between 500 and 1 million-dollar homes" read one way.
 */
function modifierAfter({ sentence, tokens, read }: ReadSentence, i: number, j: number): number {
  const next = tokens[j + 1];
  if (next?.kind !== "word" || !SCALE_AFTER_VAGUE.has(next.lower)) return -1;
  const before = read(tokens[i]!.start, tokens[j]!.end)?.values.at(-1);
  const end = before === undefined ? -1 : compoundModifierAt(sentence, next.end, before);
  if (end === -1) return -1;
  const article = tokens[i - 1]?.lower === "a" || tokens[i - 1]?.lower === "an";
  const from = article ? tokens[i - 1]!.start : tokens[i]!.start;
  return read(from, end)?.apart === undefined ? -1 : end;
}

/**
 * Words after a hyphened scale word that count what the modifier describes: "a thousand-strong
 * crowd" is a thousand people, "a hundred-member group" a hundred members.
 */
const COUNTING_MODIFIERS: ReadonlySet<string> = new Set(
  ["strong", "person", "people", "man", "men", "woman", "women", "member"].flatMap((w) => [w, `${w}s`]),
);
const FIRST_HYPHENED = /^[^-\u2010\u2011]*[-\u2010\u2011]([a-z]+)/i;

/**
 * The compound modifier that token `j`, the figure's last, heads when it is a hundred, dozen or
 * scale word hyphened to a word that names no count ("a million-dollar fine"), or undefined.
 */
function headedModifier(sentence: string, tokens: Token[], j: number): string | undefined {
  const t = tokens[j]!;
  if (t.kind !== "word" || !SCALE_AFTER_VAGUE.has(t.lower)) return undefined;
  const end = compoundModifierAt(sentence, t.end, 1);
  if (end === -1) return undefined;
  const modifier = sentence.slice(t.start, end);
  const word = FIRST_HYPHENED.exec(modifier)?.[1]?.toLowerCase();
  return word === undefined || COUNTING_MODIFIERS.has(word) ? undefined : modifier;
}

/** Token `i` is a hundred, dozen or scale word, without its article, that heads a compound modifier. */
function headsModifierAlone(sentence: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.kind === "word" && SCALE_AFTER_VAGUE.has(t.lower) && compoundModifierAt(sentence, t.end, 1) !== -1;
}

/** The last token of a percent marker ("%", "percent", "per cent") starting at token `k`, or -1. */
function percentEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (t?.kind === "percent" || t?.lower === "percent") return k;
  return t?.lower === "per" && tokens[k + 1]?.lower === "cent" ? k + 1 : -1;
}

/**
 * The second number of a percent range that goes on after the first one's marker at `k` ("30% to
 * 40%", "30%-40%", "between 30 percent and 40 percent"), or -1: a range word, then a number that
 * carries a marker of its own.
 */
function percentRangeAfter(tokens: Token[], k: number, rangeOpened: boolean): number {
  const [join, number] = [tokens[k + 1], tokens[k + 2]];
  const rangeWord = join?.kind === "dash" || join?.lower === "to" || (join?.lower === "and" && rangeOpened);
  return rangeWord && isNumberToken(number, tokens[k + 3]) && percentEnd(tokens, k + 3) !== -1 ? k + 2 : -1;
}

/** The lower-case word at token `at`, for the readings `readFigure` shares ("a year and a half"). */
const wordsOf =
  (tokens: Token[]) =>
  (at: number): string | undefined =>
    tokens[at]?.kind === "word" ? tokens[at].lower : undefined;

// The words readFigure scales a half by: not "hundred" ("half a hundred" reads as 0.5 and 100).
const HALF_SCALES: ReadonlySet<string> = new Set([...SCALE_AFTER_VAGUE].filter((w) => w !== "hundred"));
const isArticle = (t: Token | undefined) => t?.lower === "a" || t?.lower === "an";

/**
 * The token of the scale word a half starting at token `i` is of ("half a dozen", "a half dozen",
 * "a half-million": 6, 6 and 500,000, as readFigure reads them), or -1. Started at the scale word's
 * article they were proposed as "a dozen" (12) or "million" (an outside audit, then a review).
 */
function halfScaleEnd(tokens: Token[], i: number): number {
  const scaleAt = (k: number) => (HALF_SCALES.has(tokens[k]?.lower ?? "") ? k : -1);
  if (tokens[i]?.lower === "half") return isArticle(tokens[i + 1]) ? scaleAt(i + 2) : -1;
  if (!isArticle(tokens[i]) || tokens[i + 1]?.lower !== "half") return -1;
  const dash = tokens[i + 2];
  return dash?.kind === "dash" && dash.start === tokens[i + 1]!.end ? scaleAt(i + 3) : scaleAt(i + 2);
}

/**
 * Whether a figure can start at token `i`: a number, or "a"/"an" before "hundred", "dozen",
 * "thousand"…, before "couple"/"few" and the scale they multiply ("a couple of hundred"), or
 * before a unit of time and a half ("a year and a half").
 */
function startsFigure(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (halfScaleEnd(tokens, i) !== -1) return true;
  if (t.lower === "half") return false;
  if (isNumberToken(t, tokens[i + 1])) return true;
  if (unitAndAHalfAt(wordsOf(tokens), i) !== -1) return true;
  // "couple hundred people", without its article.
  if (isVagueBeforeScale(tokens, i)) return true;
  return (
    (t.lower === "a" || t.lower === "an") &&
    (SCALE_AFTER_VAGUE.has(tokens[i + 1]?.lower ?? "") || isVagueBeforeScale(tokens, i + 1))
  );
}

/**
 * The last token of the figure that starts at token `i`. The figure grows over number words that
 * `readFigure` reads as part of the same number ("three hundred and fifty", "three and a half",
 * "twenty-five", "tens of thousands") and at most once over a range ("10-15", "10 to 30", "between
 * 200 and 300"), then takes a following "%", "percent" or "per cent" (and, once, a range of two
 * such: "30% to 40%").
 */
function extent(s: ReadSentence, i: number, rangeOpened: boolean, noRange = false): number {
  const { sentence, tokens } = s;
  // "a dozen": the article is read with the word it counts; "half a dozen" and "a half dozen" too.
  const half = halfScaleEnd(tokens, i);
  let j = half !== -1 ? half : isNumberToken(tokens[i]) ? i : i + 1;
  let ranged = noRange;
  for (;;) {
    const [a, b, c] = [tokens[j + 1], tokens[j + 2], tokens[j + 3]];
    if (a === undefined) return j;
    const marker = percentEnd(tokens, j + 1);
    if (marker !== -1) {
      // A range whose ends each carry the sign is one figure, as "30 to 40%" is (an outside
      // review: "between 30% and 40%" was proposed as two exact figures).
      const second = ranged ? -1 : percentRangeAfter(tokens, marker, rangeOpened);
      if (second === -1) return marker;
      ranged = true;
      j = second;
      continue;
    }
    // Where the figure would end after each step that may continue it (a word, or a connector and a number).
    const steps: number[] = [];
    // Not over a scale word that may be the head of a compound modifier ("200 million-dollar homes").
    if (isNumberWord(a, b) && modifierAfter(s, i, j) === -1) steps.push(j + 1);
    // "200 mln": an abbreviation a space parts from its digits.
    if (a.kind === "word" && isPlainDigits(tokens[j]) && isScaleAbbreviation(a.lower, false))
      steps.push(j + 1);
    if (a.kind === "dash" && isNumberToken(b, c)) steps.push(j + 2);
    // A suspended hyphen: "200- and 300-million", "10- to 15-day", read by readFigure as one range.
    if (
      a.kind === "dash" &&
      a.start === tokens[j]!.end &&
      /\s/.test(sentence[a.end] ?? "") &&
      SUSPENDED_JOINS.has(b?.lower ?? "") &&
      isNumberToken(c, tokens[j + 4])
    )
      steps.push(j + 3);
    if (a.lower === "and" && isNumberToken(b, c)) {
      // The number words after "and" read whole: "two million and three million" is two numbers
      // (a range after "between"), though "two million and three" would be one. Taken a word at a
      // time it was proposed as "two million and three" (2,000,003) and "million" (a review).
      let whole = j + 2;
      // Not over a scale word hyphened to a modifier it may head ("300 million-dollar homes").
      while (
        isNumberWord(tokens[whole + 1], tokens[whole + 2]) &&
        !headsModifierAlone(sentence, tokens, whole + 1)
      )
        whole++;
      const splits = whole > j + 2 && countValues(s, i, whole) > Math.max(1, countValues(s, i, j));
      if (whole > j + 2) steps.push(whole);
      if (!splits) steps.push(j + 2);
    } else if (a.lower === "and" && b?.lower === "half") steps.push(j + 2);
    if (a.lower === "and" && b?.lower === "a" && c?.lower === "half") steps.push(j + 3);
    if (a.lower === "to" && isNumberToken(b, c)) steps.push(j + 2);
    if (a.lower === "of" && isVagueWord(tokens[j]) && SCALE_PLURAL.test(b?.lower ?? "")) steps.push(j + 2);
    if (a.lower === "of" && isVagueBeforeScale(tokens, j)) steps.push(j + 2);
    // "a couple", "a few" read as no number until their scale word: the first step makes one.
    const now = Math.max(1, countValues(s, i, j));
    const next = steps.find((k) => {
      const count = countValues(s, i, k);
      if (count === now) return true;
      // A second number is a range only after a range word, and only once. A scale word may make
      // the range at a hyphen read before it: "two million-three" is one number, "two
      // million-three million" two, as "two million to three million" is.
      const rangeWord =
        a.kind === "dash" ||
        a.lower === "to" ||
        (a.lower === "and" && rangeOpened) ||
        (k === j + 1 && isNumberWord(a, b) && tokens.slice(i, j).some((t) => t.kind === "dash"));
      return count === now + 1 && now === 1 && !ranged && rangeWord;
    });
    if (next === undefined) return j;
    if (countValues(s, i, next) > now) ranged = true;
    j = next;
  }
}

/**
 * The last token of a range whose first end is the unit of time and a half `tokens[i..half]`
 * ("between a year and a half and two years", "a year and a half to two years"), read as
 * `readFigure` reads it (1.5 to 2), or `half` where no range follows: proposed apart, the two
 * ends were exact 1.5 and exact 2 (an outside review).
 */
function rangeFromUnitHalf(s: ReadSentence, i: number, half: number, rangeOpened: boolean): number {
  const { tokens } = s;
  const [join, number] = [tokens[half + 1], tokens[half + 2]];
  const rangeWord = join?.kind === "dash" || join?.lower === "to" || (join?.lower === "and" && rangeOpened);
  if (!rangeWord || !isNumberToken(number, tokens[half + 3])) return half;
  const end = extent(s, half + 2, rangeOpened, true);
  return countValues(s, i, end) === 2 ? end : half;
}

/**
 * The last token of a ratio whose first number, read as `first`, is the figure ending at token `j`
 * ("one in five", "1 in 5", "nine out of ten"), or -1: proposed apart, its two numbers were two
 * counts (an outside audit).
 */
function ratioEnd(s: ReadSentence, j: number, first: readonly number[]): number {
  const { sentence, tokens } = s;
  const k = ratioSecondAt(tokens, j);
  if (k === -1 || tokens[k] === undefined || !startsFigure(tokens, k)) return -1;
  const end = extent(s, k, false, true);
  const second = s.read(tokens[k]!.start, tokens[end]!.end);
  if (second === null || second.percent) return -1;
  const secondText = sentence.slice(tokens[k]!.start, tokens[end]!.end);
  return isRatio(first, second.values, secondText, sentence.slice(tokens[end]!.end)) ? end : -1;
}

/** The longest bounding phrase (or, before a range, "between"/"from") that ends right before `at`. */
function cueStart(sentence: string, at: number, ranged: boolean): number {
  const before = textBefore(sentence, at);
  const offset = at - before.length;
  const patterns = ranged ? [...CUE_BEFORE, RANGE_OPENER] : CUE_BEFORE;
  let start = at;
  for (const pattern of patterns) {
    const match = pattern.exec(before);
    if (match && offset + match.index < start) start = offset + match.index;
  }
  return start;
}

/**
 * The figures a sentence states, each as printed with its bounding words ("about 200", "between
 * 200 and 300", "more than 30 percent", "15-day"), and the numbers passed over with the reason
 * (years, dates, times of day, ages, numbers inside names, a control character inside one). It is
 * read as a terminal shows it (`shownText`): no digit of an escape sequence is read, nor what an
 * override shows in another order than it is stored.
 */
export function findFigures(sentence: string): {
  figures: FoundFigure[];
  skipped: SkippedNumber[];
  /** The sentence's controls (`controlSpans`), so a caller that quotes the figures need not find them again. */
  spans: Span[];
} {
  // Read as a terminal shows it: no digit of an escape sequence is a figure ("\u001b]0;" was read as 0).
  const { shown, spans, placeOf } = shownText(sentence);
  if (spans.length === 0 && !hasUnseen(sentence)) return { ...figuresIn(sentence), spans };
  // Read as printed, then quoted as written: "2\u200b00" was proposed as "2" and "00".
  const { seen, at } = seenWithPlaces(shown);
  const found = figuresIn(seen);
  const figures: FoundFigure[] = [];
  const skipped = [...found.skipped];
  for (const f of found.figures) {
    const start = placeOf(at[f.start]!);
    const end = placeOf(at[f.start + f.figureText.length - 1]!) + 1;
    // No cell may hold a control, and without it the words are not the text's: passed over.
    if (crossesControl(spans, start, end))
      skipped.push({ text: f.figureText, why: "a control character or escape sequence inside it" });
    else figures.push({ ...f, figureText: sentence.slice(start, end), start });
  }
  // As read, without the characters: only tests look at what was passed over.
  return { figures, skipped, spans };
}

function figuresIn(printed: string): { figures: FoundFigure[]; skipped: SkippedNumber[] } {
  // Read as readFigure reads it ("three-and-a-half" as "three and a half"), one character for one:
  // what is proposed is cut from the sentence as printed.
  const asRead = readSentence(halvesApart(printed));
  const { sentence, tokens } = asRead;
  const figures: FoundFigure[] = [];
  const skipped: SkippedNumber[] = [];
  const spans = shapedSpans(sentence);
  // The next date, fraction or phone number at or after the token read; tokens and spans are both in order.
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsFigure(tokens, i)) continue;
    // A scale word heading a modifier with no number read before it ("the million-dollar homes",
    // or "In 2019 million-dollar homes" once the year is passed over) is the modifier's, no figure
    // of its own: proposed alone, "million" (1,000,000) failed its quote (an outside review).
    if (headsModifierAlone(sentence, tokens, i)) continue;
    while (d < spans.length && spans[d]!.end <= tokens[i]!.start) d++;
    const span = spans[d];
    if (span !== undefined && span.start <= tokens[i]!.start) {
      while (i + 1 < tokens.length && tokens[i + 1]!.start < span.end) i++;
      // A scale word right after it is part of it ("3,5 million", "3/4 million"): left behind, it
      // was proposed as a figure of its own, "million" (the review of this change).
      let end = span.end;
      const next = tokens[i + 1];
      if (
        next !== undefined &&
        SCALE_AFTER_VAGUE.has(next.lower.replace(/s$/, "")) &&
        /^\s+$/.test(sentence.slice(end, next.start))
      ) {
        i++;
        end = next.end;
      }
      skipped.push({ text: printed.slice(span.start, end), why: span.why });
      continue;
    }
    const before = textBefore(sentence, tokens[i]!.start);
    const rangeOpened = RANGE_OPENER.test(before);
    // "a year and a half": its unit inside it, read as 1.5 (readFigure's reading, proposed as nothing).
    const unitHalf = unitAndAHalfAt(wordsOf(tokens), i);
    let j =
      unitHalf !== -1 ? rangeFromUnitHalf(asRead, i, unitHalf, rangeOpened) : extent(asRead, i, rangeOpened);
    let core = printed.slice(tokens[i]!.start, tokens[j]!.end);
    let reading = asRead.read(tokens[i]!.start, tokens[j]!.end);
    if (reading === null) continue;
    // Written as a double it would change ("1e+23" for 99999999999999999999999), and integrity
    // refuses any whole number past 2^53 (an outside review found propose writing one).
    if (reading.values.some((v) => !Number.isSafeInteger(v) && Number.isInteger(v))) {
      skipped.push({ text: core, why: "a number too large to write exactly" });
      i = j;
      continue;
    }
    const ratio = reading.percent ? -1 : ratioEnd(asRead, j, reading.values);
    if (ratio !== -1) {
      skipped.push({ text: printed.slice(tokens[i]!.start, tokens[ratio]!.end), why: "a ratio" });
      i = ratio;
      continue;
    }
    if (reading.values.length === 2 && isScore(sentence, tokens, i, j, reading.values)) {
      skipped.push({ text: core, why: "a score or tally" });
      i = j;
      continue;
    }
    if (
      reading.values.length === 2 &&
      reading.values[0]! >= reading.values[1]! &&
      !BETWEEN_BEFORE.test(before)
    ) {
      // A range is printed from low to high: "fell from 30 to 10" states two figures, read apart.
      // After "between" it is one range written backwards, and read as one (the rules say so).
      j = unitHalf !== -1 ? unitHalf : extent(asRead, i, rangeOpened, true);
      core = printed.slice(tokens[i]!.start, tokens[j]!.end);
      reading = asRead.read(tokens[i]!.start, tokens[j]!.end);
      if (reading === null) continue;
    }
    let start = cueStart(sentence, tokens[i]!.start, reading.values.length === 2);
    const why = notAFigure(sentence, tokens, i, j, start);
    if (why !== null) {
      skipped.push({ text: core, why });
      i = j;
      continue;
    }
    const unit = reading.percent ? null : DURATION_UNIT.exec(sentence.slice(tokens[j]!.end));
    if (unit && start === tokens[i]!.start && REFERENCE_PERIOD.test(textBefore(sentence, start))) {
      skipped.push({ text: core, why: "a reference period" });
      i = j;
      continue;
    }
    let end = tokens[j]!.end + (unit?.[0].length ?? 0);
    // "three years and a half": the half is of the unit, as readFigure reads it (3.5); proposed as
    // "three years" the row failed, its figure only part of a larger one (a review).
    const half = unit ? HALF_AFTER_UNIT.exec(sentence.slice(end)) : null;
    if (half) {
      end += half[0].length;
      while (j + 1 < tokens.length && tokens[j + 1]!.start < end) j++;
    }
    const duration = unit != null || unitHalf !== -1;
    // After a duration too: "15 days or so" was proposed as exact 15 (an outside review).
    const after = CUE_AFTER.exec(sentence.slice(end));
    if (after) end += after[0].length;
    // Only the text just before: the whole sentence before each figure made a long one quadratic
    // (an outside audit's 4 MB one-line text took a minute, almost all of it in this pattern).
    const signWindow = textBefore(sentence, start);
    const sign = start === tokens[i]!.start ? SIGN_BEFORE.exec(signWindow) : null;
    if (sign) start = start - signWindow.length + sign.index;
    const modifierEnd = modifierAfter(asRead, i, j);
    const figure: FoundFigure = { figureText: printed.slice(start, end), start, duration };
    if (modifierEnd !== -1) {
      figure.modifier = printed.slice(tokens[j + 1]!.start, modifierEnd);
      // Its scale word is read with the figure or with the modifier, never as a figure alone.
      j++;
    } else if (!duration) {
      const heads = headedModifier(sentence, tokens, j);
      if (heads !== undefined)
        figure.heads = printed.slice(tokens[j]!.start, tokens[j]!.start + heads.length);
    }
    figures.push(figure);
    i = j;
  }
  return { figures, skipped };
}
