import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { MANY_CLAIMS, MANY_DATA, manyClaimId, manyFigure } from "./fixtures/manyClaims.js";
import { downloadBytes, downloadFrom, downloadZip, FIXTURE, shot } from "./helpers.js";
import { viewReady } from "./views.js";

// A review: a link to a claim past the first 500 rows of Claims opened its evidence and said
// nothing of its row, which was not on screen. Runs on the SYNTHETIC release of 1,200 claims.

const linkTo = (claim: string, params = "") =>
  `/?data=${FIXTURE}/${MANY_DATA}&view=claims&claim=${claim}${params ? `&${params}` : ""}`;

for (const width of [1280, 390])
  test(`${width} px: a link to row 900 names its row, and one click shows it, focused and on screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const id = manyClaimId(899);
    await page.goto(linkTo(id));
    await viewReady(page, "claims");
    await expect(page.locator("section.tally-evidence")).toHaveAttribute("data-claim-id", id);
    const rows = page.locator('[data-testid="claims-result"] tbody tr[data-row-key]');
    await expect(rows).toHaveCount(500);
    await expect(page.locator(`[data-row-key="${id}"]`)).toHaveCount(0);
    // Before: nothing between the evidence and the 500 rows said where the claim's row was.
    const notice = page.getByTestId("claim-past-shown");
    await expect(notice).toContainText(
      `Claim ${id} (Persons repatriated) is row 900 of ${MANY_CLAIMS.toLocaleString("en-US")} in this order, past the first 500 shown.`,
    );
    // In sight beside the evidence: at 390 px, above the sheet the evidence opens in.
    await expect(notice).toBeInViewport();
    if (width === 390) {
      const sheet = (await page.locator("section.tally-evidence").boundingBox())!;
      const box = (await notice.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(sheet.y);
    }
    await shot(page, `claim-past-shown-${width}`);
    await notice.getByRole("button", { name: "Show the first 1,000 rows, down to it" }).click();
    await expect(rows).toHaveCount(1_000);
    const row = page.locator(`[data-row-key="${id}"]`);
    await expect(row).toBeInViewport();
    await expect(row.getByRole("button").first()).toBeFocused();
    await expect(row).toHaveAttribute("aria-selected", "true");
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "claims (first" })).toHaveText(
      "1,200 claims (first 1,000 shown)",
    );
  });

test("the row is counted in the order on screen: by figure, highest first", async ({ page }) => {
  // m-0001's figure, 100, is the lowest: it stands among the last rows, after the others of 100.
  const byFigure = Array.from({ length: MANY_CLAIMS }, (_, i) => i).sort(
    (a, b) => manyFigure(b) - manyFigure(a) || manyClaimId(a).localeCompare(manyClaimId(b)),
  );
  const row = byFigure.indexOf(0) + 1;
  expect(row).toBeGreaterThan(1_000);
  await page.goto(linkTo(manyClaimId(0), "sort=value_low:desc"));
  await viewReady(page, "claims");
  const notice = page.getByTestId("claim-past-shown");
  await expect(notice).toContainText(`is row ${row.toLocaleString("en-US")} of 1,200 in this order`);
  await notice.getByRole("button", { name: "Show the first 1,200 rows, down to it" }).click();
  await expect(page.locator(`[data-row-key="${manyClaimId(0)}"]`)).toBeInViewport();
  await expect(page.getByRole("button", { name: /more \(/ })).toHaveCount(0);
});

test("the downloads hold every claim the filters keep, not the 500 on screen (an outside audit)", async ({
  page,
}) => {
  // They held the first 500 rows, and the ZIP's metadata called them "Every claim".
  await page.goto(`/?data=${FIXTURE}/${MANY_DATA}&view=claims&sort=value_low:desc`);
  await viewReady(page, "claims");
  await expect(page.locator(".row-count")).toHaveText(/\(first 500 shown\)$/);
  const csv = await downloadFrom(page, page.getByRole("button", { name: "CSV of these rows" }));
  const [head, ...rows] = parse((await downloadBytes(csv)).subarray(3)) as string[][];
  const ids = rows.map((r) => r[head!.indexOf("Claim ID")]);
  // In the order on screen: by figure, highest first, the id breaking ties.
  const byFigure = Array.from({ length: MANY_CLAIMS }, (_, i) => i).sort(
    (a, b) => manyFigure(b) - manyFigure(a) || manyClaimId(a).localeCompare(manyClaimId(b)),
  );
  expect(ids).toEqual(byFigure.map(manyClaimId));
  const zip = await downloadFrom(page, page.getByRole("button", { name: "These rows + metadata (ZIP)" }));
  const files = await downloadZip(zip);
  const meta = JSON.parse(
    files[Object.keys(files).find((f) => f.endsWith(".metadata.json"))!]!.toString("utf8"),
  );
  expect(meta.rows).toBe(MANY_CLAIMS);
  expect(meta.subtitle).toBe("Every claim");
});
