import { type ParseArgsConfig, parseArgs } from "node:util";
import { repeatedOption } from "@tally/validation/node";

/** A bad argument: answered with one line, the usage line, and exit 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What node's parseArgs answers for `options`, read strictly, without positionals, with tokens. */
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false; tokens: true }>
>;

/**
 * Node's parseArgs over `argv` (strict, no positionals), each option given at most once: the last
 * of two `--out` would win unseen, as `validate` and `dataset` refuse too. `positive` names the
 * options whose value is a positive number, so that `--claims -1`, which node reads as a missing
 * value followed by an option, is answered as the negative number it is.
 */
export function strictArgs<O extends Options>(
  argv: readonly string[],
  positive: readonly string[],
  options: O,
): Parsed<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    const message = (error as Error).message;
    const ambiguous = /^Option '--([\w-]+)' argument is ambiguous/.exec(message)?.[1];
    const value = ambiguous === undefined ? undefined : argv[argv.indexOf(`--${ambiguous}`) + 1];
    if (ambiguous !== undefined && positive.includes(ambiguous) && value !== undefined && /^-\d/.test(value))
      throw new UsageError(`--${ambiguous} ${value}: the number must be positive`);
    // One line, but all of it: node's later lines hold the fix ("use '--seed=-XYZ'").
    throw new UsageError(message.split("\n").join(" "));
  }
  const twice = repeatedOption(parsed.tokens);
  if (twice !== undefined) throw new UsageError(twice);
  return parsed;
}

/** `parse()`'s answer, its error a bad argument. */
export function asUsage<T>(parse: () => T, prefix = ""): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(`${prefix}${(error as Error).message}`);
  }
}

/** The first line of an error's message: each CLI answers in one line. */
export const firstLine = (error: unknown): string =>
  error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
