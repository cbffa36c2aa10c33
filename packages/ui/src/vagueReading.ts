import {
  type ClaimView,
  readFigure,
  SCALE_AFTER_VAGUE,
  scaleAfterVagueAt,
  VAGUE_BEFORE_SCALE,
  VAGUE_FLOORS,
  vagueAlone,
} from "@tally/dataset";

const number = (n: number) => n.toLocaleString("en-US");

/**
 * The words that made the figure vague: "hundreds", or "couple of hundred", which means nothing
 * without its scale.
 */
function vagueWordsIn(figureText: string): string | undefined {
  const words = figureText.toLowerCase().match(/[a-z]+/g) ?? [];
  const floor = words.find((w) => w in VAGUE_FLOORS);
  if (floor !== undefined) return floor;
  const k = words.findIndex((w) => Object.hasOwn(VAGUE_BEFORE_SCALE, w));
  let end = k < 0 ? -1 : scaleAfterVagueAt((at) => words[at], k);
  if (end === -1) return undefined;
  // Every scale word after it: "few hundred thousand", not "few hundred" (a review).
  while (end < words.length && SCALE_AFTER_VAGUE.has(words[end]!)) end++;
  return words.slice(k, end).join(" ");
}

/**
 * Why a vague word became the claim's bound, in the words of @tally/dataset's own reading of it
 * (`readFigure` over `VAGUE_FLOORS`), so the panel can never explain a number the validator did not
 * read: "“Hundreds” → at least 100, the conservative reading: the least “hundreds” can mean".
 * Null for a claim that is not vague.
 */
export function vagueReading(claim: Pick<ClaimView, "vague" | "figure_text" | "value_low">): string | null {
  if (!claim.vague) return null;
  const alone = vagueAlone(claim.figure_text);
  if (alone !== undefined) {
    const bound = `${alone.qualifier === "more_than" ? "more than" : "at least"} ${number(alone.value)}${alone.percent ? "%" : ""}`;
    return `“${claim.figure_text}” → ${bound}, the conservative reading: the least “${claim.figure_text.trim()}” can mean.`;
  }
  const word = vagueWordsIn(claim.figure_text);
  const reading = readFigure(claim.figure_text);
  const floor = reading?.vague ? reading.values[0] : undefined;
  if (word === undefined || floor === undefined)
    return `“${claim.figure_text}” states no exact figure; the claim records ${
      claim.value_low === null ? "no lower bound" : `at least ${number(claim.value_low)}`
    }.`;
  const text = `“${claim.figure_text}” → at least ${number(floor)}, the conservative reading: the least “${word}” can mean`;
  // A maintainer may record another floor than the word's; say so rather than hide it.
  return claim.value_low === floor || claim.value_low === null
    ? `${text}.`
    : `${text}; this claim records at least ${number(claim.value_low)}.`;
}
