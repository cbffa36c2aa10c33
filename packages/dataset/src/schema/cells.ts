import { z } from "zod";
import { characterName } from "../csv/hiddenControls.js";
import { precisionSchema } from "./enums.js";

/**
 * Cell codecs: a CSV cell is always a string; these turn it into the typed value and say
 * in plain words what was wrong when they cannot. An empty cell means "not stated".
 */
const empty = (v: unknown) => v === "" || v === undefined;

/** An identifier: lower-case letters and digits, then '.', '_' or '-' too. */
export const idPattern = /^[a-z0-9][a-z0-9._-]*$/;

/** Why a cell is not an id, in words that point at the fix (the cell is shown where it helps). */
function idProblem(cell: unknown): string {
  const s = String(cell);
  if (s === "") return "must not be empty";
  if (s.trim() !== s) {
    // trim() also takes a byte order mark or a no-break space, which "a space" would hide from the
    // reader looking for one (an outside audit: a U+FEFF pasted before an id).
    const edges = s.slice(0, s.length - s.trimStart().length) + s.slice(s.trimEnd().length);
    const unseen = [...edges].find((c) => c !== " ");
    const what = unseen === undefined ? "a space" : characterName(unseen);
    return `has ${what} at its start or end (${JSON.stringify(s)}): remove it`;
  }
  if (idPattern.test(s.toLowerCase())) return `must be lower-case: ${JSON.stringify(s.toLowerCase())}`;
  const at = [...s].findIndex((ch, i) => !(i === 0 ? /[a-z0-9]/ : /[a-z0-9._-]/).test(ch));
  const ch = [...s][at];
  const where =
    at === 0
      ? "must start with a lower-case letter or digit"
      : "may hold only lower-case letters, digits, '.', '_' or '-'";
  return `${where}, not ${JSON.stringify(ch)} in ${JSON.stringify(s)}`;
}

export const idCell = z.string().regex(idPattern, { error: (issue) => idProblem(issue.input) });

export const textCell = z.string().trim().min(1, "must not be empty");

export const optionalTextCell = z.preprocess((v) => (empty(v) ? null : v), z.string().nullable());

export const optionalIdCell = z.preprocess((v) => (empty(v) ? null : v), idCell.nullable());

export const booleanCell = z
  .enum(["true", "false"], { error: "must be true or false" })
  .transform((v) => v === "true");

/** A plain decimal number, optionally signed and with an exponent: 200, 3.5, .5, 1e3. */
export const numberPattern = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A decimal number as its sign, significant digits and power of ten ("-1.50e3" → "-15e2"), so
 * that two texts of one number compare equal however they are written.
 */
function decimalKey(text: string): { key: string; digits: string; exponent: number } {
  const [, sign = "", whole = "", fraction = "", power = "0"] =
    /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text) ?? [];
  let digits = (whole + fraction).replace(/^0+/, "");
  let exponent = Number(power) - fraction.length;
  const trailing = digits.length - digits.replace(/0+$/, "").length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  if (digits === "") return { key: "0", digits: "0", exponent: 0 };
  return { key: `${sign}${digits}e${exponent}`, digits, exponent };
}

/**
 * Why a number written to the pattern cannot be stored as written, or null when it can: a double
 * reads "1e999" (or 400 digits) as Infinity, "1e-400" as 0, a whole number past 2^53 as the
 * nearest one it holds ("9007199254740993" as …992, "1e23" as 99999999999999991611392), and more
 * significant digits than it keeps as another number ("1.0000000000000000001" as 1, a whole count
 * of persons); each would reach the rules as a figure nobody wrote. A text under 16 characters
 * without an exponent has at most 15 significant digits, which a double always keeps: callers may
 * skip the check for them (`EXACT_DIGITS`).
 */
