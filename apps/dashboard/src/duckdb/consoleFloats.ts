/**
 * A REAL or DOUBLE as DuckDB prints it (its VARCHAR cast, its COPY … TO CSV, its list and struct
 * text): the shortest decimal that reads back as the same float (0.1f, not 0.10000000149011612),
 * at a decimal exponent from -4 to 15 written out with ".0" on a whole number (`2.0`,
 * `1000000000000000.0`, `0.0001`), otherwise in exponent form with a sign and at least two digits
 * (`1e+16`, `1e-05`, `1.2345678901234568e+20`); `-0.0`, `nan`, `inf`, `-inf`. JavaScript's own text
 * differs at every one of these (`2`, `100000000000000000000`, `1e-7`, `NaN`).
 */
export function floatText(value: number, single: boolean): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Number.POSITIVE_INFINITY) return "inf";
  if (value === Number.NEGATIVE_INFINITY) return "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  if (!single) return doubleText(value);
  return `${value < 0 ? "-" : ""}${decimalText(shortestSingle(Math.abs(value)))}`;
}

/**
 * A DOUBLE's text from JavaScript's, whose digits are already the shortest that read back:
 * JavaScript writes 1e-7 to 1e21 out in full, DuckDB 1e-4 to 1e16, with ".0" on a whole number.
 */
function doubleText(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e-4 && size < 1e16) {
    const text = String(value);
    return text.includes(".") ? text : `${text}.0`;
  }
  return value.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
}

