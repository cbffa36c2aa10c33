import { rowsCsv } from "../csv/rowsCsv.js";
import { columnsOf } from "../schema/tables.js";
import type { Proposal } from "./proposeClaims.js";

export const PROPOSAL_FORMATS = ["csv", "json"] as const;
export type ProposalFormat = (typeof PROPOSAL_FORMATS)[number];

/**
 * Proposals as claims.csv rows (its header and column order, so reviewed rows paste straight in:
 * empty cells for null, "true"/"false" for booleans) or as a JSON array of objects with the same
 * keys in the same order.
 */
export function formatProposals(proposals: readonly Proposal[], format: ProposalFormat): string {
  const columns = columnsOf("claims");
  const rows = proposals.map((p) =>
    Object.fromEntries(columns.map((c) => [c, (p as Record<string, unknown>)[c] ?? null])),
  );
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  return rowsCsv(rows, columns);
}
