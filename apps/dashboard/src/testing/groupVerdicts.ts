import type { GroupVerdict } from "@tally/validation";

/**
 * Hand-written verdicts for tests, in the validator's shape. `shippedRepatriation` is what the
 * validator says of the 9 Oct 2023 repatriation: two readings and two spanning claims.
 */
export const verdict = (over: Partial<GroupVerdict>): GroupVerdict => ({
  event_id: "e",
  metric: "m",
  verdict: "consistent",
  claim_ids: ["a", "b"],
  origins: 2,
  readings: [{ low: 10, high: 12, low_open: false, high_open: false, claim_ids: ["a", "b"], origins: 2 }],
  spanning: [],
  envelope: { low: 10, high: 12 },
  most_corroborated: [0],
  pairs: 0,
  max_gap_ratio: null,
  band: null,
  ...over,
});

export const shippedRepatriation: GroupVerdict = verdict({
  event_id: "repatriation-2023-10-09",
  metric: "repatriated_persons",
  verdict: "conflict",
  claim_ids: ["c001", "c002", "c004", "c005", "c011", "c012"],
  origins: 5,
  readings: [
    {
      low: 200,
      high: 220,
      low_open: false,
      high_open: false,
      claim_ids: ["c001", "c002", "c011"],
      origins: 2,
    },
    { low: 540, high: 660, low_open: false, high_open: false, claim_ids: ["c004"], origins: 1 },
  ],
  spanning: ["c005", "c012"],
  envelope: { low: 200, high: 660 },
  most_corroborated: [0],
  pairs: 3,
  max_gap_ratio: 540 / 220,
  band: "high",
});

/** Three readings, the first two tied for most corroborated, the top one open-ended. */
export const threeReadings: GroupVerdict = verdict({
  event_id: "three",
  verdict: "conflict",
  claim_ids: ["p", "q", "r", "s", "t"],
  origins: 5,
  readings: [
    { low: 40, high: 50, low_open: false, high_open: false, claim_ids: ["p", "q"], origins: 2 },
    { low: 120, high: 150, low_open: false, high_open: false, claim_ids: ["r", "s"], origins: 2 },
    { low: 400, high: null, low_open: true, high_open: false, claim_ids: ["t"], origins: 1 },
  ],
  spanning: [],
  envelope: { low: 40, high: null },
  most_corroborated: [0, 1],
  pairs: 8,
  max_gap_ratio: null,
  band: "high",
});
