import type { Expected } from "../expected.js";

interface FindingLike {
  rule: string;
  severity: "error" | "warning" | "info";
}

/** Findings per rule and severity, counted from a `--format json` report. */
export function countByRule(findings: readonly FindingLike[]): Expected["byRule"] {
  const counts: Expected["byRule"] = {};
  for (const f of findings) {
    const c = counts[f.rule] ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    counts[f.rule] = c;
  }
  return counts;
}

/**
 * Where the validator's counts differ from what the generator planted, one line each; empty when
 * they agree. A rule the expectation does not list must find nothing.
 */
export function countMismatches(found: Expected["byRule"], expected: Expected["byRule"]): string[] {
  const out: string[] = [];
  for (const rule of new Set([...Object.keys(found), ...Object.keys(expected)])) {
    for (const severity of ["error", "warning", "info"] as const) {
      const got = found[rule]?.[severity] ?? 0;
      const want = expected[rule]?.[severity] ?? 0;
      if (got !== want) out.push(`${rule} ${severity}: found ${got}, expected ${want}`);
    }
  }
  return out;
}
