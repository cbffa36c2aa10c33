import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { FIXTURE, offline, serveReleaseFile, shot } from "./helpers.js";

// The SYNTHETIC fixture releases (e2e/fixtures), served at /e2e-data/.
const q = (params: string) => `/?data=${FIXTURE}${params ? `&${params}` : ""}`;

/** Refuses every request for findings.json and returns the list of those that were attempted. */
async function blockFindings(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await page.route("**/findings.json", (route) => {
    asked.push(route.request().url());
    return route.abort();
  });
  return asked;
}

test("the discrepancy chart, its readings and envelope paint without findings.json", async ({ page }) => {
  const external = await offline(page);
  const asked = await blockFindings(page);
  await page.goto(q(""));
  const chart = page.getByRole("group", { name: /Synthetic repatriation of 9 Oct 2023/ });
  await expect(chart).toBeVisible();
  await expect(page.locator('.tally-range-row[data-claim-id="c-200"]')).toHaveAttribute(
    "aria-label",
    /: 200 \(reading A\)/,
  );
  await expect(chart.locator(".tally-reading-band")).toHaveCount(2);
  await expect(chart.locator(".tally-envelope")).toHaveText(
    "envelope of the readings: 200–660 · widest gap ×2.70 (high)",
  );
  await expect(page.locator(".reading-list > li")).toHaveCount(2);
  const hooks = await page.evaluate(async () => {
    const t = (
      window as unknown as {
        __tally: { ready: Promise<void>; marks: Record<string, number>; bundle: string };
      }
    ).__tally;
    await t.ready;
    return { marks: t.marks, bundle: t.bundle };
  });
  expect(Object.keys(hooks.marks)).toEqual(
    expect.arrayContaining(["tally:summary", "tally:first-chart", "tally:engine-ready"]),
  );
  expect(hooks.marks["tally:first-chart"]).toBeLessThanOrEqual(hooks.marks["tally:engine-ready"]!);
  expect(["mvp", "eh"]).toContain(hooks.bundle);
  expect(asked).toEqual([]);
  expect(external).toEqual([]);
});

test("the overview paints the validation counts without findings.json", async ({ page }) => {
  const asked = await blockFindings(page);
  await page.goto(q("view=overview"));
  await expect(page.getByRole("list", { name: "Findings by severity" })).toContainText("errors");
  await expect(page.getByTestId("verdict-counts")).toContainText(/groups rated: .*conflict/);
  // Words, not ids: the fixture's events have no short title (their title then) and its metrics
  // no label (the id in words then).
  await expect(page.getByRole("link", { name: /— Persons repatriated$/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /e-oct|persons_repatriated/ })).toHaveCount(0);
  expect(asked).toEqual([]);
  await shot(page, "fixture-overview-no-findings");
});

test("the Findings view is the one place that fetches findings.json", async ({ page }) => {
  const asked = await blockFindings(page);
  await page.goto(q("view=findings"));
  await expect(page.getByRole("alert")).toContainText("findings could not be loaded");
  expect(asked).toHaveLength(1);
});

test("a group other than the focus is coloured by its row in verdicts.arrows", async ({ page }) => {
  await blockFindings(page);
  await page.goto(q("event=e-2019&metric=persons_detained"));
  await expect(page.locator('[data-testid="discrepancy-chart"]')).toHaveAttribute("data-event", "e-2019");
  await expect(page.locator(".tally-range-row").first()).toHaveAttribute("aria-label", /\(Single origin\)/);

  // Serve a verdicts.arrows that says otherwise: the chart must follow it, whatever else it knows.
  const real = tableFromIPC(
    readFileSync(resolve(import.meta.dirname, "fixtures/data/releases/1.1.0/verdicts.arrows")),
  );
  const verdicts = real.getChild("verdict")!.toArray() as string[];
  const events = real.getChild("event_id")!.toArray() as string[];
  const doctored = verdicts.map((v, i) => (events[i] === "e-2019" ? "consistent" : v));
  const columns = Object.fromEntries(real.schema.fields.map((f) => [f.name, real.getChild(f.name)!]));
  const changed = new Table({ ...columns, verdict: vectorFromArray(doctored, new Utf8()) });
  await serveReleaseFile(
    page,
    FIXTURE,
    "1.1.0",
    "verdicts.arrows",
    Buffer.from(tableToIPC(changed, "stream")),
  );
  await page.reload();
  await expect(page.locator(".tally-range-row").first()).toHaveAttribute("aria-label", /\(Consistent\)/);
});

test("the Findings view lists findings with their groups in words from the first paint", async ({ page }) => {
  // Hold the engine's claims table back, so findings.json is in well before the words are.
  await page.route("**/claims.arrows", async (route) => {
    await new Promise((r) => setTimeout(r, 2_000));
    await route.continue();
  });
  await page.goto(q("view=findings"));
  await expect(page.locator("main h1")).toContainText("Findings for release 1.1.0");
  await expect(page.locator("main")).toContainText("Naming each finding's event and metric");
  const first = page.locator("ul.findings li > span:first-child").first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  const lines = await page.locator("ul.findings li > span:first-child").allTextContents();
  expect(lines.filter((t) => /^e-[a-z0-9-]+ \//.test(t))).toEqual([]);
  expect(lines.some((t) => t.includes(" — "))).toBe(true);
});
