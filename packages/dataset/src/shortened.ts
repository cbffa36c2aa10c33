/**
 * The end, at most `max`, at which `text` can be cut without parting a surrogate pair: half of one
 * prints as `\ud83d` in JSON and as U+FFFD on screen (an outside audit found `"ccc…\ud83d…"` in
 * every report format).
 */
export function cutIndex(text: string, max: number): number {
  if (max >= text.length) return text.length;
  const last = text.charCodeAt(max - 1);
  return last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
}

/** `text`, or at most its first `max` UTF-16 units (never half a character) and an ellipsis. */
export const shortened = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, cutIndex(text, max))}…`;
