/**
 * Where a load has got to, for a progress line: the file of a table being read, with how many of
 * its bytes are read (at its start, after each piece a row thread read, and at its end), or the
 * references between tables being checked once every row is in.
 */
export type LoadStep =
  | { step: "table"; file: string; bytesRead: number; bytes: number }
  | { step: "references" };

/** Told of each `LoadStep` as the load reaches it. */
export type LoadProgress = (step: LoadStep) => void;
