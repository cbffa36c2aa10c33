// Plain Node (no dependencies): these scripts run before `pnpm install` has put anything in place.
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const PNPM_VERSION = "10.34.9";

/** pnpm without corepack (its signature checks fail here): a global pnpm 10 if present, else npx. */
export function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim().startsWith("10.")) return ["pnpm"];
  return ["npx", "-y", `pnpm@${PNPM_VERSION}`];
}

/** Runs a command in the repository root with inherited output; returns its exit status. */
export function run(cmd, args, options = {}) {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", ...options.env };
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env });
  if (result.error) {
    console.error(`could not start ${cmd}: ${result.error.message}`);
    return 127;
  }
  return result.status ?? 1;
}

export function pnpm(args, options) {
  const [cmd, ...pre] = pnpmCommand();
  return run(cmd, [...pre, ...args], options);
}

/** Installs the workspace exactly as the lockfile says; exits the process on failure. */
export function install() {
  const status = pnpm(["install", "--frozen-lockfile", "--reporter=append-only"]);
  if (status !== 0) {
    console.error("pnpm install failed: see the output above (the npm registry must be reachable).");
    process.exit(status);
  }
}
