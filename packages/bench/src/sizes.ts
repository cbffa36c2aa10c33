/** Reads a claim count written as 10000, 10k or 1m. */
export function parseSize(text: string): number {
  // A sign is read, so that -1 is answered as not positive rather than as not a size.
  const match = /^(-?\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a size such as 10000, 10k or 1m`);
  const scale = { "": 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as "" | "k" | "m"];
  const n = Math.round(Number(match[1]) * scale);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`"${text}" is not a positive size`);
  return n;
}

/** 10000 → "10k", 1000000 → "1m": the name of a size in folders and reports. */
export function sizeLabel(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

/** A generator seed as given on the command line: an integer, as `Number("abc")` is NaN. */
export function parseSeed(text: string): number {
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed ${text} is not an integer`);
  return seed;
}
