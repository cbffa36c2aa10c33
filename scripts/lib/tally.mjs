import { existsSync, readFileSync } from "node:fs";

/** Adds up vitest's and Playwright's JSON reports and the pass/fail gates into one tally. */
export class Tally {
  passed = 0;
  failed = 0;
  skipped = 0;
  lines = [];

  gate(name, ok) {
    if (ok) this.passed++;
    else this.failed++;
    this.lines.push(`${ok ? "pass" : "FAIL"}  ${name}`);
  }

  vitest(file) {
    if (!existsSync(file)) return this.gate(`unit tests (no report at ${file})`, false);
    const r = JSON.parse(readFileSync(file, "utf8"));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    this.add("unit tests (vitest)", r.numPassedTests, r.numFailedTests, skipped);
    // A suite that fails to load has no failed tests but must still count as a failure.
    const brokenFiles = (r.testResults ?? []).filter(
      (t) => t.status === "failed" && t.assertionResults.length === 0,
    );
    for (const t of brokenFiles) this.gate(`test file failed to load: ${t.name}`, false);
  }

  playwright(file) {
    if (!existsSync(file)) return this.gate(`browser tests (no report at ${file})`, false);
    const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
    const errors = JSON.parse(readFileSync(file, "utf8")).errors ?? [];
    this.add(
      "browser tests (playwright)",
      (s.expected ?? 0) + (s.flaky ?? 0),
      s.unexpected ?? 0,
      s.skipped ?? 0,
    );
    if (errors.length > 0) this.gate(`browser test run errors: ${errors.length}`, false);
  }

  add(name, passed, failed, skipped) {
    this.passed += passed;
    this.failed += failed;
    this.skipped += skipped;
    this.lines.push(
      `${failed ? "FAIL" : "pass"}  ${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`,
    );
  }

  summary() {
    return `${this.passed} passed, ${this.failed} failed${this.skipped ? `, ${this.skipped} skipped` : ""}`;
  }
}
