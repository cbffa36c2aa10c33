/**
 * The complaint about the first option that node's parseArgs `tokens` name twice, or undefined.
 * The last of two --data or --out would win unseen (a CI script that adds one checks, cuts or
 * writes where it did not mean to), so every Tally command refuses a repeat with this sentence.
 */
export function repeatedOption(tokens: readonly { kind: string; name?: string }[]): string | undefined {
  const given = tokens.flatMap((t) => (t.kind === "option" && t.name !== undefined ? [t.name] : []));
  const twice = given.find((name, i) => given.indexOf(name) !== i);
  return twice === undefined ? undefined : `--${twice} is given more than once; give it once`;
}
