/**
 * The first option that node's parseArgs `tokens` name twice, or undefined. The last of two --data
 * or --out would win unseen (a script that adds one cuts or writes where it did not mean to), so
 * the scripts refuse a repeat as `pnpm validate` and `pnpm bench` do.
 */
export function repeatedOption(tokens: readonly { kind: string; name?: string }[]): string | undefined {
  const given = tokens.flatMap((t) => (t.kind === "option" && t.name !== undefined ? [t.name] : []));
  return given.find((name, i) => given.indexOf(name) !== i);
}
