import type { Finding } from "../finding.js";
import { type DatasetRun, where } from "../report.js";

const escapeXml = (s: string) =>
  s
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot carry these characters, even as references; finding them is the point.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

const isSkip = (f: Finding) => f.details?.skipped === true;

interface Case {
  xml: string;
  failed: boolean;
  skipped: boolean;
}

function suite(run: DatasetRun): { xml: string; tests: number; failures: number; skipped: number } {
  const cases: Case[] = [];
  const infos: string[] = [];
  for (const rule of run.rules) {
    const own = run.findings.filter((f) => f.rule === rule);
    const failing = own.filter((f) => f.severity !== "info");
    const skip = own.find(isSkip);
    const classname = escapeXml(`tally.${rule}`);
    for (const f of own)
      if (f.severity === "info" && !isSkip(f)) infos.push(`[${rule}] ${where(f)} ${f.message}`.trim());
    if (skip) {
      cases.push({
        xml: `    <testcase classname="${classname}" name="${escapeXml(rule)}"><skipped message="${escapeXml(skip.message)}"/></testcase>`,
        failed: false,
        skipped: true,
      });
    } else if (failing.length === 0) {
      cases.push({
        xml: `    <testcase classname="${classname}" name="${escapeXml(rule)}"/>`,
        failed: false,
        skipped: false,
      });
    }
    for (const f of failing) {
      const name = `${rule}: ${where(f) || [f.event_id, f.metric].filter(Boolean).join(" / ") || f.message}`;
      cases.push({
        xml:
          `    <testcase classname="${classname}" name="${escapeXml(name)}">` +
          `<failure type="${f.severity}" message="${escapeXml(f.message)}">${escapeXml(`${f.severity}: ${f.message}`)}</failure></testcase>`,
        failed: true,
        skipped: false,
      });
    }
  }
  const failures = cases.filter((c) => c.failed).length;
  const skipped = cases.filter((c) => c.skipped).length;
  const out = infos.length > 0 ? [`    <system-out>${escapeXml(infos.join("\n"))}</system-out>`] : [];
  const xml = [
    `  <testsuite name="${escapeXml(run.label)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases.map((c) => c.xml),
    ...out,
    "  </testsuite>",
  ].join("\n");
  return { xml, tests: cases.length, failures, skipped };
}

/**
 * JUnit XML for CI test reporters: per dataset one suite; per rule that passed one passing test
 * case; per error or warning one failing test case; a skipped rule as a skipped case; infos as
 * the suite's output.
 */
export function formatJunit(runs: readonly DatasetRun[]): string {
  const suites = runs.map(suite);
  const sum = (k: "tests" | "failures" | "skipped") => suites.reduce((n, s) => n + s[k], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tally validate" tests="${sum("tests")}" failures="${sum("failures")}" errors="0" skipped="${sum("skipped")}">`,
    ...suites.map((s) => s.xml),
    "</testsuites>",
    "",
  ].join("\n");
}
