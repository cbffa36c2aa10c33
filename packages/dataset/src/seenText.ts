// Characters that print as nothing: a soft hyphen, a zero-width space or joiner, a word joiner, a
// byte order mark, variation selectors, tag characters. Text copied from the web carries them
// inside words and numbers ("2\u200b00" prints as 200).
const UNSEEN = /\p{Default_Ignorable_Code_Point}/u;
const UNSEEN_ALL = /\p{Default_Ignorable_Code_Point}/gu;

/** The characters of `text` that print as nothing, in order. */
export const unseenIn = (text: string): string[] => text.match(UNSEEN_ALL) ?? [];

/** Whether `text` holds a character that prints as nothing. */
export const hasUnseen = (text: string): boolean => UNSEEN.test(text);

/**
 * `text` as a reader sees it, without the characters that print as nothing, so a figure reads as
 * it is printed. The test first: almost no text has one, and a replace costs twice as much.
 */
export const seenText = (text: string): string => (UNSEEN.test(text) ? text.replace(UNSEEN_ALL, "") : text);

/**
 * `text` without the characters that print as nothing, and where each of its characters stood in
 * `text`: `at[i]` is the index in `text` of the seen text's character `i`, `at[length]` the end.
 */
export function seenWithPlaces(text: string): { seen: string; at: number[] } {
  const at: number[] = [];
  let seen = "";
  let from = 0;
  for (const m of text.matchAll(UNSEEN_ALL)) {
    for (let k = from; k < m.index; k++) at.push(k);
    seen += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let k = from; k < text.length; k++) at.push(k);
  seen += text.slice(from);
  at.push(text.length);
  return { seen, at };
}
