/**
 * A figure with its unit, so no number is read without knowing what it counts: "about 80%",
 * "15 days", "between 200 and 300 persons". A symbol unit ("%") follows the number without a
 * space, as it is written; a word unit after a space, in the singular after a number English
 * reads as one ("at least 1 person": a vague "some" is at least 1). An empty label leaves the
 * figure alone.
 */
export function withUnit(figure: string, unitLabel: string): string {
  const unit = unitLabel.trim();
  if (unit === "") return figure;
  if (!isWord(unit)) return `${figure}${unit}`;
  return `${figure} ${endsInOne(figure) ? singular(unit) : unit}`;
}

const pluralRules = new Intl.PluralRules("en");
const LAST_NUMBER = /(\d[\d,]*(?:\.\d+)?)\D*$/;

/** Whether the number the unit will follow is one in English's sense: 1, not 1.5 or 21. */
function endsInOne(figure: string): boolean {
  const last = LAST_NUMBER.exec(figure)?.[1];
  return last !== undefined && pluralRules.select(Number(last.replaceAll(",", ""))) === "one";
}

/**
 * The singular of a unit label, which units.csv gives in the plural ("persons", "days", "years"):
 * a regular English plural loses its "s"; any other label ("count") is kept as it is.
 */
function singular(unit: string): string {
  return /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit;
}

const plain = new Intl.NumberFormat("en");

/**
 * How a chart prints each number, its ticks and value labels alike: a symbol unit goes with every
 * number ("80%", "72%–88%"), so an exported chart cropped to its plot still says what it counts. A
 * word unit ("persons") is left to the axis title: on every tick and label it would crowd the
 * chart ("about 200 persons (180 persons–220 persons)") without telling the reader anything more.
 */
export function chartNumberFormat(unitLabel: string): (n: number) => string {
  const unit = unitLabel.trim();
  if (unit === "" || isWord(unit)) return (n) => plain.format(n);
  return (n) => `${plain.format(n)}${unit}`;
}

/**
 * A figure as `chartNumberFormat` printed it, in a mark's accessible name and tooltip: a word unit,
 * which the format leaves to the axis title, is said after it ("15 days", "about 10 persons"),
 * since a name is heard without the axis (a screen reader read "9 Oct 2023: 15" for a quarantine
 * of 15 days, an outside audit); a symbol unit is already on each number.
 */
export function markFigure(figure: string, unitLabel: string): string {
  return isWord(unitLabel.trim()) ? withUnit(figure, unitLabel) : figure;
}

function isWord(unit: string): boolean {
  return /^\p{L}/u.test(unit);
}
