import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Download, Locator, Page } from "@playwright/test";
import { unzipSync } from "fflate";

export const FIXTURE = "/e2e-data";
export const REAL_DATA_DIR = resolve(import.meta.dirname, "../../../artifacts/data");
export const hasRealData = existsSync(resolve(REAL_DATA_DIR, "index.json"));
/**
 * The shipped data's latest release, which the dashboard opens on: read from the built index, so
 * that cutting a release does not leave the browser tests asserting the one before.
 */
const shippedIndex: { latest: string; releases: { version: string }[] } = hasRealData
  ? JSON.parse(readFileSync(resolve(REAL_DATA_DIR, "index.json"), "utf8"))
  : { latest: "0.0.0", releases: [] };
export const SHIPPED_LATEST: string = shippedIndex.latest;
/** The shipped data's releases, in the order its index lists them (and the dashboard names them). */
export const SHIPPED_RELEASES: readonly string[] = shippedIndex.releases.map((r) => r.version);
/** `SHIPPED_LATEST` as it appears in a regular expression. */
export const SHIPPED_LATEST_RE = SHIPPED_LATEST.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SHOTS = resolve(import.meta.dirname, "../test-results/screenshots");

/** Fails the test on any request that leaves localhost: the app must work offline. */
export async function offline(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.context().route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "blob:" || url.protocol === "data:")
      return route.continue();
    external.push(url.href);
    return route.abort();
  });
  return external;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * The download a click (or Enter) on `trigger` starts. Bounded, and on failure it quotes the
 * page's status lines: an outside CI run saw an export wait out a 240 s test budget and say only
 * "Test timeout exceeded", where "PNG failed: …" or "Preparing SVG…" would have said which half
 * (the click, or the export) never came.
 */
export async function downloadFrom(
  page: Page,
  trigger: Locator,
  how: "click" | "Enter" = "click",
  timeout = 60_000,
): Promise<Download> {
  const started = page.waitForEvent("download", { timeout });
  // Read whatever comes first, so a rejection while the click is still running is never unhandled.
  started.catch(() => undefined);
  await (how === "click" ? trigger.click({ timeout }) : trigger.press("Enter", { timeout }));
  try {
    return await started;
  } catch (e) {
    const statuses = await page
      .locator("[role=status], [role=alert]")
      .allTextContents()
      .catch(() => [] as string[]);
    const said = statuses.map((t) => t.trim()).filter(Boolean);
    throw new Error(
      `no download within ${timeout / 1000} s of ${how === "click" ? "clicking" : "pressing Enter on"} ${trigger}; ` +
        `the page's status lines read: ${said.length ? said.map((t) => JSON.stringify(t)).join(", ") : "(none)"}`,
      { cause: e },
    );
  }
}

/** `downloadFrom`, read: the file's suggested name and its bytes. */
export async function downloadedFile(
  page: Page,
  trigger: Locator,
  how: "click" | "Enter" = "click",
): Promise<{ name: string; bytes: Buffer }> {
  const d = await downloadFrom(page, trigger, how);
  return { name: d.suggestedFilename(), bytes: await downloadBytes(d) };
}

export async function downloadBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  mkdirSync(dirname(path), { recursive: true });
  return readFileSync(path);
}

/** The files of a downloaded ZIP by name, as bytes (a CSV's byte order mark kept). */
export async function downloadZip(download: Download): Promise<Record<string, Buffer>> {
  const entries = unzipSync(new Uint8Array(await downloadBytes(download)));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, Buffer.from(bytes)]));
}

export function fixtureJson<T>(path: string): T {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, "fixtures/data", path), "utf8")) as T;
}

export function realJson<T>(path: string): T {
  return JSON.parse(readFileSync(resolve(REAL_DATA_DIR, path), "utf8")) as T;
}

/**
 * Serves `body` as one file of a release at `base`, listed in that release's index with its own
 * SHA-256, as a release build would list it: the dashboard refuses a file whose hash is not the
 * index's, so a test that changes a file must change the index with it.
 */
export async function serveReleaseFile(
  page: Page,
  base: string,
  version: string,
  file: string,
  body: Buffer,
  contentType = "application/vnd.apache.arrow.stream",
): Promise<void> {
  const dir = base === FIXTURE ? resolve(import.meta.dirname, "fixtures/data") : REAL_DATA_DIR;
  const index = JSON.parse(readFileSync(resolve(dir, "index.json"), "utf8")) as {
    releases: { version: string; sha256: Record<string, string> }[];
  };
  const release = index.releases.find((r) => r.version === version);
  if (!release) throw new Error(`no release ${version} in ${dir}/index.json`);
  release.sha256[file] = createHash("sha256").update(body).digest("hex");
  await page.route(`**${base}/index.json`, (route) =>
    route.fulfill({ body: JSON.stringify(index), contentType: "application/json" }),
  );
  await page.route(`**${base}/releases/${version}/${file}`, (route) => route.fulfill({ body, contentType }));
}

/** How far the page scrolls sideways past the window, in CSS px (0 or less: it does not). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Each pixel of a screenshot as its least channel (0 black, 255 white; a tint's strongest
 * channel ignored), decoded by the page's own canvas: the browser tests read a shade or a ring
 * from the pixels a reader sees.
 */
export async function pixelLevels(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(
    async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const levels: number[] = [];
      for (let k = 0; k < data.length; k += 4) levels.push(Math.min(data[k]!, data[k + 1]!, data[k + 2]!));
      return levels;
    },
    `data:image/png;base64,${png.toString("base64")}`,
  );
}

/** How many lines an element's text is drawn on: the distinct tops of its text's line boxes. */
export function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
}

/**
 * Holds back the engine's WebAssembly, so a view stays waiting for it while a test looks; the
 * function returned lets it through.
 */
export async function holdEngine(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/duckdb-[a-z]+-[^/]*\.wasm$/, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return release;
}
