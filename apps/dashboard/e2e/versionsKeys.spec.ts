import { expect, test } from "@playwright/test";
import type { ReleaseIndex } from "@tally/dataset";
import { hasRealData, realJson } from "./helpers.js";

// An outside audit: ArrowDown through Versions' closed compare picker compared every release it
// passed, each comparison reading both releases' tables, checking their SHA-256 and diffing them.
// The keys now compare the release they rest on; Enter, or a choice made without the keys,
// compares at once. Runs on the shipped releases (four: three to compare the latest with).

test.describe("versions: the compare picker and the keyboard", () => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");

  test("the arrow keys compare the release they stop on, not each one they pass; Enter and the mouse compare at once", async ({
    page,
  }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const versions = index.releases.map((r) => r.version);
    const latest = index.latest;
    const others = versions.filter((v) => v !== latest);
    expect(others.length).toBeGreaterThanOrEqual(3);
    // The releases whose tables were read, the one in use aside.
    const read = new Set<string>();
    page.on("request", (request) => {
      const at = /\/releases\/([^/]+)\/[^/]+\.arrows$/.exec(new URL(request.url()).pathname);
      if (at && decodeURIComponent(at[1]!) !== latest) read.add(decodeURIComponent(at[1]!));
    });
    await page.goto(`/?view=versions&v=${latest}`);
    const picker = page.locator("select[name=compare]");
    await picker.focus();
    const search = () => page.evaluate(() => new URLSearchParams(window.location.search).get("compare"));

    // Down through every release to the last one below the latest.
    for (const _ of others) await page.keyboard.press("ArrowDown");
    const last = others.at(-1)!;
    await expect(picker).toHaveValue(last);
    await expect(page.locator("#diff-h")).toHaveText(`Changes from ${last} to ${latest}`);
    expect([...read]).toEqual([last]);
    expect(await search()).toBe(last);

    // Up one and Enter: compared at once, without waiting for the keys to rest.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    const before = others.at(-2)!;
    expect(await search()).toBe(before);
    await expect(page.locator("#diff-h")).toHaveText(`Changes from ${before} to ${latest}`);

    // Chosen without a key (as the mouse chooses in the open list): compared at once.
    await picker.selectOption(others[0]!);
    expect(await search()).toBe(others[0]);
    await expect(page.locator("#diff-h")).toHaveText(`Changes from ${others[0]} to ${latest}`);
    expect([...read].sort()).toEqual([...others].sort());
  });
});
