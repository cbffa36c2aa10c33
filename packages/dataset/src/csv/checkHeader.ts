import { PROBLEM_CODES } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";

/**
 * Compares a header with the columns its table must have. Unknown, duplicate and out-of-order
 * columns still let rows load by name; a missing column does not (the caller leaves the rows out),
 * since every row would then be wrong in a way that is not the row's fault. A column in `optional`
 * may be left out: its cells read as empty.
 */
export function checkHeader(
  header: string[],
  expected: string[],
  at: { file: string; line: number; rows: number },
  optional: readonly string[] = [],
): { problems: Problem[]; missing: string[] } {
  const { file, line } = at;
  const problem = (code: string, column: string | null, message: string): Problem => ({
    code,
    file,
    row: null,
    line,
    column,
    message,
  });
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // For each name of the header, the column it was probably meant as ("Claim_ID", "claim id" for
  // claim_id) where the header lacks it: renaming is the fix, not removing one and adding another.
  // Read both ways: the unknown name is told its column, and the missing column its name.
  const lacks = (column: string | undefined) => column !== undefined && !header.includes(column);
  const spelt = header.map((name) =>
    expected.includes(name)
      ? undefined
      : expected.find((column) => lacks(column) && columnKey(column) === columnKey(name)),
  );
  // Else a name standing where a column the header lacks belongs, between that column's own
  // neighbours: "value_lo" was told to be removed, which would have broken every row (an outside
  // audit).
  const placed = header.map((name, i) =>
    expected.includes(name) || spelt[i] !== undefined || !lacks(expected[i])
      ? undefined
      : (i === 0 || header[i - 1] === expected[i - 1]) &&
          (i === header.length - 1 || header[i + 1] === expected[i + 1])
        ? expected[i]
        : undefined,
  );
  const meant = header.map((_, i) => spelt[i] ?? placed[i]);
  header.forEach((name, i) => {
    if (seen.has(name))
      problems.push(
        problem(
          PROBLEM_CODES.csvHeaderDuplicate,
          name,
          `column ${name} appears more than once in the header (again as column ${i + 1}); the first one is used`,
        ),
      );
    else if (!expected.includes(name))
      problems.push(
        problem(
          PROBLEM_CODES.csvHeaderUnknown,
          name,
          spelt[i] !== undefined
            ? `column ${JSON.stringify(name)} (column ${i + 1}) is not a column of ${file}: rename it to ${spelt[i]}`
            : placed[i] !== undefined
              ? `column ${JSON.stringify(name)} (column ${i + 1}) is not a column of ${file}; it stands where ${placed[i]} belongs, which the header lacks: rename it to ${placed[i]}`
              : `column ${JSON.stringify(name)} (column ${i + 1}) is not a column of ${file}, so its cells are not read: remove it (the table's columns are listed in its schema in datapackage.json)`,
        ),
      );
    seen.add(name);
  });

  const missing = expected.filter((name) => !seen.has(name) && !optional.includes(name));
  for (const name of missing) {
    const written = meant.indexOf(name);
    const as = written === -1 ? "" : ` (column ${written + 1} reads ${JSON.stringify(header[written])})`;
    problems.push(
      problem(
        PROBLEM_CODES.csvHeaderMissing,
        name,
        at.rows > 0
          ? `column ${name} is missing from the header${as}, so none of the ${at.rows} rows of ${file} were loaded`
          : `column ${name} is missing from the header${as}`,
      ),
    );
  }

  const present = [...seen].filter((name) => expected.includes(name));
  const wanted = expected.filter((name) => seen.has(name));
  const misplaced = present.findIndex((name, i) => name !== wanted[i]);
  if (misplaced >= 0)
    problems.push(
      problem(
        PROBLEM_CODES.csvHeaderOrder,
        present[misplaced]!,
        `columns are out of order: expected ${wanted.join(", ")}; found ${present.join(", ")}`,
      ),
    );
  return { problems, missing };
}

/** A column name as a person might vary it: case, spaces and hyphens for underscores, spaces around. */
const columnKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** Separators a spreadsheet saves "CSV" with in some locales, or a tab-separated export, by name. */
const OTHER_DELIMITERS: readonly [string, string][] = [
  [";", "semicolons"],
  ["\t", "tabs"],
  ["|", "vertical bars"],
];

/**
 * The name of the separator a header of one field is split by, when splitting it so gives two or
 * more of the expected columns; null otherwise. A file saved with semicolons (a spreadsheet in a
 * locale whose decimal mark is a comma) gave 41 errors, a missing column each and a row count each,
 * with no word of the cause (an outside review).
 */
export function otherDelimiter(header: readonly string[], expected: readonly string[]): string | null {
  if (header.length !== 1) return null;
  for (const [delimiter, name] of OTHER_DELIMITERS) {
    // R's write.csv2 quotes every name: "claim_id";"event_id";…
    const parts = header[0]!.split(delimiter).map((p) => p.trim().replace(/^"(.*)"$/s, "$1"));
    if (parts.filter((p) => expected.includes(p)).length >= 2) return name;
  }
  return null;
}
