import { rowsCsv } from "../csv/rowsCsv.js";
import { columnsOf } from "../schema/tables.js";
import type { Proposal } from "./proposeClaims.js";

export const PROPOSAL_FORMATS = ["csv", "json"] as const;
export type ProposalFormat = (typeof PROPOSAL_FORMATS)[number];

// Rows per piece: a piece stays far below the longest string V8 can make, whatever the text.
const ROWS_PER_PIECE = 1000;

/**
 * `formatProposals`' text in pieces, each ending in a line break, for a writer to write one at a
 * time: an outside audit's 10 MB one-line text made 430,000 proposals, whose CSV as one string
 * passed V8's longest ("Invalid string length").
 */
export function* proposalPieces(proposals: readonly Proposal[], format: ProposalFormat): Generator<string> {
  const columns = columnsOf("claims");
  const rowOf = (p: Proposal) =>
    Object.fromEntries(columns.map((c) => [c, (p as Record<string, unknown>)[c] ?? null]));
  // No piece in the loop below: JSON's empty array, or CSV's header alone.
  if (proposals.length === 0) {
    yield format === "json" ? "[]\n" : rowsCsv([], columns);
    return;
  }
  for (let from = 0; from < proposals.length; from += ROWS_PER_PIECE) {
    const rows = proposals.slice(from, from + ROWS_PER_PIECE).map(rowOf);
    const last = from + ROWS_PER_PIECE >= proposals.length;
    if (format === "csv") {
      const csv = rowsCsv(rows, columns);
      // The header once, with the first piece.
      yield from === 0 ? csv : csv.slice(csv.indexOf("\n") + 1);
      continue;
    }
    // As JSON.stringify(rows, null, 2) writes the whole array: each object indented by two spaces.
    const objects = rows.map((r) => `  ${JSON.stringify(r, null, 2).replaceAll("\n", "\n  ")}`).join(",\n");
    yield `${from === 0 ? "[\n" : ""}${objects}${last ? "\n]\n" : ",\n"}`;
  }
}

/**
 * Proposals as claims.csv rows (its header and column order, so reviewed rows paste straight in:
 * empty cells for null, "true"/"false" for booleans) or as a JSON array of objects with the same
 * keys in the same order.
 */
export function formatProposals(proposals: readonly Proposal[], format: ProposalFormat): string {
  return [...proposalPieces(proposals, format)].join("");
}
