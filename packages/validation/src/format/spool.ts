import type { Severity } from "../finding.js";

/**
 * Text a report puts aside while the rules run, to be written later in the order it came: what
 * must be printed before findings not yet seen (counts, most severe first) waits here.
 */
export interface Spool {
  append(text: string): void;
  /** Hands everything appended to `write`, in order and in non-empty pieces, and empties the spool. */
  drain(write: (text: string) => void): void;
}

export type NewSpool = () => Spool;

/** A spool in memory, for findings that are all in memory already (`formatReport`). */
export const memorySpool: NewSpool = () => {
  let pieces: string[] = [];
  return {
    append(text) {
      if (text.length > 0) pieces.push(text);
    },
    drain(write) {
      const held = pieces;
      pieces = [];
      for (const piece of held) write(piece);
    },
  };
};

/** One spool per severity, for the reports that print the most severe findings first. */
export function spoolsBySeverity(newSpool: NewSpool): Record<Severity, Spool> {
  return { error: newSpool(), warning: newSpool(), info: newSpool() };
}
