import { createReadStream, existsSync, statSync } from "node:fs";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { Connect, Plugin } from "vite";

const TYPES: Record<string, string> = {
  ".json": "application/json",
  ".arrows": "application/vnd.apache.arrow.stream",
  ".csv": "text/csv; charset=utf-8",
  ".parquet": "application/vnd.apache.parquet",
};

/** Serves files under `dir` at `prefix`, refusing anything that resolves outside `dir`. */
function serveDir(prefix: string, dir: string): Connect.NextHandleFunction {
  const root = resolve(dir);
  return (req, res, next) => {
    const url = (req.url ?? "").split("?")[0]!;
    if (!url.startsWith(prefix)) return next();
    const file = normalize(join(root, decodeURIComponent(url.slice(prefix.length))));
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end(`not found: ${url}`);
      return;
    }
    res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
    res.setHeader("Cache-Control", "no-cache");
    createReadStream(file).pipe(res);
  };
}

/**
 * The release artifacts as part of the app: `mounts` maps URL prefixes to folders, served by
 * `vite` and `vite preview`; what the `/data/` mount's index lists is also copied into `dist/data`
 * on build so the built app works offline on any static host.
 */
export function tallyData(mounts: Record<string, string>): Plugin {
  let outDir = "dist";
  return {
    name: "tally-data",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      for (const [prefix, dir] of Object.entries(mounts)) server.middlewares.use(serveDir(prefix, dir));
    },
    configurePreviewServer(server) {
      for (const [prefix, dir] of Object.entries(mounts)) server.middlewares.use(serveDir(prefix, dir));
    },
    async closeBundle() {
      const dir = mounts["/data/"];
      if (dir && existsSync(join(dir, INDEX))) await copyIndexed(dir, join(outDir, "data"));
    },
  };
}

const INDEX = "index.json";

/**
 * Copies the release index and the files it lists, each release's by name, and nothing else: a
 * release withdrawn since the last build, or a file an older build left beside the new ones, was
 * published and served though no index named it (an outside audit).
 */
export async function copyIndexed(from: string, to: string): Promise<void> {
  const index = JSON.parse(await readFile(join(from, INDEX), "utf8")) as {
    releases: { path: string; sha256: Record<string, string> }[];
  };
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  await copyFile(join(from, INDEX), join(to, INDEX));
  for (const release of index.releases) {
    await mkdir(join(to, release.path), { recursive: true });
    for (const file of Object.keys(release.sha256))
      await copyFile(join(from, release.path, file), join(to, release.path, file));
  }
}
