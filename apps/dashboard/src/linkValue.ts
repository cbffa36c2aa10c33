import { codePoint, shortened } from "@tally/dataset";
import { isolateName } from "@tally/ui";

// The bidirectional controls: embeddings, overrides, isolates and marks.
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A value read from the page's address, as a notice or a picker prints it: its first
 * `LINK_VALUE_CHARS` characters, its bidirectional controls as escapes (`\u202e`), and the whole
 * isolated from the words around it. A crafted link's
 * `claim=%E2%80%AEc001` printed "No claim “2.1.1 esaeler ni ”100c", and `outlet=%E2%80%AEevil%E2%80%AC` put
 * "live" in the notice and the picker while the filter was "evil" (an outside audit). Only the
 * controls: a zero-width joiner or non-joiner is part of how a Persian or Indic name is written.
 */
export function linkValue(value: string): string {
  return isolateName(shortened(value, LINK_VALUE_CHARS).replace(BIDI_CONTROL, codePoint));
}

/** No id or label of a release is near this long; a link's 5,000 letters filled 15 screens. */
export const LINK_VALUE_CHARS = 200;
