import { statSync } from "node:fs";
import { createRequire } from "node:module";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type Response, test } from "@playwright/test";
import { FIXTURE, shot } from "./helpers.js";

// An outside audit: the engine's WebAssembly is 34 MB, `npm start` served it uncompressed, and on a
// slow connection the status said "Starting DuckDB-WASM…" with no sign of progress for minutes.

const q = (params = "") => `/?data=${FIXTURE}${params ? `&${params}` : ""}`;
const ENGINE = { timeout: 120_000 };
const READY = /^Query engine ready: release \d+\.\d+\.\d+'s filters, events and SQL console can be used\.$/;
const DOWNLOADED = "Query engine downloaded; starting it…";
// As recorded from the page, the figures held together by no-break spaces; SHOWN for Playwright's
// text assertions, which may fold them into spaces.
const LINE = /^Downloading the query engine: (\d+\.\d)\u00a0of\u00a0(\d+\.\d)\u00a0MB$/;
const SHOWN = /^Downloading the query engine: \d+\.\d\sof\s\d+\.\d\sMB$/;

/** The size of each build's WebAssembly file, as the status line writes it ("34.2"). */
const require = createRequire(import.meta.url);
const megabytes = (build: "eh" | "mvp") =>
  (statSync(require.resolve(`@duckdb/duckdb-wasm/dist/duckdb-${build}.wasm`)).size / 1e6).toFixed(1);

/**
 * Records every state of the header's engine status from the first paint: the line on screen and
 * what its live region holds (the same text unless the engine is downloading).
 */
async function recordStatus(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { lines: [] as string[], spoken: [] as string[] };
    (window as unknown as { __engineStatus: typeof seen }).__engineStatus = seen;
    const look = () => {
      const box = document.querySelector("header .loading");
      if (!box) return;
      const status = box.querySelector('[role="status"]');
      const shown = box.querySelector(':scope > span[aria-hidden="true"]:not(.spinner)') ?? status;
      const line = shown?.textContent ?? "";
      const said = status?.textContent ?? "";
      if (seen.lines.at(-1) !== line) seen.lines.push(line);
      if (seen.spoken.at(-1) !== said) seen.spoken.push(said);
    };
    new MutationObserver(look).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

function recorded(page: Page): Promise<{ lines: string[]; spoken: string[] }> {
  return page.evaluate(
    () => (window as unknown as { __engineStatus: { lines: string[]; spoken: string[] } }).__engineStatus,
  );
}

/** The worker's GET of the engine's WebAssembly (the app also asks for it with HEAD). */
function wasmGets(page: Page): Response[] {
  const seen: Response[] = [];
  page.on("response", (r) => {
    if (/\/duckdb-[a-z]+-[^/]*\.wasm$/.test(r.url()) && r.request().method() === "GET") seen.push(r);
  });
  return seen;
}

async function bundle(page: Page): Promise<"eh" | "mvp"> {
  return page.evaluate(async () => {
    const t = (window as unknown as { __tally: { ready: Promise<void>; bundle: "eh" | "mvp" } }).__tally;
    await t.ready;
    return t.bundle;
  });
}

test("a slow download of the query engine says how much has arrived, a screen reader a few words, then it is ready", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await recordStatus(page);
  const gets = wasmGets(page);
  // 1 MB/s: the engine's 6.2 MB of brotli take about 6 s (throttling applies to the worker's fetch).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 40,
    downloadThroughput: 1_000_000,
    uploadThroughput: 1_000_000,
  });
  await page.goto(q());

  const header = page.locator("header .loading");
  const line = header.locator(':scope > span[aria-hidden="true"]:not(.spinner)');
  await expect(line).toHaveText(SHOWN, ENGINE);
  // The figures are in no live region: what the region holds is the coarser spoken text.
  await expect(header.getByRole("status")).toHaveText(/^Downloading the query engine(:| \()/);
  await expect(header.getByRole("status")).not.toHaveText(/\d\.\d\sof/);
  // The line on screen is hidden from assistive technology, its live region visually: axe passes both.
  const { violations } = await new AxeBuilder({ page }).include("header").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  await shot(page, "engine-download-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  const before = (await line.textContent())!;
  await expect(line).not.toHaveText(before);
  await expect(line).toHaveText(SHOWN);
  await shot(page, "engine-download-390");

  await expect(page.getByTestId("engine-announcement")).toHaveText(READY, ENGINE);
  const size = megabytes(await bundle(page));
  const { lines, spoken } = await recorded(page);

  const figures = lines.flatMap((l) => {
    const m = LINE.exec(l);
    return m ? [{ arrived: Number(m[1]), total: m[2] }] : [];
  });
  expect(figures.length, lines.join("\n")).toBeGreaterThanOrEqual(4);
  for (const f of figures) expect(f.total).toBe(size);
  for (let i = 1; i < figures.length; i++)
    expect(figures[i]!.arrived).toBeGreaterThan(figures[i - 1]!.arrived);
  expect(figures.at(-1)!.arrived).toBeGreaterThan(Number(size) / 2);
  // After the download: the engine compiles and starts, then loads the release.
  const end = lines.indexOf(DOWNLOADED);
  expect(end).toBeGreaterThan(lines.findLastIndex((l) => LINE.test(l)));
  expect(lines.slice(end)).toContain("Loading the release's tables…");

  // A screen reader hears the start, a quarter now and then, and the end: a handful of words
  // where the screen changed its line dozens of times.
  const aboutDownload = spoken.filter(
    (s) => s.startsWith("Downloading the query engine") || s === DOWNLOADED,
  );
  expect(aboutDownload[0]).toBe(`Downloading the query engine (${size} MB)…`);
  expect(aboutDownload.at(-1)).toBe(DOWNLOADED);
  expect(aboutDownload.length).toBeLessThanOrEqual(5);
  for (const s of aboutDownload.slice(1, -1))
    expect(s).toMatch(
      new RegExp(`^Downloading the query engine: (25|50|75)% of ${size.replace(".", "\\.")} MB$`),
    );
  expect(figures.length).toBeGreaterThan(aboutDownload.length);

  // Compressed on the wire: `npm start` (vite preview) serves the precompressed file.
  expect(gets).toHaveLength(1);
  const encoding = (await gets[0]!.allHeaders())["content-encoding"];
  expect(encoding).toBe("br");
  const { responseBodySize } = await gets[0]!.request().sizes();
  expect(responseBodySize).toBeGreaterThan(1_000_000);
  expect(responseBodySize).toBeLessThan(Number(size) * 1e6 * 0.3);
});