/** `d` written out from 1e-4 to 1e16, otherwise in exponent form, as DuckDB writes a float. */
function decimalText({ digits, exponent }: Decimal): string {
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : "";
    return `${digits[0]}${fraction}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  return `${whole}.${digits.slice(exponent + 1) || "0"}`;
}

/** Significant digits (no trailing zeros) and the decimal exponent of the first: 1.5e3 is ("15", 3). */
interface Decimal {
  digits: string;
  exponent: number;
}

function parsed(exponential: string): Decimal {
  const [mantissa, exponent] = exponential.split("e") as [string, string];
  return { digits: mantissa.replace(".", "").replace(/0+$/, "") || "0", exponent: Number(exponent) };
}

/**
 * A REAL's digits as DuckDB prints them. DuckDB's formatter (fmt's Grisu with a float's own
 * bounds) finds the fewest digits that read back as the float, the nearest such decimal when
 * several do; when two are equally near (356636.625 between .62 and .63) or the nearest lies
 * exactly halfway to the next float (88541420 for 88541424), Grisu gives up and DuckDB prints the
 * shortest decimal of the value as a double instead (356636.625, 88541424). Most floats are
 * settled by the nearest decimal of a length (toExponential) lying strictly between the bounds;
 * the rest, and every power of two, take the exact path.
 */
function shortestSingle(value: number): Decimal {
  const { low, high, bits } = roundingInterval(value);
  // Below a power of two the floats lie twice as close: a decimal on the far side may be shorter.
  if ((bits & 0x7fffff) !== 0) {
    // The nearest decimal of a length lies only nearer the float as the length grows, so the
    // fewest digits within the bounds are found by halving 1 to 9 (where 9 always are), trying 8
    // first: most floats need 8 or 9.
    const nine = value.toExponential(8);
    let text = nine;
    let near = Number(nine);
    let fewest = 1;
    for (let most = 9, length = 8; fewest < most; length = (fewest + most) >> 1) {
      const shorter = value.toExponential(length - 1);
      const shorterNear = Number(shorter);
      if (shorterNear >= low && shorterNear <= high) {
        most = length;
        text = shorter;
        near = shorterNear;
      } else fewest = length + 1;
    }
    // A float halfway between two decimals of that length may be a tie: its nine digits end in 5
    // and zeros there, and it reads as that decimal exactly.
    const digits = `${nine[0]}${nine.slice(2, 10)}`;
    const finer = fewest < 9 ? null : value.toExponential(9);
    const halfway =
      (finer ? finer[10] === "5" : digits[fewest] === "5" && /^0*$/.test(digits.slice(fewest + 1))) &&
      Number(finer ?? value.toExponential(fewest)) === value;
    if (near !== low && near !== high && !halfway) return parsed(text);
  }
  return exactShortestSingle(value, low, high);
}

/**
 * shortestSingle with every comparison exact. Of one length, the decimal nearest the float and
 * the one on its other side are the only candidates; 9 digits always suffice.
 */
function exactShortestSingle(value: number, low: number, high: number): Decimal {
  const within = (d: Decimal | null): d is Decimal =>
    d !== null && compare(d, low) >= 0 && compare(d, high) <= 0;
  for (let length = 1; length <= 9; length++) {
    const nearest = parsed(value.toExponential(length - 1));
    // The nearest in units of its last digit, and the side of the float it lies on.
    const scale = nearest.exponent - length + 1;
    const units = BigInt(nearest.digits.padEnd(length, "0"));
    const by = Number(decimalString(nearest)) < value ? 1n : -1n;
    const other = units + by === 0n ? null : decimalOf(units + by, scale);
    if (!within(nearest) && !within(other)) continue;
    const chosen = within(nearest) ? nearest : other!;
    const tie =
      within(nearest) && within(other) && compare(decimalOf((2n * units + by) * 5n, scale - 1), value) === 0;
    if (tie || compare(chosen, low) === 0 || compare(chosen, high) === 0) break;
    return chosen;
  }
  return parsed(value.toExponential());
}

const F32 = new Float32Array(1);
const BITS = new Uint32Array(F32.buffer);

/**
 * The numbers that round to the float `value` (positive, finite) lie between halfway to the float
 * below and halfway to the one above. Each bound is exact as a double: a float's 24 bits and one
 * more.
 */
function roundingInterval(value: number): { low: number; high: number; bits: number } {
  F32[0] = value;
  const bits = BITS[0]!;
  BITS[0] = bits - 1;
  const below = F32[0]!;
  BITS[0] = bits + 1;
  const above = F32[0]!;
  const ulpBelow = value - below;
  // Past the largest float: numbers up to half a step above it still round to it.
  const high = Number.isFinite(above) ? (value + above) / 2 : value + ulpBelow / 2;
  return { low: (value + below) / 2, high, bits };
}

/** `units` × 10^`scale` as significant digits and the exponent of the first. */
function decimalOf(units: bigint, scale: number): Decimal {
  const text = units.toString();
  return { digits: text.replace(/0+$/, ""), exponent: scale + text.length - 1 };
}

const decimalString = (d: Decimal) => `${d.digits[0]}.${d.digits.slice(1)}e${d.exponent}`;

/**
 * The sign of `d` − `x`, exact: the double nearest `d` settles it unless it is `x` itself, and then
 * both are compared as integers scaled alike.
 */
function compare(d: Decimal, x: number): number {
  const near = Number(decimalString(d));
  if (near !== x) return near < x ? -1 : 1;
  const [numerator, denominator] = exactRatio(x);
  const scale = d.exponent - d.digits.length + 1;
  let left = BigInt(d.digits) * denominator;
  let right = numerator;
  if (scale >= 0) left *= 10n ** BigInt(scale);
  else right *= 10n ** BigInt(-scale);
  return left === right ? 0 : left < right ? -1 : 1;
}

const F64 = new Float64Array(1);
const WORDS = new BigUint64Array(F64.buffer);

/** A positive finite double as an exact fraction whose denominator is a power of two. */
function exactRatio(x: number): [bigint, bigint] {
  F64[0] = x;
  const bits = WORDS[0]!;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const power = (biased === 0 ? 1 : biased) - 1075;
  return power >= 0 ? [mantissa << BigInt(power), 1n] : [mantissa, 1n << BigInt(-power)];
}
