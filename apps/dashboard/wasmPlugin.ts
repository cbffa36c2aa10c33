import { createHash } from "node:crypto";
import { createReadStream, type Stats, statSync } from "node:fs";
import { copyFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve, sep } from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Connect, Plugin } from "vite";

/**
 * The query engine's WebAssembly (DuckDB-WASM, 34 MB for the build Chromium and Firefox take)
 * compressed for `npm start`, and its size for the download's progress line:
 *
 * - `vite build` writes `<file>.wasm.br` and `<file>.wasm.gz` beside each .wasm it emits (about
 *   6 and 8 MB); they are made once per file and kept in Vite's cache folder, since the engine's
 *   files only change with its version, and compressing them costs seconds.
 * - `vite preview` serves them to a browser that accepts the encoding. Its own compression only
 *   takes text types and left the engine going out uncompressed (an outside audit). Any static
 *   server that serves precompressed files (nginx `gzip_static`, Caddy `precompressed`) takes them
 *   as they are.
 * - The app is told each .wasm's size (`__TALLY_DUCKDB_WASM_BYTES__`): a compressed response's
 *   Content-Length counts compressed bytes, and the download's progress counts decoded ones.
 */
export function tallyWasm(): Plugin {
  let cacheDir = "";
  return {
    name: "tally-wasm",
    config() {
      const require = createRequire(import.meta.url);
      const bytes = (build: string) =>
        statSync(require.resolve(`@duckdb/duckdb-wasm/dist/duckdb-${build}.wasm`)).size;
      return {
        define: { __TALLY_DUCKDB_WASM_BYTES__: JSON.stringify({ eh: bytes("eh"), mvp: bytes("mvp") }) },
      };
    },
    configResolved(config) {
      cacheDir = join(config.cacheDir, "tally-wasm");
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir;
      if (!outDir) return;
      const files = Object.keys(bundle).filter((name) => name.endsWith(".wasm"));
      const lines = await Promise.all(files.map((name) => precompress(join(outDir, name), cacheDir)));
      for (const line of lines) this.info(line);
    },
    configurePreviewServer(server) {
      const { root, base, build } = server.config;
      server.middlewares.use(servePrecompressed(resolve(root, build.outDir), base));
    },
  };
}

/** The encodings written beside each .wasm, in the order a browser that takes both gets them. */
export const ENCODINGS = [
  { name: "br", ext: ".br" },
  { name: "gzip", ext: ".gz" },
] as const;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function compress(bytes: Buffer, encoding: (typeof ENCODINGS)[number]["name"]): Promise<Buffer> {
  // Quality 5: 34.2 MB to 6.2 MB in about 1.5 s; 9 gains 0.3 MB for 14 s, 11 takes minutes.
  if (encoding === "br")
    return brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
  return gzip(bytes, { level: 6 });
}

/**
 * Writes `<file>.br` and `<file>.gz` beside `file`, from `cacheDir` when this content was
 * compressed before (written there under a temporary name first, so that two builds at once
 * never read half a file). Returns a line for the build's log.
 */
export async function precompress(file: string, cacheDir: string): Promise<string> {
  const bytes = await readFile(file);
  const key = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  await mkdir(cacheDir, { recursive: true });
  const sizes = await Promise.all(
    ENCODINGS.map(async ({ name, ext }) => {
      const cached = join(cacheDir, `${key}${ext}`);
      let packed: Buffer;
      try {
        packed = await readFile(cached);
      } catch {
        packed = await compress(bytes, name);
        const partial = `${cached}.${process.pid}.${Date.now()}.partial`;
        await writeFile(partial, packed);
        await rename(partial, cached);
      }
      await copyFile(cached, `${file}${ext}`);
      return `${name} ${mb(packed.length)}`;
    }),
  );
  return `${file.split(sep).pop()}: ${mb(bytes.length)}, precompressed to ${sizes.join(", ")}`;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Whether an Accept-Encoding header takes `encoding`: named, or `*`, without `q=0`.
 */
export function accepts(header: string | string[] | undefined, encoding: string): boolean {
  if (header === undefined) return false;
  let named: boolean | null = null;
  let star = false;
  for (const part of (Array.isArray(header) ? header.join(",") : header).split(",")) {
    const [token = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    const taken = q === undefined || Number(q.slice(2)) > 0;
    if (token === encoding) named = taken;
    else if (token === "*") star = taken;
  }
  return named ?? star;
}

/**
 * Serves a .wasm under `outDir` as its precompressed sibling when the request accepts that
 * encoding and the sibling is no older than the file; anything else goes on to the next
 * middleware (Vite's static files), as does a range request. Revalidation works as for Vite's
 * own files: an ETag (one per encoding) and `no-cache`, so a second visit gets 304, not 6 MB.
 */
export function servePrecompressed(outDir: string, base = "/"): Connect.NextHandleFunction {
  const root = resolve(outDir);
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.range !== undefined) return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return next();
    }
    if (!pathname.endsWith(".wasm") || !pathname.startsWith(base)) return next();
    const file = resolve(root, pathname.slice(base.length));
    if (!file.startsWith(root + sep)) return next();
    let plain: Stats;
    try {
      plain = statSync(file);
    } catch {
      return next();
    }
    res.setHeader("Vary", "Accept-Encoding");
    for (const { name, ext } of ENCODINGS) {
      if (!accepts(req.headers["accept-encoding"], name)) continue;
      let packed: Stats;
      try {
        packed = statSync(file + ext);
      } catch {
        continue;
      }
      if (!packed.isFile() || packed.mtimeMs < plain.mtimeMs) continue;
      const etag = `W/"${packed.size}-${Math.trunc(packed.mtimeMs)}-${name}"`;
      res.setHeader("ETag", etag);
      res.setHeader("Cache-Control", "no-cache");
      res.setHeader("Last-Modified", packed.mtime.toUTCString());
      if (req.headers["if-none-match"] === etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
      res.statusCode = 200;
      res.setHeader("Content-Type", "application/wasm");
      res.setHeader("Content-Encoding", name);
      res.setHeader("Content-Length", packed.size);
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      createReadStream(file + ext)
        .on("error", () => res.destroy())
        .pipe(res);
      return;
    }
    next();
  };
}