test("a second visit takes the engine from the browser's cache, not the network", async ({ page }) => {
  // No page.route here: routing turns Playwright's HTTP cache off.
  const gets = wasmGets(page);
  await page.goto(q());
  await expect(page.getByTestId("engine-announcement")).toHaveText(READY, ENGINE);
  expect(gets).toHaveLength(1);
  expect((await gets[0]!.request().sizes()).responseBodySize).toBeGreaterThan(1_000_000);

  for (const visit of [() => page.reload(), () => page.goto(q("view=overview"))]) {
    await visit();
    await expect(page.getByTestId("engine-announcement")).toHaveText(READY, ENGINE);
    const again = gets.at(-1)!;
    expect(gets.length).toBeGreaterThan(1);
    // Revalidated (the server answers 304 to its ETag): no byte of the body crosses the network.
    expect(
      again.request().headers()["if-none-match"] ?? (await again.request().allHeaders())["if-none-match"],
    ).toBeTruthy();
    expect((await again.request().sizes()).responseBodySize).toBe(0);
  }
});

test.describe("a query engine that cannot be downloaded is still said in the error box", () => {
  for (const [name, answer] of [
    ["refused (HTTP 404)", { status: 404 }],
    ["cut off (network error)", "abort"],
  ] as const)
    test(name, async ({ page }) => {
      await page.route(/\/duckdb-[a-z]+-[^/]*\.wasm$/, (route) =>
        answer === "abort" ? route.abort("internetdisconnected") : route.fulfill({ ...answer, body: "no" }),
      );
      await page.goto(q("view=overview"));
      const alert = page
        .getByRole("alert")
        .filter({ hasText: "The query engine (DuckDB-WASM) could not start" });
      await expect(alert).toBeVisible(ENGINE);
      await expect(alert).toContainText(answer === "abort" ? "could not be fetched" : "answered HTTP 404");
      await expect(page.locator("header .loading")).toHaveCount(0);
      await expect(page.locator("body")).not.toContainText("Downloading the query engine");
    });
});
