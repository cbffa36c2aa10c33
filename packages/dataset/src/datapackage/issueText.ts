/**
 * A schema issue in a maintainer's words: the parser's "Invalid input: expected string, received
 * array" said neither what to write nor that a key was simply missing (an outside audit).
 */
export function issueText(
  issue: { code: string; message: string; expected?: unknown },
  value: unknown,
): string {
  if (issue.code !== "invalid_type" || typeof issue.expected !== "string") return issue.message;
  if (value === undefined) return `is missing (${aOrAn(issue.expected)} is needed)`;
  const what = issue.expected === "object" ? "a JSON object" : aOrAn(issue.expected);
  return `must be ${what}, not ${aOrAn(jsonKind(value))}`;
}

const aOrAn = (word: string) => `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;

const jsonKind = (value: unknown) =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "array"
      : typeof value === "object"
        ? "object"
        : typeof value;

/** The value at `path` inside `root`, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
