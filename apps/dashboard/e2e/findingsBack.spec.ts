import { expect, test } from "@playwright/test";
import { FIXTURE } from "./helpers.js";

// An outside audit at 390 px: in the many-claims fixture's 40 conflict warnings (a folded list),
// a claim link 4,000 px down opened Claims; Back drew Findings with the list folded again, focus on
// the heading at the top, and the reader's place gone.

test("390 px: Back from a claim opened in a list the reader unfolded puts focus on the link again", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?data=${FIXTURE}/many&view=findings`);
  const toggle = page
    .getByRole("region", { name: /^Warnings/ })
    .getByRole("button", { name: "conflicts (40)" });
  await toggle.click();
  const link = page.getByRole("link", { name: "claim m-0031" });
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeFocused();
  await page.goBack();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
});
