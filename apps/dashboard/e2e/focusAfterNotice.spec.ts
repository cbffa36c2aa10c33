import { expect, test } from "@playwright/test";
import { FIXTURE } from "./helpers.js";

const q = (params: string) => `/?data=${FIXTURE}&${params}`;

// An outside audit: each of these notices went away with the control that cleared it, and focus
// fell to the page's body, so a keyboard reader started again from "Skip to content".
for (const [params, control] of [
  ["view=claims&event=nope", { role: "button", name: "Clear this filter" }],
  ["view=trends&event=nope", { role: "button", name: "Clear this filter" }],
  ["view=overview&v=9.9.9", { role: "link", name: "Open the latest release" }],
] as const)
  test(`focus goes to the view's heading once "${control.name}" is gone (${params})`, async ({ page }) => {
    await page.goto(q(params));
    const target = page.getByRole(control.role, { name: control.name });
    await expect(target).toBeVisible({ timeout: 60_000 });
    await target.focus();
    await page.keyboard.press("Enter");
    await expect(target).toHaveCount(0);
    await expect(page.locator("main h1")).toBeFocused();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  });