export function numberRangeProblem(text: string): { code: "too_big" | "too_small"; message: string } | null {
  const value = Number(text);
  if (!Number.isFinite(value)) return { code: "too_big", message: "is too large a number to store" };
  // A zero is only right when every digit before the exponent is one.
  if (value === 0 && /[1-9]/.test(text.replace(/[eE].*/, "")))
    return { code: "too_small", message: "is too small a number to store (it would read as 0)" };
  const written = decimalKey(text);
  if (written.exponent >= 0) {
    // Whole as written. Past 2^53 a double is a whole number too, but perhaps not this one: the
    // shortest text of 1e23 is "1e+23", which is why the digits are compared, not the texts.
    if (Number.isSafeInteger(value)) return null;
    const exact = BigInt(written.digits + "0".repeat(written.exponent));
    const read = BigInt(value);
    if (exact === (read < 0n ? -read : read)) return null;
    const shown = String(read);
    return {
      code: "too_big",
      message: `is a whole number past 2^53, which a number cannot hold exactly (it would read as ${shown.length > 30 ? `${shown.slice(0, 20)}… (${shown.replace("-", "").length} digits)` : shown})`,
    };
  }
  if (written.key === decimalKey(String(value)).key) return null;
  return {
    code: "too_big",
    message: `has more significant digits (${written.digits.length}) than a number keeps (it would read as ${value})`,
  };
}

/**
 * Written numbers shorter than this, and without an exponent, are held as written
 * (`numberRangeProblem`).
 */
export const EXACT_DIGITS = 16;

/**
 * Why a cell that is not a plain number is not one, naming the fix for the ways a figure is
 * commonly written that a reader of numbers refuses (a space around it, a plus sign, digits grouped
 * by commas or spaces, a typographic minus); else the general rule.
 */
export function notANumberMessage(input: unknown): string {
  const general = "must be a number such as 200 or 3.5";
  if (typeof input !== "string") return general;
  const trimmed = input.trim();
  if (trimmed !== input && numberPattern.test(trimmed))
    return `${general}, without the space around it: write ${trimmed}`;
  if (/^\+/.test(input) && numberPattern.test(input.slice(1)))
    return `${general}, without a plus sign: write ${input.slice(1)}`;
  if (/^-?\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*(?:\.\d+)?$/.test(input))
    return `${general}, its digits not grouped: write ${input.replace(/[, \u00a0\u202f]/g, "")} (the figure as printed belongs in figure_text)`;
  if (/^[\u2212\u2013]/.test(input) && numberPattern.test(`-${input.slice(1)}`))
    return `${general}, its minus sign a hyphen-minus: write -${input.slice(1)}`;
  return general;
}

/** A written number: the pattern, then a value a double holds (see `numberRangeProblem`). */
export const numberText = z
  .string()
  .regex(numberPattern, { error: (issue) => notANumberMessage(issue.input) })
  .superRefine((text, ctx) => {
    // Only a cell the pattern took has a value to judge: "abc" gets the pattern's message alone.
    const problem = numberPattern.test(text) ? numberRangeProblem(text) : null;
    // A cell's own issue, not a "custom" one: its code names what is wrong with the cell.
    if (problem?.code === "too_big")
      ctx.addIssue({
        code: "too_big",
        origin: "number",
        maximum: Number.MAX_VALUE,
        message: problem.message,
      });
    else if (problem?.code === "too_small")
      ctx.addIssue({
        code: "too_small",
        origin: "number",
        minimum: Number.MIN_VALUE,
        message: problem.message,
      });
  })
  .transform(Number);

export const optionalNumberCell = z.preprocess((v) => (empty(v) ? null : v), numberText.nullable());

/** ISO 8601 at year, month or day precision: 2019, 2019-07, 2019-07-31. */
export const isoDatePattern = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const optionalDateCell = z.preprocess(
  (v) => (empty(v) ? null : v),
  z.string().regex(isoDatePattern, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD").nullable(),
);

export const optionalPrecisionCell = z.preprocess((v) => (empty(v) ? null : v), precisionSchema.nullable());

/** An empty cell reads as the default, so hand-written rows need not spell out "false". */
export const optionalBooleanCell = z.preprocess((v) => (empty(v) ? "false" : v), booleanCell);
