import type { Finding, Severity } from "../../finding.js";
import type { DatasetRun } from "../../report.js";

/** What data may put in any field: a line that would be a workflow command, CRs, ESC, HTML. */
export const HOSTILE =
  "ok\n::error::pwned\r::warning::cr</details><b>bold</b> (--corpus <dir>) | & \u001b[31m";

const RULES = ["integrity", "conflicts", "time"];

/** One finding at `severity` of the "integrity" rule in "data", with what `extra` puts in it. */
export function finding(severity: Severity, extra: Partial<Finding> = {}): Finding {
  return { rule: "integrity", severity, message: "a message", dataset: "data", ...extra };
}

/** One dataset's run of `findings`, labelled `label`. */
export function runOf(findings: Finding[], label = "data"): DatasetRun {
  return {
    ref: { name: "tally", version: "1.2.0", path: "data", kind: "working" },
    label,
    findings,
    rules: RULES,
  };
}
