/**
 * Text from data (an event's title, an outlet's name, a data address) for a Markdown file, so that
 * a CommonMark or GitHub renderer prints it as written. An outside audit exported a README whose
 * heading held `<img src=x onerror=…>` and whose Sources line held `<svg onload=…>`, which a
 * parser read as HTML.
 *
 * Every mark that could start markup is backslash-escaped, as CommonMark allows before any ASCII
 * punctuation: `\`, `<` and `>` (HTML, autolinks), `&` (entities: "&amp;" stays five characters),
 * `` ` `` (code), `*` and `~` (emphasis, strikethrough), `[` and `]` (links, images), `#` (a
 * heading's closing marks), `|` (GFM tables), `$` (GitHub's math) and `_` where it can open or
 * close emphasis (at a word's edge; ids are full of it). A line break becomes a space, so a value
 * stays on its line, and the ends are trimmed. Other punctuation is left as it is, so the file
 * still reads plainly in a text editor ("tally-nk@1.2.0", "Jan–Jun 2018"). For a value that
 * begins a line, `markdownLine`.
 */
export function markdownText(text: string): string {
  return text.replace(LINE_BREAK, " ").trim().replace(INLINE_MARKS, "\\$&");
}

/**
 * `markdownText` for a value that begins a line: a first character that would begin a list, a
 * setext heading's underline or a thematic break (`-`, `+`, `=`, "1.", "2)") is escaped too, and
 * no indent is left to make a code block.
 */
export function markdownLine(text: string): string {
  return markdownText(text).replace(BLOCK_START, (mark, digits: string | undefined) =>
    digits === undefined ? `\\${mark}` : `${digits}\\${mark.slice(digits.length)}`,
  );
}

/** Every line break CommonMark or a reader might see, a CRLF as one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks are what this finds.
const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g;

/** The marks that make markup wherever they stand (`_` only at a word's edge). */
const INLINE_MARKS = /[\\<>&`*~[\]#|$]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** A start that would begin a list, a setext underline or a thematic break. */
const BLOCK_START = /^[-+=]|^(\d+)[.)]/u;
