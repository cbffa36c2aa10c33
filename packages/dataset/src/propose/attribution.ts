import type { AttributedKind } from "../schema/vocabularies.js";
import { endsInAbbreviation } from "./abbreviations.js";

/** A kind of the built-in vocabulary: the words below know only those. */
type KindId = AttributedKind["attributed_kind"];

/** Who a sentence says gave its figures, as printed, and the kind of speaker that suggests. */
export interface Attribution {
  attributedTo: string;
  kind: KindId;
}

// "…,” said Phil Robertson, deputy director of …": the speaker after the verb, with one apposition;
// also one named by a common noun ("…,” said the NGO", which went to the sentence before's source).
// A closing single quote stands after the quotation's own punctuation ("…,’ said Lee").
const SAID_AFTER =
  /(?:^|[,\u201D"]\s*|[,!?]['\u2019]\s*)said\s+((?:[A-Z]|(?:the|a|an)\s+[a-zA-Z])[^,.;\u2018\u201C\u201D"]*(?:,\s+[^,.;\u2018\u201C\u201D"]+)?)/;
// "A source in China told Daily NK that …", "…,” the China-based source said", "RFA reported
// that …": the speaker before the verb ("reported" alone is too often "were reported missing").
const SAID_BEFORE = /\s(?:said|says|told|confirmed|reported that)\b/;
// The name, then an apposition ("…, a defectors rescue group") that tells its kind.
// "… quoted an activist who helps defectors as saying that …": the one quoted, not the quoter.
const QUOTED_AS_SAYING = /\bquoted\s+([^,.;\u201C\u201D"]+?)\s+as saying\b/;
const ACCORDING_TO = /\baccording to\s+([^,.;\u201C\u201D"]+)((?:,\s+(?:a|an|the)\s+[^,.;\u201C\u201D"]+)?)/i;
const CITING = /\bciting\s+([^,.;\u201C\u201D"]+)((?:,\s+(?:a|an|the)\s+[^,.;\u201C\u201D"]+)?)/i;
// Where the speaker's words before the verb begin: a clause break or an opening or closing quote.
const CLAUSE_BREAK = /[,;:\u201C\u201D"(]/;

/**
 * Whether the character at `k` breaks a clause: punctuation, a double quote, or a single quote
 * that is no apostrophe. "‘" opens a quotation; "’" and "'" close one only after no
 * letter or digit ("… 300,' another said"), where an apostrophe stands in a word ("Daily NK’s
 * source", "the sources' leader"). Without them, "' another" was proposed as a speaker.
 */
function breaksClause(sentence: string, k: number): boolean {
  const c = sentence[k]!;
  if (CLAUSE_BREAK.test(c) || c === "\u2018") return true;
  return (c === "'" || c === "\u2019") && !/[\p{L}\p{N}]/u.test(sentence[k - 1] ?? "");
}

/** The words before the verb at `at`, back to the last clause break; "" when nothing is there. */
function subjectBefore(sentence: string, at: number): string {
  let from = at;
  while (from > 0 && !breaksClause(sentence, from - 1)) from--;
  const subject = sentence
    .slice(from, at)
    .trim()
    .replace(/^(?:and|but|that)\s+/i, "");
  // "Lee Seungju, a profiler at …, said": an apposition ends right before the verb, so the name
  // is the clause before it.
  if (subject === "" && sentence[from - 1] === ",") {
    const head = sentence.slice(0, from - 1);
    const clauses = head.split(",");
    return clauses.length >= 2 ? clauses.slice(-2).join(",").trim() : head.trim();
  }
  return subject;
}

/** Words that say what kind of speaker a name is, checked in this order. */
const KIND_WORDS: readonly [KindId, RegExp][] = [
  ["anonymous_source", /\b(?:sources?|anonymity|anonymous|unidentified|unnamed|missionary)\b/i],
  [
    "ngo",
    /\b(?:group|organi[sz]ation|watch|alliance|activists?|ngo|rescue|advocacy|foundation|association|network)\b/i,
  ],
  [
    "government",
    /\b(?:ministry|government|spokes(?:person|man|woman)|officials?|embassy|police|authorities|envoy|department)\b/i,
  ],
  ["expert", /\b(?:professor|researcher|expert|analyst|profiler|scholar)\b/i],
  ["media", /\b(?:newspaper|media|daily nk|rfa|radio|times|news|reports?|agency|ilbo)\b/i],
];

export function kindOfSpeaker(attributedTo: string): KindId {
  return KIND_WORDS.find(([, words]) => words.test(attributedTo))?.[0] ?? "other";
}

// Stands in for the dot of "Mr.", "Dr.", "U.S." while the patterns below read a sentence: they end
// a name at a dot, which cut "Mr. Lee" to "Mr" and "the U.S. State Department" to "the U".
const MASKED_DOT = "\uE000";

/** The sentence with each dot that closes an abbreviation or initial (by the sentence splitter's list) masked. */
function maskAbbreviationDots(sentence: string): string {
  return sentence.replace(/\./g, (dot, at: number) => (endsInAbbreviation(sentence, at) ? MASKED_DOT : dot));
}

/**
 * The speaker a sentence names for what it reports, by the phrases sources use ("said", "told",
 * "according to", "citing", "quoted … as saying"), or null when it names none.
 */
export function attributionIn(printed: string): Attribution | null {
  const sentence = maskAbbreviationDots(printed);
  const found = (who: string | undefined, apposition = ""): Attribution | null => {
    const attributedTo = who?.trim().replaceAll(MASKED_DOT, ".");
    return attributedTo ? { attributedTo, kind: kindOfSpeaker(attributedTo + apposition) } : null;
  };
  const named = (match: RegExpExecArray | null) => (match ? found(match[1], match[2]) : null);
  const quoted = QUOTED_AS_SAYING.exec(sentence);
  if (quoted) return found(quoted[1]);
  const after = SAID_AFTER.exec(sentence);
  if (after) return found(after[1]);
  const verb = SAID_BEFORE.exec(sentence);
  if (verb) {
    const speaker = found(subjectBefore(sentence, verb.index));
    if (speaker) return speaker;
  }
  return named(ACCORDING_TO.exec(sentence)) ?? named(CITING.exec(sentence));
}

/**
 * Whether a speaker refers back to someone already named ("the source", "he"): only such a
 * speaker in the next sentence ("…, the source said.") is taken to have given the figure before
 * it. On the five texts, taking any speaker from the next sentence credited the outlet's own
 * "Seven North Koreans were … detained" to the Human Rights Watch official quoted after it.
 */
export function refersBack(attributedTo: string): boolean {
  return /^(?:the|this|that|he|she|they|these|those)\b/i.test(attributedTo);
}
