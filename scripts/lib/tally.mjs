import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { ROOT } from "./proc.mjs";

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
    // CI keeps only the tail of the log, so the summary names what failed and why.
    for (const file of r.testResults ?? [])
      for (const t of file.assertionResults ?? [])
        if (t.status === "failed")
          this.detail(`${relative(ROOT, file.name)} > ${t.fullName}`, t.failureMessages?.[0]);
    // A suite that fails to load has no failed tests but must still count as a failure.
    const brokenFiles = (r.testResults ?? []).filter(
      (t) => t.status === "failed" && t.assertionResults.length === 0,
    );
    for (const t of brokenFiles) this.gate(`test file failed to load: ${relative(ROOT, t.name)}`, false);
  }

  playwright(file) {
    if (!existsSync(file)) return this.gate(`browser tests (no report at ${file})`, false);
    const report = JSON.parse(readFileSync(file, "utf8"));
    const s = report.stats ?? {};
    const errors = report.errors ?? [];
    this.add(
      "browser tests (playwright)",
      (s.expected ?? 0) + (s.flaky ?? 0),
      s.unexpected ?? 0,
      s.skipped ?? 0,
    );
    for (const { title, spec, error } of unexpectedSpecs(report.suites ?? []))
      this.detail(`${spec} > ${title}`, error);
    if (errors.length > 0) this.gate(`browser test run errors: ${errors.length}`, false);
    for (const error of errors) this.detail("run error", error.message);
  }

  /** A failed test's name and the first lines of its error, indented under its suite's line. */
  detail(name, message = "") {
    // Colour codes and stack frames make a CI log's tail harder to read, not more useful.
    const lines = stripVTControlCharacters(message)
      .split("\n")
      .filter((line) => line.trim() !== "" && !/^\s+at /.test(line))
      .slice(0, 4);
    this.lines.push(`      ✗ ${name}`, ...lines.map((line) => `          ${line.trim()}`));
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

/** Playwright's JSON nests suites by file and describe block; yields each test whose outcome was unexpected. */
function* unexpectedSpecs(suites) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === "unexpected") {
          const error = test.results?.at(-1)?.error?.message;
          yield { title: spec.title, spec: `${spec.file}:${spec.line}`, error };
        }
    yield* unexpectedSpecs(suite.suites ?? []);
  }
}
