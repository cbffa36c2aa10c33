/** How many names a short list gives before it counts the rest. */
const FEW = 3;

/** "a", "a and b", "a, b and c": names as a sentence lists them ("" for none). */
export function inWords(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The first few names in words, then how many more: "a, b, c and 2 more". */
export function firstFewInWords(names: readonly string[], few = FEW): string {
  return inWords(names.length <= few ? names : [...names.slice(0, few), `${names.length - few} more`]);
}

/** The first few names by commas, then how many more: "a, b, c and 2 more"; "a, b" for two. */
export function firstFew(names: readonly string[], few = FEW): string {
  return names.length <= few
    ? names.join(", ")
    : `${names.slice(0, few).join(", ")} and ${names.length - few} more`;
}
