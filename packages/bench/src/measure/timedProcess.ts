import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { open } from "node:fs/promises";

const GNU_TIME = "/usr/bin/time";

export interface ProcessRun {
  wallMs: number;
  /** Largest resident set of the process or any process it waited for, or null when unmeasurable. */
  peakRssMb: number | null;
  exitCode: number;
  stderr: string;
}

/**
 * Runs a command to completion, stdout to `stdoutFile` (or discarded), timing it from spawn to
 * exit. Peak memory comes from GNU time's `-v` report when /usr/bin/time exists.
 */
export async function runTimed(
  command: string,
  args: readonly string[],
  options: { cwd: string; stdoutFile?: string; env?: NodeJS.ProcessEnv },
): Promise<ProcessRun> {
  const measured = existsSync(GNU_TIME);
  const out = options.stdoutFile ? await open(options.stdoutFile, "w") : null;
  const [cmd, argv] = measured ? [GNU_TIME, ["-v", command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", out ? out.fd : "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  await out?.close();
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const ownStderr = measured ? stderr.replace(/\n?\s*Command (being timed|exited)[\s\S]*$/, "") : stderr;
  return { wallMs, peakRssMb: rss ? Number(rss[1]) / 1024 : null, exitCode, stderr: ownStderr };
}
