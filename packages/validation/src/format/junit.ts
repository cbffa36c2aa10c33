import { codePoint } from "@tally/dataset";
import type { Finding } from "../finding.js";
import { SEVERITY_RANK, where } from "../report.js";
import { escapeMarkup, visibleBidi } from "./escape.js";
import { DEFAULT_REPORT_OPTIONS, type OpenReport } from "./reportStream.js";
import type { NewSpool, Spool } from "./spool.js";

const escapeXml = (s: string) =>
  escapeMarkup(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot carry these characters, even as references; finding them is the point.
    visibleBidi(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD")).replace(
      // XML may hold DEL and the C1 controls, but a CI log that prints the file should not get
      // them raw (U+009B opens a terminal escape as ESC [ does): shown as the other formats show them.
      /[\u007F-\u009F]/g,
      codePoint,
    ),
  )
    .replaceAll('"', "&quot;")
    // As references, which a parser reads back as the same characters: each test case stays on one
    // line of the file, and no value from data starts a line of its own (a CI log that prints the
    // file runs a line starting `::error::` as a workflow command). A parser reads a raw TAB, line
    // feed or carriage return in an attribute as a space (XML 1.0, 3.3.3): an outside review read a
    // `message` of "col1<TAB>col2" back as "col1 col2".
    // The line and paragraph separators alike, which some viewers break a line at.
    .replace(/[\t\n\r\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);

const isSkip = (f: Finding) => f.details?.skipped === true;
/**
 * The part of its rule a skip names (`details.check`), when the rule ran the rest: provenance
 * without a corpus still checks every figure_text, and is not to read "skipped" as a whole.
 */
const skippedPart = (f: Finding) => (typeof f.details?.check === "string" ? f.details.check : undefined);

/** One rule's part of a suite, kept until the suite's counts, which head it, are known. */
interface RuleCases {
  /** A test case per error or warning, one a line: failing at or above --fail-on, else passed. */
  findings: Spool;
  /** How many of those there are, and how many fail. */
  cases: number;
  failures: number;
  /** Its infos for the suite's output, each after a newline. */
  infos: Spool;
  hasInfos: boolean;
  /** The message of its first skip, which makes its own case a skipped one. */
  skip: string | undefined;
  /** Parts of the rule skipped while the rest ran: a skipped case each, named for the part. */
  skippedParts: { check: string; message: string }[];
}

/**
 * A finding's test case: a failure when it fails the run, else a passed case with the finding as
 * its output, so a CI reporter does not count as failed what the exit code lets through. Its name
 * carries the finding's number within its rule (`#n`), so that two findings at one place (two
 * columns of one row, two readings of one group) never share a name, with nothing kept to find out.
 */
function findingCase(f: Finding, n: number, fails: boolean): string {
  const at = where(f) || [f.event_id, f.metric].filter(Boolean).join(" / ") || f.message;
  const head = `    <testcase classname="${escapeXml(`tally.${f.rule}`)}" name="${escapeXml(`${f.rule} #${n}: ${at}`)}">`;
  const text = escapeXml(`${f.severity}: ${f.message}`);
  return fails
    ? `${head}<failure type="${f.severity}" message="${escapeXml(f.message)}">${text}</failure></testcase>\n`
    : `${head}<system-out>${text}</system-out></testcase>\n`;
}

/** The rule's own case: skipped, passed when nothing failed, or none beside its failing ones. */
function ruleCase(rule: string, cases: RuleCases): string {
  const head = (name: string) =>
    `    <testcase classname="${escapeXml(`tally.${rule}`)}" name="${escapeXml(name)}"`;
  const skipped = (name: string, message: string) =>
    `${head(name)}><skipped message="${escapeXml(message)}"/></testcase>\n`;
  if (cases.skip !== undefined) return skipped(rule, cases.skip);
  const parts = cases.skippedParts.map(({ check, message }) => skipped(`${rule}: ${check}`, message));
  return (cases.failures === 0 ? `${head(rule)}/>\n` : "") + parts.join("");
}

function casesOf(rules: readonly string[], newSpool: NewSpool): Map<string, RuleCases> {
  return new Map(
    rules.map((rule) => [
      rule,
      {
        findings: newSpool(),
        cases: 0,
        failures: 0,
        infos: newSpool(),
        hasInfos: false,
        skip: undefined,
        skippedParts: [],
      },
    ]),
  );
}

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

function countCases(rules: Map<string, RuleCases>): Counts {
  const counts = { tests: 0, failures: 0, skipped: 0 };
  for (const cases of rules.values()) {
    const parts = cases.skip === undefined ? cases.skippedParts.length : 0;
    counts.tests += cases.cases + (cases.skip !== undefined || cases.failures === 0 ? 1 : 0) + parts;
    counts.failures += cases.failures;
    counts.skipped += (cases.skip !== undefined ? 1 : 0) + parts;
  }
  return counts;
}

const documentHead = ({ tests, failures, skipped }: Counts) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  `<testsuites name="tally validate" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n`;

/** Writes one dataset's suite, draining its rules' spools into `write`. */
function writeSuite(label: string, rules: Map<string, RuleCases>, write: (text: string) => void): void {
  const { tests, failures, skipped } = countCases(rules);
  write(
    `  <testsuite name="${escapeXml(label)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n`,
  );
  for (const [rule, cases] of rules) {
    write(ruleCase(rule, cases));
    cases.findings.drain(write);
  }
  if ([...rules.values()].some((cases) => cases.hasInfos)) {
    write("    <system-out>");
    // Infos are joined by newlines: the first one drops the newline it was spooled after.
    let first = true;
    for (const cases of rules.values())
      cases.infos.drain((text) => {
        write(first ? text.slice(1) : text);
        first = false;
      });
    write("</system-out>\n");
  }
  write("  </testsuite>\n");
}

/**
 * JUnit XML for CI test reporters: per dataset one suite; per rule that passed one passing test
 * case; per error or warning one test case, failing at or above `--fail-on` (so the failures are
 * what makes the exit code 1) and passed with the finding as output below it; a skipped rule as a
 * skipped case, and a skipped part of a rule that ran (`details.check`) as a skipped case of its own
 * beside the rule's; infos as the suite's output. Each rule's cases wait in spools until its suite's counts are in, and each suite
 * but the last waits in another until the counts of all of them head the document.
 */
export const openJunitReport: OpenReport = (runs, write, newSpool, { failOn } = DEFAULT_REPORT_OPTIONS) => {
  const threshold = SEVERITY_RANK[failOn];
  const suites = newSpool();
  const appendSuite = (text: string) => suites.append(text);
  const totals = { tests: 0, failures: 0, skipped: 0 };
  let index = 0;
  let rules = casesOf(runs[0]?.rules ?? [], newSpool);
  return {
    add(f) {
      // A rule the run does not list has no test case.
      const cases = rules.get(f.rule);
      if (cases === undefined) return;
      const part = isSkip(f) ? skippedPart(f) : undefined;
      if (part !== undefined) cases.skippedParts.push({ check: part, message: f.message });
      else if (isSkip(f)) cases.skip ??= f.message;
      if (f.severity !== "info") {
        const fails = SEVERITY_RANK[f.severity] >= threshold;
        if (fails) cases.failures++;
        cases.findings.append(findingCase(f, ++cases.cases, fails));
      } else if (!isSkip(f)) {
        cases.hasInfos = true;
        cases.infos.append(`\n${escapeXml(`[${f.rule}] ${where(f)} ${f.message}`.trim())}`);
      }
    },
    endRun() {
      const { label } = runs[index++]!;
      const counts = countCases(rules);
      totals.tests += counts.tests;
      totals.failures += counts.failures;
      totals.skipped += counts.skipped;
      if (index < runs.length) writeSuite(label, rules, appendSuite);
      else {
        // The last suite completes the totals, so it goes straight out after the head and the
        // suites before it instead of through a second spool: 20 s instead of 29 at 2M findings.
        write(documentHead(totals));
        suites.drain(write);
        writeSuite(label, rules, write);
      }
      rules = casesOf(runs[index]?.rules ?? [], newSpool);
    },
    end() {
      if (runs.length === 0) write(documentHead(totals));
      write("</testsuites>\n");
    },
  };
};
