import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PREFETCH_KEY, prefetchRelease, prefetchScript, takePrefetched } from "./prefetch.js";

const origin = window.location.origin;
const INDEX = { name: "d", latest: "1.1.0", releases: [{ version: "1.0.0" }, { version: "1.1.0" }] };

let requested: string[];

function serve(index: unknown, status = 200) {
  requested = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      requested.push(url);
      return url.endsWith("/index.json")
        ? new Response(JSON.stringify(index), { status })
        : new Response("{}", { status: 200 });
    }),
  );
}

/** Lets the index response's `.json()` and the summary request that follows it run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  delete (window as unknown as Record<string, unknown>)[PREFETCH_KEY];
  serve(INDEX);
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

describe("prefetchRelease", () => {
  it("requests the index, then the latest release's summary, each handed over once", async () => {
    prefetchRelease("/data");
    await settle();
    expect(requested).toEqual([`${origin}/data/index.json`, `${origin}/data/releases/1.1.0/summary.json`]);
    const summary = takePrefetched(`${origin}/data/releases/1.1.0/summary.json`);
    expect(summary).toBeDefined();
    expect(await (await summary!).text()).toBe("{}");
    expect(takePrefetched(`${origin}/data/releases/1.1.0/summary.json`)).toBeUndefined();
    // The index body is still whole for the app although the script read a copy of it.
    expect(await (await takePrefetched(`${origin}/data/index.json`)!).json()).toEqual(INDEX);
  });

  it("takes the version a link pins (?v=) over the index's latest", async () => {
    window.history.replaceState(null, "", "/?v=1.0.0");
    prefetchRelease("/data/");
    await settle();
    expect(requested.at(-1)).toBe(`${origin}/data/releases/1.0.0/summary.json`);
  });

  it("asks for no summary of a release the index does not list (an outside audit)", async () => {
    window.history.replaceState(null, "", "/?v=9.9.9");
    prefetchRelease("/data");
    await settle();
    expect(requested).toEqual([`${origin}/data/index.json`]);
  });

  it("falls back to the last listed release when the index names no latest", async () => {
    serve({ releases: [{ version: "0.9.0" }, { version: "1.0.0" }] });
    prefetchRelease("/data");
    await settle();
    expect(requested.at(-1)).toBe(`${origin}/data/releases/1.0.0/summary.json`);
  });

  it("leaves data from another address to the app, which checks that address first", async () => {
    window.history.replaceState(null, "", "/?data=https://mirror.example/data");
    prefetchRelease("/data");
    await settle();
    expect(requested).toEqual([]);
    expect(takePrefetched(`${origin}/data/index.json`)).toBeUndefined();
  });

  it("fetches no summary for the Versions view, nor when the index is missing", async () => {
    window.history.replaceState(null, "", "/?view=versions");
    prefetchRelease("/data");
    await settle();
    expect(requested).toEqual([`${origin}/data/index.json`]);

    window.history.replaceState(null, "", "/");
    serve("not found", 404);
    prefetchRelease("/data");
    await settle();
    expect(requested).toEqual([`${origin}/data/index.json`]);
    expect((await takePrefetched(`${origin}/data/index.json`)!).status).toBe(404);
  });

  it("runs from the inline script's text alone, as index.html carries it", async () => {
    new Function(prefetchScript("/data"))();
    await settle();
    expect(requested).toEqual([`${origin}/data/index.json`, `${origin}/data/releases/1.1.0/summary.json`]);
    expect(takePrefetched(`${origin}/data/index.json`)).toBeDefined();
  });
});
