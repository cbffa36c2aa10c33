import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Measurement, NotMeasured } from "../report/benchRecord.js";
import { measurement } from "../report/measurement.js";

const one = (x: number) => ({ median: x, min: x, max: x, runs: 1 });
const gzipKb = (bytes: Uint8Array) => gzipSync(bytes).byteLength / 1024;

/** The JS the first view needs: index.html's module scripts and modulepreloads (same-origin). */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) found.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g))
    found.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"[^>]*>/g))
    found.add(m[1]!);
  return [...found].filter((src) => !/^[a-z]+:\/\//i.test(src));
}

/**
 * Part 4: gzip size of the initial JavaScript (excluding WASM) and of each DuckDB WASM file in the
 * built dashboard. `usedWasm` names the files the browser actually fetched, when part 2 ran.
 */
export async function bundlePart(
  dist: string,
  usedWasm: readonly string[],
): Promise<{ measurements: Measurement[]; notMeasured: NotMeasured[] }> {
  const index = join(dist, "index.html");
  if (!existsSync(index))
    return {
      measurements: [],
      notMeasured: [
        {
          name: "bundle: initial JS (gzip)",
          part: "bundle",
          profile: null,
          size: "—",
          reason: `${index} does not exist (build the dashboard first)`,
        },
      ],
    };
  const scripts = initialScripts(await readFile(index, "utf8"));
  let total = 0;
  for (const src of scripts) total += gzipKb(await readFile(join(dist, src.replace(/^\//, ""))));
  const measurements = [
    measurement({
      name: "bundle: initial JS (gzip, WASM excluded)",
      part: "bundle",
      profile: null,
      size: "—",
      claims: null,
      unit: "KB",
      summary: one(total),
      target: { max: 300, unit: "KB", on: "median", at: "—" },
      note: `${scripts.length} file(s): ${scripts.join(", ")}`,
    }),
  ];
  const assets = join(dist, "assets");
  const wasm = existsSync(assets) ? (await readdir(assets)).filter((f) => f.endsWith(".wasm")) : [];
  for (const file of wasm) {
    const bytes = await readFile(join(assets, file));
    const bundle = /eh/.test(file) ? "eh" : /mvp/.test(file) ? "mvp" : "other";
    const used = usedWasm.some((u) => u.endsWith(file));
    measurements.push(
      measurement({
        name: `bundle: ${file} (gzip; DuckDB ${bundle} bundle${usedWasm.length ? (used ? ", fetched by chromium" : ", not fetched by chromium") : ""})`,
        part: "bundle",
        profile: null,
        size: "—",
        claims: null,
        unit: "KB",
        summary: one(gzipKb(bytes)),
        note: `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB raw`,
      }),
    );
  }
  return { measurements, notMeasured: [] };
}
