import type { Column } from "@tally/ui";

/**
 * The first column of every table of claims (Claims, and the data tables of Discrepancies and
 * Trends): a button that opens the row's claim, the way in on a phone, where a chart's marks are
 * too small and close to tap one (an outside review).
 */
export function evidenceColumn<Row extends { claim_id: string }>(
  open: (claimId: string) => void,
): Column<Row> {
  return {
    key: "evidence",
    label: "Evidence",
    render: (r) => (
      // data-opens-claim: where the evidence panel gives focus back when a link opened it.
      <button
        type="button"
        aria-label={`Open evidence for ${r.claim_id}`}
        data-opens-claim={r.claim_id}
        onClick={() => open(r.claim_id)}
      >
        Open
      </button>
    ),
  };
}
