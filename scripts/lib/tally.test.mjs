import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./proc.mjs";
import { Tally } from "./tally.mjs";

const dir = mkdtempSync(join(tmpdir(), "tally-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(name, body) {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(body));
  return path;
}

// Shaped as vitest's and Playwright's JSON reporters write them, cut to the fields the tally reads.
const vitest = report("vitest.json", {
  numPassedTests: 3,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 0,
  testResults: [
    {
      name: join(ROOT, "packages/validation/src/rules.test.ts"),
      status: "failed",
      assertionResults: [
        { fullName: "conflicts warns on 200 vs 600", status: "passed", failureMessages: [] },
        {
          fullName: "conflicts warns on 60 vs 39",
          status: "failed",
          failureMessages: [
            "\u001b[31mAssertionError: expected 0 to be 1\u001b[39m\n    at rules.test.ts:9:3",
          ],
        },
      ],
    },
    { name: join(ROOT, "packages/ui/src/broken.test.ts"), status: "failed", assertionResults: [] },
  ],
});
const playwright = report("playwright.json", {
  stats: { expected: 20, unexpected: 1, flaky: 1, skipped: 2 },
  errors: [],
  suites: [
    {
      title: "shipped.spec.ts",
      specs: [],
      suites: [
        {
          title: "shipped release",
          specs: [
            {
              title: "loads offline",
              file: "e2e/shipped.spec.ts",
              line: 13,
              tests: [{ status: "unexpected", results: [{ error: { message: "Error: timed out" } }] }],
            },
          ],
        },
      ],
    },
  ],
});

describe("Tally", () => {
  it("adds gates, vitest and Playwright into one closing line", () => {
    const tally = new Tally();
    tally.gate("typecheck", true);
    tally.gate("lint", false);
    tally.vitest(vitest);
    tally.playwright(playwright);
    // 1 gate + 3 vitest + 21 Playwright passed; lint, 1 vitest test, the unloadable file, 1 Playwright test failed.
    expect(tally.summary()).toBe("25 passed, 4 failed, 3 skipped");
  });

  it("names each failed test with its error's first lines, without colours or stack frames", () => {
    const tally = new Tally();
    tally.vitest(vitest);
    tally.playwright(playwright);
    expect(tally.lines).toEqual([
      "FAIL  unit tests (vitest): 3 passed, 1 failed, 1 skipped",
      "      ✗ packages/validation/src/rules.test.ts > conflicts warns on 60 vs 39",
      "          AssertionError: expected 0 to be 1",
      "FAIL  test file failed to load: packages/ui/src/broken.test.ts",
      "FAIL  browser tests (playwright): 21 passed, 1 failed, 2 skipped",
      "      ✗ e2e/shipped.spec.ts:13 > loads offline",
      "          Error: timed out",
    ]);
  });

  it("counts a missing report as a failure", () => {
    const tally = new Tally();
    tally.vitest(join(dir, "none.json"));
    expect(tally.summary()).toBe("0 passed, 1 failed");
  });
});
