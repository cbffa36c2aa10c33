import type { Token } from "./tokens.js";

/**
 * Where the second number of a ratio may start after a figure ending at token `j` ("one in
 * five", "nine out of ten", "one in every three"), or -1 where no ratio's words follow it.
 */
export function ratioSecondAt(tokens: Token[], j: number): number {
  let k = j + 1;
  if (tokens[k]?.lower === "in") k++;
  else if (tokens[k]?.lower === "out" && tokens[k + 1]?.lower === "of") k += 2;
  else return -1;
  return tokens[k]?.lower === "every" ? k + 1 : k;
}

// "5 in 2019" is a count in a year, "3 in 3 days" a count in a span of time: no ratio.
const YEAR = /^\d{4}$/;
const TIME_AFTER =
  /^(?:\s*[-\u2010-\u2015]\s*|\s+)(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b/i;

/**
 * Whether one number joined to a second by a ratio's words is a ratio (a share, never a count of
 * the people it describes): a part is no larger than its whole, so "30 in 2 raids" is two counts.
 * `secondText` is the second number as printed, `after` the sentence after it.
 */
export function isRatio(
  first: readonly number[],
  second: readonly number[],
  secondText: string,
  after: string,
): boolean {
  if (first.length !== 1 || second.length !== 1 || first[0]! > second[0]!) return false;
  if (YEAR.test(secondText) && second[0]! >= 1500 && second[0]! < 2200) return false;
  return !TIME_AFTER.test(after);
}
