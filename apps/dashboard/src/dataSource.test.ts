import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchArtifact } from "./dataSource.js";
import { IntegrityError } from "./integrity.js";
import { oneReleaseIndex } from "./testing/releaseIndex.js";

const good = new TextEncoder().encode("ARROW1 the release's bytes");
const sha = createHash("sha256").update(good).digest("hex");
const INDEX = oneReleaseIndex({ "claims.arrows": sha });

/** A server answering the index, and claims.arrows with each of `bodies` in turn. */
function serve(bodies: Uint8Array<ArrayBuffer>[]) {
  const calls: (RequestInit | undefined)[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith("index.json")) return new Response(JSON.stringify(INDEX));
      calls.push(init);
      return new Response((bodies.shift() ?? new Uint8Array()) as Uint8Array<ArrayBuffer>);
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchArtifact", () => {
  // CI once got an empty claims.arrows body, and a browser may keep an earlier build's copy: the
  // file is fetched once more past the cache before it is refused.
  it("fetches a file that fails its check once more, past the browser's cache", async () => {
    const calls = serve([new Uint8Array(), good]);
    await expect(fetchArtifact("/retry", "1.0.0", "claims.arrows", "claims")).resolves.toEqual(good);
    expect(calls).toEqual([undefined, { cache: "reload" }]);
  });

  it("refuses a file that fails its check twice, naming it", async () => {
    const calls = serve([new Uint8Array([1]), new Uint8Array([2])]);
    const loading = fetchArtifact("/broken", "1.0.0", "claims.arrows", "claims");
    await expect(loading).rejects.toBeInstanceOf(IntegrityError);
    await expect(loading).rejects.toThrow(
      /claims\.arrows of release 1\.0\.0 is not the file the release index lists/,
    );
    expect(calls).toHaveLength(2);
  });

  it("fetches a sound file once", async () => {
    const calls = serve([good]);
    await expect(fetchArtifact("/sound", "1.0.0", "claims.arrows", "claims")).resolves.toEqual(good);
    expect(calls).toEqual([undefined]);
  });
});
