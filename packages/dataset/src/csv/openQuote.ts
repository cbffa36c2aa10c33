const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Where the quote that never closes opened, scanning from the start of the record csv-parse gave
 * up on: the offset of the opening quote and the index of the field it opens (for the column).
 */
export function findOpenQuote(bytes: Uint8Array, from: number): { offset: number; field: number } {
  let field = 0;
  let fieldStart = true;
  let quoted = false;
  let open = { offset: from, field: 0 };
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i];
    if (quoted) {
      if (c !== QUOTE) continue;
      if (bytes[i + 1] === QUOTE) i++;
      else quoted = false;
    } else if (c === QUOTE && fieldStart) {
      quoted = true;
      fieldStart = false;
      open = { offset: i, field };
    } else if (c === COMMA) {
      field++;
      fieldStart = true;
    } else if (c === LF || c === CR) {
      field = 0;
      fieldStart = true;
    } else {
      fieldStart = false;
    }
  }
  return open;
}
