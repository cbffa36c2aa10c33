/**
 * Words a full stop follows without ending the sentence ("Oct. 9", "U.S. Special Envoy"). Lower
 * case, without their last dot.
 */
const ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "gov",
  "sen",
  "rep",
  "st",
  "no",
  "vs",
  "approx",
  // Places in a document: "see p. 14", "pp. 3-4", "para. 7", "vol. 2".
  "p",
  "pp",
  "para",
  "paras",
  "vol",
  "vols",
  "u.s",
  "u.n",
  "u.k",
  "e.g",
  "i.e",
]);

// A word longer than the longest abbreviation cannot be one, so only this many characters before
// a dot are read: reading the whole line before each dot made a long line quadratic (an outside
// review's 0.8 MB one-line text took 20 s to split).
const LOOK_BACK = Math.max(...Array.from(ABBREVIATIONS, (a) => a.length)) + 1;

/** Whether the dot at `dot` closes an abbreviation or an initial rather than a sentence. */
export function endsInAbbreviation(text: string, dot: number): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - LOOK_BACK), dot))?.[1];
  if (word === undefined) return false;
  // The window cut a longer word ("X.U.S" read as "U.S"): that word is no abbreviation.
  if (/[A-Za-z.]/.test(text[dot - word.length - 1] ?? "")) return false;
  // A lone capital is an initial ("Kim J. Un"); "U.S" and "Oct" are in the list.
  return /^[A-Z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}
