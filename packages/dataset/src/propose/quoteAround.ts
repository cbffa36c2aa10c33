/**
 * The longest quote a proposal carries, and past which the provenance rule warns of a quote: the
 * dataset keeps short quotes, the words that state a figure. Every row repeats its quote, so a
 * text without stops (a 200 KB "sentence" in an outside review) made rows × sentence too large to
 * write; no sentence of the five source texts comes near it.
 */
export const MAX_QUOTE = 1000;

/**
 * The quote for a figure at `start`..`end` of a sentence: the whole sentence, or for a sentence
 * longer than `MAX_QUOTE`, the words around the figure up to that length, cut at white space. It
 * is always a part of the sentence as printed, and always holds the figure.
 */
export function quoteAround(sentence: string, start: number, end: number): string {
  const { from, to } = quoteSpan(sentence, start, end);
  return sentence.slice(from, to);
}

/** Where in the sentence `quoteAround` quotes from and to: a proposal's figure sits at a known place in its quote. */
export function quoteSpan(sentence: string, start: number, end: number): { from: number; to: number } {
  if (sentence.length <= MAX_QUOTE) return { from: 0, to: sentence.length };
  const room = Math.max(0, MAX_QUOTE - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(sentence.length, end + room - (start - from));
  // Near the end of the sentence, the room left after the figure goes before it.
  from = Math.max(0, Math.min(from, to - Math.max(MAX_QUOTE, end - start)));
  // Whole words only: drop the word the window cut into on either side, never the figure.
  const head = from > 0 && /\S/.test(sentence[from - 1]!) ? sentence.slice(from, start).search(/\s/) : 0;
  const tail =
    to < sentence.length && /\S/.test(sentence[to]!) ? sentence.slice(end, to).search(/\s\S*$/) : -1;
  let [first, last] = [from + Math.max(head, 0), tail >= 0 ? end + tail : to];
  while (first < last && /\s/.test(sentence[first]!)) first++;
  while (last > first && /\s/.test(sentence[last - 1]!)) last--;
  return { from: first, to: last };
}
