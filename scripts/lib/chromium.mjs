import { existsSync } from "node:fs";
import { run } from "./proc.mjs";

export const CHROMIUM = process.env.TALLY_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Playwright cannot download its own browser here, so the browser tests use Debian's chromium.
 * Installs it when we are root on Debian; otherwise returns the one-line reason it is missing.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return null;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get"))
    return `Browser tests need Chromium at ${CHROMIUM}: install it (Debian: apt-get install -y chromium, as root) or set TALLY_CHROMIUM, then run again.`;
  console.log("== Installing Debian's chromium for the browser tests");
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  if (
    run("apt-get", ["update", "-qq"], { env }) !== 0 ||
    run("apt-get", ["install", "-y", "-qq", "chromium"], { env }) !== 0
  )
    return "Installing chromium with apt-get failed (see above); browser tests cannot run.";
  return existsSync(CHROMIUM) ? null : `apt-get installed chromium but ${CHROMIUM} is still missing.`;
}
