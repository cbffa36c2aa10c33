import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dataBase, fetchArtifact, LoadError, publishedBase } from "./dataSource.js";
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

  it("says a server's failure is one, not a missing file with a rebuild to run (an outside audit)", async () => {
    const refusal = async (status: number) => {
      vi.stubGlobal(
        "fetch",
        vi.fn(async (url: string) =>
          url.endsWith("index.json") ? new Response(JSON.stringify(INDEX)) : new Response("", { status }),
        ),
      );
      const error = await fetchArtifact(
        `/status-${status}`,
        "1.0.0",
        "claims.arrows",
        "Release 1.0.0's claims table",
      ).catch((e: unknown) => e as LoadError);
      expect(error).toBeInstanceOf(LoadError);
      return { message: (error as LoadError).message, hint: (error as LoadError).hint };
    };
    const failed = await refusal(500);
    expect(failed.message).toMatch(
      /^Release 1\.0\.0's claims table could not be read from .*claims\.arrows: the server failed \(HTTP 500\)\.$/,
    );
    expect(failed.hint).toContain("reload in a moment");
    expect(failed.hint).not.toContain("build:data");
    const missing = await refusal(404);
    expect(missing.message).toMatch(/was not found at .*\(HTTP 404\)/);
    expect(missing.hint).toContain("Pick another release under Versions");
  });

  it("fetches a sound file once", async () => {
    const calls = serve([good]);
    await expect(fetchArtifact("/sound", "1.0.0", "claims.arrows", "claims")).resolves.toEqual(good);
    expect(calls).toEqual([undefined]);
  });
});

describe("dataBase", () => {
  const here = (path: string) => new URL(path, window.location.href).href;

  it("takes the release index's own address for its folder", () => {
    // A reader copies the index file's address from the browser: it fetched …/index.json/index.json.
    expect(dataBase("/e2e-data/index.json")).toBe(here("/e2e-data"));
    expect(dataBase("https://mirror.example/tally/index.json")).toBe("https://mirror.example/tally");
    expect(dataBase("https://mirror.example/index.json")).toBe("https://mirror.example");
  });

  it("keeps a folder as it is, without its trailing slashes", () => {
    expect(dataBase("https://mirror.example/tally/")).toBe("https://mirror.example/tally");
    expect(dataBase("/e2e-data")).toBe(here("/e2e-data"));
    // Only the index file stands for its folder: a folder named so is still a folder.
    expect(dataBase("https://mirror.example/index.json/")).toBe("https://mirror.example/index.json");
    expect(dataBase("https://mirror.example/my-index.json")).toBe("https://mirror.example/my-index.json");
  });

  it("is the published base without ?data=", () => {
    expect(dataBase(null)).toBe(publishedBase());
  });

  it("says what is wrong with an address it cannot use, and what ?data= takes", () => {
    const refused = (address: string) => {
      try {
        dataBase(address);
      } catch (error) {
        expect(error).toBeInstanceOf(LoadError);
        return { message: (error as LoadError).message, hint: (error as LoadError).hint };
      }
      throw new Error(`${address} was taken`);
    };
    expect(refused("http://").message).toBe("The data address http:// is not a web address.");
    expect(refused("ftp://mirror.example/tally").message).toBe(
      "The data address ftp://mirror.example/tally is not an http(s) address.",
    );
    expect(refused("https://mirror.example/tally/index.json?v=2").message).toContain(
      "carries a query (?v=2)",
    );
    for (const address of ["http://", "ftp://mirror.example/tally", "/tally?v=2"])
      expect(refused(address).hint).toContain("the folder that holds the release index");
  });
});
