/**
 * The browser the browser tests and the benchmarks drive: Debian's chromium, since Playwright
 * cannot download its own here. `TALLY_CHROMIUM` points elsewhere, as `npm test` honours it.
 * Without the background-networking flags chromium keeps calling out of a machine with no network.
 */
export const CHROMIUM = process.env.TALLY_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
