/**
 * A full collection in the bench's own process, when it runs with --expose-gc (as `pnpm bench`
 * does). Before an in-process run, the run starts on a clean heap and is not charged for
 * collecting the results of the run before it, which a validator process, running the rule once,
 * never holds. Before a child process is timed, the bench's collector has nothing left to do on
 * the second core while the child runs.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
