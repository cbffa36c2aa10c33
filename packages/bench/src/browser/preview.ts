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
  const url = `http://127.0.0.1:${port}/`;
  // Another server on the port would answer the readiness check below while this preview fails
  // to bind (strictPort), and the bench would time whatever app that server holds.
  if (await answers(url)) throw new Error(`port ${port} is already in use: stop the server on it and rerun`);
  const vite = join(DASHBOARD, "node_modules/.bin/vite");
  const child = spawn(vite, ["preview", "--host", "127.0.0.1", "--strictPort", "--port", String(port)], {
    cwd: DASHBOARD,
    stdio: "ignore",
    env: artifacts ? { ...process.env, TALLY_ARTIFACTS_DIR: artifacts } : process.env,
  });
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}`);
    if (await answers(url)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("vite preview did not answer within 30 s");
}

function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    (r) => r.ok,
    () => false,
  );
}
