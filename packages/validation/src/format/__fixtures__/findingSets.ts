import type { Finding, Severity } from "../../finding.js";
import type { DatasetRun } from "../../report.js";

// Written out rather than taken from RULES: the sets pin the report formats, not the rules.
const RULES = ["integrity", "provenance", "time", "conflicts", "corroboration", "implied-counts"];

function run(
  label: string,
  findings: Omit<Finding, "dataset">[],
  kind: "working" | "release" = "working",
): DatasetRun {
  const [name, version] = kind === "release" ? label.split("@") : ["tally", "1.2.0"];
  return {
    ref: {
      name: name!,
      version: version!,
      path: kind === "release" ? `data/releases/${version}` : label,
      kind,
    },
    label,
    findings: findings.map((f) => ({ ...f, dataset: label })),
    rules: RULES,
  };
}

const rowProblem = (severity: Severity, line: number, message: string) => ({
  rule: "integrity",
  severity,
  message,
  file: "data/claims.csv",
  row: line - 1,
  line,
  column: "value_low",
});

const groupFinding = (rule: string, severity: Severity, message: string) => ({
  rule,
  severity,
  message,
  event_id: "e1",
  metric: "persons_repatriated",
  claim_ids: ["c1", "c4"],
  details: { gap_ratio: 2.4, band: "high" },
});

/** Severities interleaved and rules in the order they run, as a scan emits them. */
const mixed = [
  groupFinding("corroboration", "info", "2 independent origins"),
  rowProblem("error", 5, "value_low is not a number: abc"),
  { rule: "provenance", severity: "info", message: "no corpus given: skipped", details: { skipped: true } },
  { rule: "time", severity: "warning", message: "as_of after publication", file: "data/claims.csv", line: 9 },
  groupFinding(
    "conflicts",
    "warning",
    "about 600 [540, 660] against about 200 [180, 220]: gap ratio 2.45 (high)",
  ),
  rowProblem("error", 12, "duplicate claim_id c7"),
  { rule: "time", severity: "info", message: "date inferred from the title", event_id: "e2" },
  {
    rule: "integrity",
    severity: "info",
    message: "stale hash of sources.csv",
    file: "data/datapackage.json",
  },
  groupFinding("implied-counts", "warning", "40% of 1,000 cannot fit under at most 300"),
] satisfies Omit<Finding, "dataset">[];

/** Rules out of order, one not in the run's rules, a skip that is not info, two skips of one rule. */
const unordered = [
  groupFinding("conflicts", "warning", "between 200 and 300 against approximately 600"),
  rowProblem("warning", 3, "url is not http(s)"),
  {
    rule: "provenance",
    severity: "warning",
    message: "corpus unreadable: skipped",
    details: { skipped: true },
  },
  { rule: "provenance", severity: "info", message: "second skip", details: { skipped: true } },
  groupFinding("conflicts", "error", "an error from conflicts"),
  { rule: "unknown-rule", severity: "error", message: "a rule the run did not list" },
  groupFinding("corroboration", "info", "1 independent origin"),
  rowProblem("info", 4, "released file matches its manifest"),
  { rule: "time", severity: "info", message: "" },
] satisfies Omit<Finding, "dataset">[];

/** What each format escapes or must carry through untouched. */
const unusual = [
  rowProblem("error", 2, "row has 3 cells | expected 19 \\ a backslash \\| and a pipe"),
  {
    rule: "integrity",
    severity: "error",
    message: 'quote "Joo" <NK> & co\'s, 50% off: a,b\ttab',
    file: "data/odd, name: 50%.csv",
    line: 7,
  },
  {
    rule: "conflicts",
    severity: "warning",
    message: "two\nlines and\r\nCRLF and a lone \r",
    event_id: "e|1",
  },
  {
    rule: "time",
    severity: "warning",
    message: "controls \u0000\u0007\u001b\u000b\u000c\u001f and \ufffe\uffff",
    metric: "m<1>",
  },
  {
    rule: "corroboration",
    severity: "info",
    message: "脱北者 é 🚩 \u2028 line separator, \u2029 and a lone \ud800",
  },
  { rule: "implied-counts", severity: "info", message: "  padded  ", file: "x.csv" },
  {
    rule: "integrity",
    severity: "warning",
    message: "%0A is not a newline; %25 not a percent",
    file: "a:b,c.csv",
  },
] satisfies Omit<Finding, "dataset">[];

/** Finding sets, each as the runs a report is made of. */
export const FINDING_SETS: Record<string, DatasetRun[]> = {
  "no datasets": [],
  "one clean dataset": [run("data", [])],
  "one dataset": [run("data", mixed)],
  "two datasets": [run("data", mixed), run("tally@1.0.0", unordered, "release")],
  "three datasets, the middle one clean": [
    run("data", unordered),
    run("tally@1.0.0", [], "release"),
    run("tally@1.1.0", mixed, "release"),
  ],
  "unusual characters": [run("data | odd: label <&>", unusual), run("tally@2.0.0", unusual, "release")],
};
