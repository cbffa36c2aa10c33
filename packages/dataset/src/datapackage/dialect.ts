import { canonicalJson } from "./canonicalJson.js";

/**
 * The CSV Dialect defaults of the Frictionless specs, which a resource without a `dialect` is read
 * with. Tally reads every table as comma-separated, with a header row, quoted by doubled double
 * quotes: only the line terminator can differ from them (Tally writes "\n", the default is "\r\n").
 */
const DEFAULTS = {
  delimiter: ",",
  lineTerminator: "\r\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  skipInitialSpace: false,
} as const;

type Known = { [K in keyof typeof DEFAULTS]: string | boolean };

/**
 * The `dialect` of a resource whose header row ends in `terminator`: only what differs from the
 * defaults, as the specs ask, so a CRLF file needs none. Null when the file shows no line end.
 */
export function dialectOf(terminator: string | null): { lineTerminator: string } | null {
  return terminator === null || terminator === DEFAULTS.lineTerminator
    ? null
    : { lineTerminator: terminator };
}

/**
 * Where a declared `dialect` misreads a file whose header row ends in `terminator`: "lineTerminator
 * "\r\n", the file's "\n"", or null. A resource without one is read with the defaults, which
 * every CSV reader in use copes with for "\n" too; Tally's releases before dialects have none, and
 * released files never change, so only a declared dialect is held to the file.
 */
export function dialectDifference(declared: unknown, terminator: string | null): string | null {
  if (declared === undefined) return null;
  if (typeof declared !== "object" || declared === null || Array.isArray(declared))
    return `${canonicalJson(declared)} is not a CSV Dialect object`;
  const stated = declared as Record<string, unknown>;
  const actual: Known = { ...DEFAULTS, lineTerminator: terminator ?? DEFAULTS.lineTerminator };
  for (const key of Object.keys(DEFAULTS) as (keyof Known)[]) {
    // An unknown line end (a header-only file without one) contradicts no declared terminator.
    if (key === "lineTerminator" && terminator === null) continue;
    const read = key in stated ? stated[key] : DEFAULTS[key];
    if (read !== actual[key])
      return `${key} ${canonicalJson(read)}, the file's ${canonicalJson(actual[key])}`;
  }
  for (const [key, { as, why }] of Object.entries(READ_AS_TALLY))
    if (key in stated && canonicalJson(stated[key]) !== canonicalJson(as))
      return `${key} ${canonicalJson(stated[key])}: ${why}`;
  return null;
}

/**
 * Dialect properties Tally does not read by, each with the one value that reads a file as Tally
 * does (none, for a property that must be absent). A reader following another value skips or
 * merges lines that Tally reads as rows: `commentChar: "c"` hid every claim, since every id starts
 * with "c", and passed (an outside audit).
 */
const READ_AS_TALLY: Record<string, { as: unknown; why: string }> = {
  commentChar: {
    as: undefined,
    why: "Tally reads every line as data, where a reader skips the lines it starts",
  },
  commentRows: { as: [], why: "Tally reads every row after the header as data" },
  headerRows: { as: [1], why: "Tally reads the header from the first row alone" },
  escapeChar: { as: undefined, why: "Tally reads quotes escaped by doubling, and a backslash as text" },
  nullSequence: { as: undefined, why: "Tally reads only an empty cell as no value" },
};
