import { expect, test } from "@playwright/test";
import { FIXTURE } from "./helpers.js";

// An outside audit: Findings drew its h1 only once findings.json was in. "See all findings" while
// the file was loading, or when it failed, left focus on the body and no h1 on the page, so a
// screen reader said nothing of where the reader was.

const overview = `/?data=${FIXTURE}&view=overview`;

test("a findings file that fails: Findings still has its heading, focused, above the error", async ({
  page,
}) => {
  await page.route("**/findings.json", (route) => route.fulfill({ status: 404, body: "not here" }));
  await page.goto(overview);
  await page.getByRole("link", { name: "See all findings" }).click();
  await expect(page.getByRole("alert")).toContainText("findings could not be loaded");
  const heading = page.getByRole("heading", { level: 1, name: "Findings for release 1.1.0" });
  await expect(heading).toBeFocused();
  await expect(page.locator("h1")).toHaveCount(1);
});

test("a findings file still loading: the heading takes focus at once, and keeps it once the list is in", async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/findings.json", async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await page.goto(overview);
  await page.getByRole("link", { name: "See all findings" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Loading the findings for release 1.1.0" }),
  ).toBeVisible();
  const heading = page.getByRole("heading", { level: 1, name: "Findings for release 1.1.0" });
  await expect(heading).toBeFocused();
  release();
  await expect(page.getByRole("heading", { level: 2, name: /^Warnings/ })).toBeVisible();
  await expect(heading).toBeFocused();
});
