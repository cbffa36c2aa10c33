import { stringify } from "csv-stringify/sync";
import { REPORTED_VIA_SEPARATOR } from "../schema/claim.js";
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
  return stringify(rows, {
    header: true,
    columns,
    // csv-stringify writes false as an empty cell by default; claims.csv spells booleans out.
    // A list (reported_via) is written as claims.csv writes it.
    cast: {
      boolean: (value) => String(value),
      object: (value) => (Array.isArray(value) ? value.join(REPORTED_VIA_SEPARATOR) : JSON.stringify(value)),
    },
  });
}
