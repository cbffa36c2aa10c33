/**
 * A figure with its unit, so no number is read without knowing what it counts: "about 80%",
 * "15 days", "between 200 and 300 persons". A symbol unit ("%") follows the number without a
 * space, as it is written; a word unit after a space. An empty label leaves the figure alone.
 */
export function withUnit(figure: string, unitLabel: string): string {
  const unit = unitLabel.trim();
  if (unit === "") return figure;
  return /^\p{L}/u.test(unit) ? `${figure} ${unit}` : `${figure}${unit}`;
}
