import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { REPO_ROOT } from "../paths.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

/** The largest `.cpuprofile` in `dir`: the validating process, not the launchers around it. */
export async function largestProfile(dir: string): Promise<string | null> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cpuprofile"));
  let best: { path: string; size: number } | null = null;
  for (const f of files) {
    const path = join(dir, f);
    const { size } = await stat(path);
    if (!best || size > best.size) best = { path, size };
  }
  return best?.path ?? null;
}

/** Self time per function (summed over its call sites), largest first. */
export async function hotFunctions(
  path: string,
  top = 12,
): Promise<{ totalMs: number; functions: HotFunction[] }> {
  const profile = JSON.parse(await readFile(path, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++)
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i] ?? 0) / 1000);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const byFunction = new Map<string, HotFunction>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.startsWith("file://") ? relative(REPO_ROOT, url.slice(7)) : url || "(native)";
    const name = functionName || "(anonymous)";
    const where = `${file}:${lineNumber + 1}`;
    const key = `${name} ${where}`;
    const entry = byFunction.get(key) ?? { name, where, selfMs: 0, share: 0 };
    entry.selfMs += ms;
    byFunction.set(key, entry);
  }
  const functions = [...byFunction.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top)
    .map((f) => ({ ...f, share: totalMs > 0 ? f.selfMs / totalMs : 0 }));
  return { totalMs, functions };
}

export function formatHotFunctions(profile: { totalMs: number; functions: HotFunction[] }): string {
  const rows = profile.functions.map(
    (f) =>
      `| ${f.name.replaceAll("|", "\\|")} | ${f.where} | ${f.selfMs.toFixed(0)} | ${(f.share * 100).toFixed(1)}% |`,
  );
  return [
    `CPU profile of the validating process (${(profile.totalMs / 1000).toFixed(1)} s profiled), self time:`,
    "",
    "| function | where | self ms | share |",
    "| --- | --- | ---: | ---: |",
    ...rows,
  ].join("\n");
}
