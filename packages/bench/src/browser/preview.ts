import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../paths.js";

export const DASHBOARD = join(REPO_ROOT, "apps/dashboard");
// The same browser and flags as the dashboard's own browser tests.
export { CHROMIUM, CHROMIUM_ARGS } from "@tally/dashboard/chromium";

/**
 * `vite preview` of the built dashboard on 127.0.0.1:`port`, serving `artifacts` at /data/ when
 * given (the dashboard's TALLY_ARTIFACTS_DIR), else the shipped release built into dist.
 */
export async function startPreview(port: number, artifacts: string | null = null): Promise<ChildProcess> {
  const vite = join(DASHBOARD, "node_modules/.bin/vite");
  const child = spawn(vite, ["preview", "--host", "127.0.0.1", "--strictPort", "--port", String(port)], {
    cwd: DASHBOARD,
    stdio: "ignore",
    env: artifacts ? { ...process.env, TALLY_ARTIFACTS_DIR: artifacts } : process.env,
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("vite preview did not answer within 30 s");
}
