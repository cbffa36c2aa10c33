// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accepts, precompress, servePrecompressed } from "./wasmPlugin.js";

describe("accepts", () => {
  it("reads Accept-Encoding as browsers send it", () => {
    expect(accepts("gzip, deflate, br, zstd", "br")).toBe(true); // Chromium, on http://127.0.0.1 too
    expect(accepts("gzip, deflate", "br")).toBe(false); // Firefox over plain http
    expect(accepts("gzip, deflate", "gzip")).toBe(true);
    expect(accepts(undefined, "gzip")).toBe(false);
    expect(accepts("", "gzip")).toBe(false);
  });

  it("takes q=0 as a refusal, and * as any encoding not named", () => {
    expect(accepts("br;q=0, gzip", "br")).toBe(false);
    expect(accepts("br; q=0.5", "br")).toBe(true);
    expect(accepts("*", "br")).toBe(true);
    expect(accepts("*;q=0", "gzip")).toBe(false);
    expect(accepts("*, br;q=0", "br")).toBe(false);
    expect(accepts("GZIP", "gzip")).toBe(true);
  });
});

describe("precompress and servePrecompressed", () => {
  const dir = mkdtempSync(join(tmpdir(), "tally-wasm-"));
  const out = join(dir, "dist");
  const cache = join(dir, "cache");
  const wasm = join(out, "assets", "engine-abc.wasm");
  // Compressible, as the engine is: 2 MB of a repeating pattern with some noise.
  const bytes = Buffer.alloc(2_000_000, 0);
  for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251 === 0 ? (i * 7) & 0xff : i % 13;
  let server: Server;
  let origin = "";

  beforeAll(async () => {
    mkdirSync(join(out, "assets"), { recursive: true });
    writeFileSync(wasm, bytes);
    await precompress(wasm, cache);
    const serve = servePrecompressed(out, "/");
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.statusCode = 299; // "next": the request went on to the static files
        res.end("next");
      }),
    );
    await new Promise<void>((go) => server.listen(0, "127.0.0.1", go));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((go) => server.close(() => go())));

  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    fetch(`${origin}${path}`, { method, headers });

  it("writes .br and .gz beside the file, each decoding to it", () => {
    expect(brotliDecompressSync(readFileSync(`${wasm}.br`)).equals(bytes)).toBe(true);
    expect(gunzipSync(readFileSync(`${wasm}.gz`)).equals(bytes)).toBe(true);
    expect(readFileSync(`${wasm}.br`).length).toBeLessThan(bytes.length / 4);
  });

  it("takes them from the cache the next time", async () => {
    const again = join(out, "assets", "copy.wasm");
    writeFileSync(again, bytes);
    const t0 = performance.now();
    const line = await precompress(again, cache);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(line).toMatch(/^copy\.wasm: 2\.0 MB, precompressed to br 0\.\d MB, gzip 0\.\d MB$/);
    expect(readFileSync(`${again}.br`).equals(readFileSync(`${wasm}.br`))).toBe(true);
  });

  it("serves brotli to a browser that takes it, gzip to one that takes only gzip", async () => {
    // Node's fetch decodes the body and sends its own Accept-Encoding unless told.
    for (const [accept, encoding, file] of [
      ["gzip, deflate, br, zstd", "br", `${wasm}.br`],
      ["gzip, deflate", "gzip", `${wasm}.gz`],
    ] as const) {
      const res = await get("/assets/engine-abc.wasm", { "accept-encoding": accept });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe(encoding);
      expect(res.headers.get("content-type")).toBe("application/wasm");
      expect(res.headers.get("content-length")).toBe(String(readFileSync(file).length));
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  it("answers a revalidation with 304 and no body", async () => {
    const first = await get("/assets/engine-abc.wasm", { "accept-encoding": "br" });
    await first.arrayBuffer();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".*-br"$/);
    const again = await get("/assets/engine-abc.wasm", { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    // gzip is another representation, with its own tag.
    const gz = await get("/assets/engine-abc.wasm", { "accept-encoding": "gzip", "if-none-match": etag });
    expect(gz.status).toBe(200);
    await gz.arrayBuffer();
  });

  it("answers HEAD with the headers only", async () => {
    const res = await get("/assets/engine-abc.wasm", { "accept-encoding": "br" }, "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
  });

  it("leaves everything else to the static files", async () => {
    for (const [path, headers] of [
      ["/assets/engine-abc.wasm", { "accept-encoding": "identity" }], // takes neither
      ["/assets/engine-abc.wasm", { "accept-encoding": "br", range: "bytes=0-99" }],
      ["/assets/missing.wasm", { "accept-encoding": "br" }],
      ["/assets/engine-abc.js", { "accept-encoding": "br" }],
      ["/assets/%2e%2e/%2e%2e/etc/x.wasm", { "accept-encoding": "br" }],
      ["/assets/%E0%A4%A.wasm", { "accept-encoding": "br" }], // not decodable
    ] as const) {
      const res = await get(path, headers);
      expect(res.status, path).toBe(299);
      await res.arrayBuffer();
    }
    const post = await get("/assets/engine-abc.wasm", { "accept-encoding": "br" }, "POST");
    expect(post.status).toBe(299);
  });

  it("leaves a compressed copy older than its file to the static files", async () => {
    const stale = join(out, "assets", "stale.wasm");
    writeFileSync(stale, bytes);
    writeFileSync(`${stale}.br`, readFileSync(`${wasm}.br`));
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${stale}.br`, past, past);
    const res = await get("/assets/stale.wasm", { "accept-encoding": "br" });
    expect(res.status).toBe(299);
    await res.arrayBuffer();
  });

  it("serves under the app's base", async () => {
    const serve = servePrecompressed(out, "/tally/");
    const based = createServer((req, res) =>
      serve(req, res, () => {
        res.statusCode = 299;
        res.end();
      }),
    );
    await new Promise<void>((go) => based.listen(0, "127.0.0.1", go));
    const at = `http://127.0.0.1:${(based.address() as AddressInfo).port}`;
    const inBase = await fetch(`${at}/tally/assets/engine-abc.wasm`, {
      headers: { "accept-encoding": "br" },
    });
    expect(inBase.headers.get("content-encoding")).toBe("br");
    await inBase.arrayBuffer();
    const outside = await fetch(`${at}/assets/engine-abc.wasm`, { headers: { "accept-encoding": "br" } });
    expect(outside.status).toBe(299);
    await new Promise<void>((go) => based.close(() => go()));
  });
});
