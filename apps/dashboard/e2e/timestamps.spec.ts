import { expect, test } from "@playwright/test";
import type { ReleaseIndex } from "@tally/dataset";
import { FIXTURE, fixtureJson } from "./helpers.js";
import { RESULTS, viewReady } from "./views.js";

// An outside review: release times were printed as written ("2026-11-28T10:00:00Z", its "T" and
// all) or cut to the day. Each is shown as a reader reads it, in UTC, the value as written kept
// in <time dateTime>. Runs on the SYNTHETIC fixture releases.

/** An ISO timestamp as written, its "T" between day and time. */
const RAW = /\d{4}-\d{2}-\d{2}T\d{2}/;

for (const size of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
])
  test(`${size.width} px: Versions and Overview show each release's time as a reader reads it`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    // Two zones: one written in UTC, one an hour behind it, the evening before in its own clock.
    const index = fixtureJson<ReleaseIndex>("index.json");
    const created: Record<string, string> = {
      "1.0.0": "2026-11-27T23:30:00-01:00",
      "1.1.0": "2026-11-28T10:00:00Z",
    };
    const releases = index.releases.map((r) => ({ ...r, created: created[r.version] ?? r.created }));
    await page.route(`**${FIXTURE}/index.json`, (route) =>
      route.fulfill({ body: JSON.stringify({ ...index, releases }), contentType: "application/json" }),
    );
    await page.goto(`/?data=${FIXTURE}&view=versions`);
    await viewReady(page, "versions");
    const table = page.locator("table", { has: page.locator("caption", { hasText: "Releases" }) });
    for (const [version, text] of [
      ["1.0.0", "2026-11-28 00:30 UTC"],
      ["1.1.0", "2026-11-28 10:00 UTC"],
    ] as const) {
      const row = table.locator("tbody tr").filter({ has: page.locator("th", { hasText: version }) });
      const time = row.locator("time:visible");
      await expect(time).toHaveText(text);
      await expect(time).toHaveAttribute("datetime", created[version]!);
      // At 390 px it may break between the day and the time, never inside either ("2026-" over "11-28").
      for (const part of await time.locator("span").all())
        expect(await part.evaluate((el) => el.getClientRects().length)).toBe(1);
    }
    await expect(page.locator("main")).not.toContainText(RAW);
    await page.screenshot({ path: `${RESULTS}/timestamps/versions-${size.width}.png`, fullPage: true });

    // Overview names the release's own time, from its summary (the fixture's 1.1.0: 2024-02-01).
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Overview" }).click();
    await viewReady(page, "overview");
    const release = page.locator(".facts time");
    await expect(release).toHaveText("2024-02-01 00:00 UTC");
    await expect(release).toHaveAttribute("datetime", "2024-02-01T00:00:00.000Z");
    await expect(page.locator("main")).not.toContainText(RAW);
    await page.screenshot({ path: `${RESULTS}/timestamps/overview-${size.width}.png` });
  });
