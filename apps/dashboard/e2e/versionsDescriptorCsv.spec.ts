import { expect, test } from "@playwright/test";
import type { DataPackage } from "@tally/dataset";
import { parse } from "csv-parse/sync";
import { downloadedFile, hasRealData, realJson } from "./helpers.js";

// An outside audit: 1.1.0 → 1.1.1 changed the descriptor alone, and Versions offered no file of
// it; where rows changed too, the CSV held theirs only, and the descriptor's lines on screen cut
// each value at 60 characters. Runs on the shipped releases.

test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");

test("versions: a comparison of the descriptor alone downloads each change to it, whole", async ({
  page,
}) => {
  await page.goto("/?view=versions&v=1.1.1&compare=1.1.0");
  await expect(page.getByTestId("descriptor-only")).toBeVisible({ timeout: 120_000 });
  const file = await downloadedFile(
    page,
    page.getByRole("button", { name: "Download this comparison (CSV)" }),
  );
  expect(file.name).toBe("changes-from-1-1-0-tally-nk-detentions-repatriations-1.1.1.csv");
  const [head, ...rows] = parse(file.bytes.toString("utf8").replace(/^\uFEFF/, "")) as string[][];
  expect(head).toEqual(["Table", "Change", "Row ID", "Field", "Before", "After", "Releases compared"]);
  const compared = "tally-nk-detentions-repatriations@1.1.0 → tally-nk-detentions-repatriations@1.1.1";
  for (const row of rows) expect(row[6]).toBe(compared);
  // The description the screen cuts short ("One row per article or report that prints at least one f…").
  const description = realJson<DataPackage>("releases/1.1.1/datapackage.json").resources.find(
    (r) => r.path === "sources.csv",
  )?.description;
  expect(String(description).length).toBeGreaterThan(60);
  expect(rows).toContainEqual([
    "datapackage.json",
    "added",
    "sources.csv",
    "description",
    "",
    description,
    compared,
  ]);
  await expect(page.getByTestId("diff-download-status")).toHaveText("CSV downloaded.");
});
