const HELD: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
// Ignored by default, so harmless if it comes from elsewhere; numbered above every held signal.
const SENTINEL: NodeJS.Signals = "SIGWINCH";
const SENTINEL_WAIT_MS = 1000;

/**
 * Waits until every signal sent to this process before the call has reached its listeners.
 * Node hears signals on a later turn of its event loop, by way of another thread; the kernel hands
 * a process its pending signals lowest number first, so a sentinel sent now arrives after them.
 */
function signalsDelivered(): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      process.off(SENTINEL, finish);
      done();
    };
    const timer = setTimeout(finish, SENTINEL_WAIT_MS);
    try {
      process.on(SENTINEL, finish);
      process.kill(process.pid, SENTINEL);
    } catch {
      // A platform without the signal (Windows) has none of the held ones to wait for either.
      finish();
    }
  });
}

/**
 * Runs `work` (synchronous) with Ctrl-C and termination held until it is done, then passes on the
 * first signal that came meanwhile, so that the process still stops as asked, only not halfway.
 * For steps that must happen together: a release folder and its CHANGELOG entry.
 */
export async function withSignalsHeld(work: () => void): Promise<void> {
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => {
    held.push(signal);
  };
  for (const signal of HELD) process.on(signal, hold);
  holding++;
  try {
    work();
  } finally {
    // Removed before a signal sent during `work` reached it, the listener would take the signal
    // with it, and the process would run on as if no one had asked it to stop.
    await signalsDelivered();
    holding--;
    for (const signal of HELD) process.off(signal, hold);
    if (held[0] !== undefined) process.kill(process.pid, held[0]);
  }
}

let holding = 0;

/** Whether `withSignalsHeld` is holding signals now, and will pass each on once its work is done. */
export const signalsAreHeld = (): boolean => holding > 0;

/**
 * Runs `tidy` (synchronous) when Ctrl-C or termination stops the process, then stops it by that
 * signal as it would have been: a listener alone would keep the process running. While signals are
 * held, the holder passes the signal on once its work is done, and `tidy` runs then. Returns the
 * function that removes the listener.
 */
export function onStop(tidy: () => void): () => void {
  const stop = (signal: NodeJS.Signals) => {
    if (signalsAreHeld()) return;
    off();
    tidy();
    process.kill(process.pid, signal);
  };
  const off = () => {
    for (const signal of HELD) process.off(signal, stop);
  };
  for (const signal of HELD) process.on(signal, stop);
  return off;
}
