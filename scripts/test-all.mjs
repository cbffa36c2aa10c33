#!/usr/bin/env node
// `npm test`: install, then typecheck, lint, build, unit tests and browser tests; the last line
// adds every suite up as "N passed, N failed[, N skipped]" (each gate such as typecheck counts as one).
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureChromium } from "./lib/chromium.mjs";
import { install, pnpm, ROOT } from "./lib/proc.mjs";
import { Tally } from "./lib/tally.mjs";

install();
const missingBrowser = ensureChromium();
if (missingBrowser) {
  console.error(missingBrowser);
  process.exit(1);
}

const reports = join(ROOT, "test-results");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const tally = new Tally();
const step = (name, args, env) => {
  console.log(`\n== ${name}`);
  const ok = pnpm(args, { env }) === 0;
  tally.gate(name, ok);
  return ok;
};

step("typecheck", ["exec", "turbo", "run", "typecheck", "--output-logs=errors-only"]);
step("lint", ["exec", "biome", "check", "."]);
const built = step("build release artifacts", ["run", "build:data"]);
step("validate shipped data", ["run", "validate", ...corpusArgs()]);
const dashboardBuilt =
  built &&
  step("build browser-test fixture releases", ["--filter", "@tally/dashboard", "run", "e2e:fixtures"]) &&
  step("build dashboard", ["--filter", "@tally/dashboard", "run", "build"]);

console.log("\n== unit tests");
const vitestJson = join(reports, "vitest.json");
pnpm(["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
tally.vitest(vitestJson);

console.log("\n== browser tests");
const playwrightJson = join(reports, "playwright.json");
if (dashboardBuilt) {
  pnpm(["--filter", "@tally/dashboard", "exec", "playwright", "test", "--reporter=list,json"], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  });
}
tally.playwright(playwrightJson);

console.log(`\n== summary\n${tally.lines.join("\n")}`);
console.log(tally.summary());
process.exit(tally.failed > 0 ? 1 : 0);

/** The project's own CI checks quotes against the source texts when they sit beside the clone. */
function corpusArgs() {
  const corpus = join(ROOT, "..", "shared", "seeds");
  return existsSync(corpus) ? ["--corpus", corpus] : [];
}
