import { expect, test } from "@playwright/test";
import { FIXTURE, holdEngine, shot } from "./helpers.js";

// Each view waiting for its first query showed its own line and the engine's start-up side by
// side with no space between them: "Querying claims…◌ Query engine downloaded; starting it…".

for (const [view, waiting] of [
  ["claims", "Querying claims…"],
  ["findings", "Naming each finding's event and metric…"],
  // Not the release's largest discrepancy, which it draws from its summary before the engine starts.
  ["discrepancies&event=e-2019", "Querying the claims for this event…"],
  ["trends", "Querying claims over time…"],
] as const) {
  test(`${view}: its wait and the engine's start-up each have their line`, async ({ page }) => {
    // The engine held back, so the view stays waiting while this looks.
    const release = await holdEngine(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/?data=${FIXTURE}&view=${view}`);
    const main = page.locator("main .waiting");
    await expect(main.locator(".loading").first()).toHaveText(waiting);
    await expect(main.locator(".loading")).toHaveCount(2);
    const [own, engine] = await main
      .locator(".loading")
      .evaluateAll((boxes) => boxes.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    expect(engine?.top).toBeGreaterThanOrEqual((own?.bottom ?? Number.POSITIVE_INFINITY) - 1);
    expect(engine?.left).toBe(own?.left);
    await shot(page, `waiting-${view.split("&")[0]}-1280`);
    release();
  });
}

test("discrepancies: the picker names a group it cannot name yet as such, never 'e-2019 — ?'", async ({
  page,
}) => {
  const release = await holdEngine(page);
  await page.goto(`/?data=${FIXTURE}&event=e-2019`);
  const picker = page.getByRole("combobox", { name: /Event and metric/ });
  await expect(picker.locator("option:checked")).toHaveText(
    "e-2019 (named once the query engine has started)",
  );
  release();
  // Once the engine has started, the event's own title.
  await expect(picker.locator("option:checked")).toHaveText(/^Synthetic detentions in April 2019 — /, {
    timeout: 120_000,
  });
});
