/**
 * The conflict rule of issue 3 as plain SQL, the reference the validator is measured against.
 * Within each event and metric every claim becomes an interval — exact [v, v]; about
 * [v(1−t), v(1+t)]; between [low, high]; at_least [v, ∞); more_than (v, ∞); at_most (−∞, v];
 * fewer_than (−∞, v) — and two claims conflict when their intervals share no point, open ends
 * respected. One row per conflicting pair, the lower interval first, with the gap ratio and band.
 *
 * "about" ends are rounded to 9 decimals, as the validator tidies products such as 200 × 0.9 to
 * twelve significant digits, so an end that touches a reported figure still touches it.
 */
export function conflictPairsSql(tolerance: number): string {
  const t = Number(tolerance);
  if (!(t >= 0 && t < 1)) throw new Error(`tolerance ${tolerance} must lie in [0, 1)`);
  return `
WITH iv AS (
  SELECT
    row_number() OVER () AS n, claim_id, event_id, metric,
    CASE qualifier
      WHEN 'about' THEN round(value_low * (1 - ${t}), 9)
      WHEN 'at_most' THEN '-infinity'::DOUBLE
      WHEN 'fewer_than' THEN '-infinity'::DOUBLE
      ELSE value_low END AS lo,
    CASE qualifier
      WHEN 'about' THEN round(value_high * (1 + ${t}), 9)
      WHEN 'at_least' THEN 'infinity'::DOUBLE
      WHEN 'more_than' THEN 'infinity'::DOUBLE
      ELSE value_high END AS hi,
    qualifier IN ('more_than', 'at_most', 'fewer_than') AS lo_open,
    qualifier IN ('at_least', 'more_than', 'fewer_than') AS hi_open
  FROM claims
  WHERE CASE qualifier
      WHEN 'exact' THEN value_low IS NOT NULL AND value_low = value_high
      WHEN 'about' THEN value_low IS NOT NULL AND value_low = value_high
      WHEN 'between' THEN value_low IS NOT NULL AND value_high IS NOT NULL AND value_low <= value_high
      WHEN 'at_least' THEN value_low IS NOT NULL AND value_high IS NULL
      WHEN 'more_than' THEN value_low IS NOT NULL AND value_high IS NULL
      WHEN 'at_most' THEN value_low IS NULL AND value_high IS NOT NULL
      WHEN 'fewer_than' THEN value_low IS NULL AND value_high IS NOT NULL
      ELSE false END
),
pairs AS (
  SELECT
    a.event_id, a.metric,
    CASE WHEN a.hi < b.lo OR (a.hi = b.lo AND (a.hi_open OR b.lo_open)) THEN a ELSE b END AS lower_iv,
    CASE WHEN a.hi < b.lo OR (a.hi = b.lo AND (a.hi_open OR b.lo_open)) THEN b ELSE a END AS higher_iv
  FROM iv a JOIN iv b ON a.event_id = b.event_id AND a.metric = b.metric AND a.n < b.n
  WHERE a.hi < b.lo OR (a.hi = b.lo AND (a.hi_open OR b.lo_open))
     OR b.hi < a.lo OR (b.hi = a.lo AND (b.hi_open OR a.lo_open))
)
SELECT
  event_id, metric, lower_iv.claim_id AS lower_claim_id, higher_iv.claim_id AS higher_claim_id,
  CASE WHEN lower_iv.hi > 0 AND isfinite(lower_iv.hi) THEN round(higher_iv.lo / lower_iv.hi, 9) END AS gap_ratio,
  CASE
    WHEN NOT (lower_iv.hi > 0 AND isfinite(lower_iv.hi)) OR higher_iv.lo / lower_iv.hi >= 2 THEN 'high'
    WHEN higher_iv.lo / lower_iv.hi >= 1.25 THEN 'medium'
    ELSE 'low' END AS band
FROM pairs`;
}
