import { textBefore } from "./notAFigure.js";

// A unit of distance, weight or money printed after the figure ("200 km", "40 kilograms", "a
// 40-kilogram sack", "2,000 yuan"). Not "won", which is as often the verb ("40 won seats"), nor
// "m" or "g" alone.
const UNIT_AFTER =
  /^(?:\s+|\s*[-\u2010\u2011]\s*)(km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|kg|kilo(?:gram(?:me)?)?s?|grams?|tonnes?|tons?|pounds?|lbs?|yuan|renminbi|rmb|dollars?|euros?|yen|usd|cny|krw)\b/i;
// A currency sign before it ("$8,000", "US$ 200"), which figure_text leaves out.
const CURRENCY_BEFORE = /([$\u20AC\u00A3\u00A5\u20A9])\s*$/;
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  $: "dollars",
  "\u20AC": "euros",
  "\u00A3": "pounds",
  "\u00A5": "yen or yuan",
  "\u20A9": "won",
};

/**
 * The unit the figure at `sentence[start, end)` is measured in, as printed after it or named by a
 * currency sign before it, or null. Such a figure is a distance, a weight or a sum, not a count:
 * proposed bare, "walked 200 km" read as 200 of whatever the sentence counts (an outside audit).
 */
export function unitOfFigure(sentence: string, start: number, end: number): string | null {
  const after = UNIT_AFTER.exec(sentence.slice(end))?.[1];
  if (after !== undefined) return after;
  const sign = CURRENCY_BEFORE.exec(textBefore(sentence, start))?.[1];
  return sign === undefined ? null : (CURRENCY_NAMES[sign] ?? null);
}
