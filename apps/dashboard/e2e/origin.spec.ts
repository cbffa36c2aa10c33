import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import type { ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import { hasRealData, offline, REAL_DATA_DIR, realJson } from "./helpers.js";

const SHOTS = resolve(import.meta.dirname, "..", process.env.TALLY_E2E_RESULTS ?? "test-results", "shots");
const ENGINE_START = { timeout: 120_000 };
// A second origin: the app's port + 100 (the app is on TALLY_E2E_PORT, 4173 by default).
const COPY_PORT = Number(process.env.TALLY_E2E_PORT ?? 4173) + 100;
const COPY_BASE = `http://127.0.0.1:${COPY_PORT}/data`;

async function shotAt(page: Page, name: string, width: number): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width, height: 844 });
  await page.screenshot({ path: resolve(SHOTS, `${name}-${width}.png`) });
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * The issue's altered copy: c004's "approximately 600" rewritten to 6,000 in summary.json, with
 * an index of its own whose hashes match the altered files, served with CORS from another port.
 */
function alteredCopy(): { dir: string; version: string } {
  const dir = mkdtempSync(join(tmpdir(), "tally-origin-copy-"));
  cpSync(REAL_DATA_DIR, dir, { recursive: true });
  const index = realJson<ReleaseIndex>("index.json");
  const version = index.latest!;
  const summaryPath = join(dir, "releases", version, "summary.json");
  const summary = JSON.parse(readFileSync(summaryPath, "utf8")) as ReleaseSummary;
  const c004 = summary.focus_claims.find((c) => c.claim_id === "c004")!;
  Object.assign(c004, {
    value_low: 6000,
    value_high: 6000,
    figure_text: "approximately 6,000",
    quote: c004.quote.replace("approximately 600", "approximately 6,000"),
  });
  const bytes = Buffer.from(`${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(summaryPath, bytes);
  const entry = index.releases.find((r) => r.version === version)!;
  entry.sha256["summary.json"] = sha256(bytes);
  writeFileSync(join(dir, "index.json"), JSON.stringify(index, null, 2));
  return { dir, version };
}

function serve(dir: string): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]!).replace(/^\/data\//, "/");
    const file = normalize(join(root, path));
    try {
      if (!file.startsWith(root + sep)) throw new Error("outside");
      const body = readFileSync(file);
      res.setHeader(
        "Content-Type",
        extname(file) === ".json" ? "application/json" : "application/octet-stream",
      );
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end("not found");
    }
  });
  return new Promise((ok) => server.listen(COPY_PORT, "127.0.0.1", () => ok(server)));
}

test.describe("data origin and integrity", () => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");
  test.setTimeout(240_000);

  let server: Server | null = null;
  let copyDir = "";
  test.beforeAll(async () => {
    copyDir = alteredCopy().dir;
    server = await serve(copyDir);
  });
  test.afterAll(async () => {
    await new Promise((ok) => server?.close(ok));
    rmSync(copyDir, { recursive: true, force: true });
  });

  test("the published data shows no banner and the plain version", async ({ page }) => {
    const index = realJson<ReleaseIndex>("index.json");
    await page.goto("/");
    await expect(page.locator(".release-tag")).toHaveText(`${index.name}@${index.latest}`);
    await expect(page.getByRole("heading", { name: "Discrepancies" })).toBeVisible();
    await expect(page.getByTestId("origin-banner")).toHaveCount(0);
  });

  test("an altered copy from another origin is shown under a banner naming its address, never as the release", async ({
    page,
  }) => {
    const external = await offline(page);
    const index = realJson<ReleaseIndex>("index.json");
    await page.goto(`/?data=${encodeURIComponent(COPY_BASE)}`);
    const banner = page.getByTestId("origin-banner");
    await expect(banner).toContainText(`Data from ${COPY_BASE}, not the published release.`);
    await expect(page.locator(".release-tag")).toHaveText(`${index.name}@${index.latest} (unpublished copy)`);
    await expect(page).toHaveTitle(/\(unpublished copy\)/);
    // The copy's own files agree with its own index, so it loads; the banner is what marks it.
    await expect(page.getByRole("heading", { name: "Discrepancies" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
    // The banner stays on every view.
    await page.getByRole("link", { name: "Claims" }).click();
    await expect(banner).toBeVisible();
    await page.getByRole("link", { name: "Discrepancies" }).click();
    await expect(page.locator('.tally-range-row[data-claim-id="c004"]')).toBeVisible(ENGINE_START);
    await shotAt(page, "origin-banner", 1280);
    await shotAt(page, "origin-banner", 390);
    const box = (await banner.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(external).toEqual([]);
  });

  test("a summary.json changed on the same origin is refused, naming the file", async ({ page }) => {
    await page.route("**/data/releases/*/summary.json", async (route) => {
      const res = await route.fetch();
      const text = (await res.text()).replace(/"value_low": 600,/, '"value_low": 6000,');
      await route.fulfill({ response: res, body: text });
    });
    await page.goto("/");
    const alert = page.getByRole("alert").first();
    await expect(alert).toContainText("summary.json of release");
    await expect(alert).toContainText("is not the file the release index lists");
    await expect(page.locator(".tally-range-row")).toHaveCount(0);
    await expect(page.getByText("6000")).toHaveCount(0);
    await shotAt(page, "origin-summary-tampered", 1280);
  });

  test("a tampered Arrow table is refused before use, naming the file", async ({ page }) => {
    await page.route("**/data/releases/*/verdicts.arrows", async (route) => {
      const res = await route.fetch();
      const body = Buffer.from(await res.body());
      body[body.length - 9] = (body[body.length - 9]! + 1) % 256;
      await route.fulfill({ response: res, body });
    });
    await page.goto("/?view=overview");
    await expect(page.getByRole("alert").first()).toContainText("verdicts.arrows of release", ENGINE_START);
    await expect(page.getByRole("list", { name: "Counts" })).toHaveCount(0);
  });
});
