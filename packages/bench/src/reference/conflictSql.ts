/**
 * The conflict rule of issue 9 as plain SQL, the reference the validator is measured against: the
 * event+metric groups with two or more readings. Every claim becomes an interval — exact [v, v];
 * about [v(1−t), v(1+t)]; between [low, high]; at_least [v, ∞); more_than (v, ∞); at_most (−∞, v];
 * fewer_than (−∞, v) — and a group has two readings exactly when two of its intervals share no
 * point, that is when its highest lower end lies above its lowest upper end, or on it with either
 * end open there. At a finite value only a more_than's low end and a fewer_than's high end are
 * open, and neither claim has both ends finite, so the two ends that meet belong to two claims.
 *
 * One hash aggregate over the claims, where finding the disjoint pairs takes a self-join per
 * group: at a million dense claims (2.65 million conflicting pairs) the pairs would be the
 * reference's work, not the loading. One row per conflicting group.
 *
 * "about" ends are rounded to 9 decimals, as the validator tidies products such as 200 × 0.9 to
 * twelve significant digits, so an end that touches a reported figure still touches it.
 */
export function conflictGroupsSql(tolerance: number): string {
  const t = Number(tolerance);
  if (!(t >= 0 && t < 1)) throw new Error(`tolerance ${tolerance} must lie in [0, 1)`);
  return `
WITH iv AS (
  SELECT
    event_id, metric,
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
    qualifier = 'more_than' AS lo_open,
    qualifier = 'fewer_than' AS hi_open
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
)
SELECT event_id, metric, max(lo) AS highest_low, min(hi) AS lowest_high
FROM iv
GROUP BY event_id, metric
HAVING max(lo) > min(hi)
    OR (max(lo) = min(hi)
        AND (max(lo) FILTER (WHERE lo_open) = max(lo) OR min(hi) FILTER (WHERE hi_open) = min(hi)))`;
}
