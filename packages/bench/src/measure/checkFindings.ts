import { type Expected, pairsByRule } from "../expected.js";
import type { ReportCounts } from "./reportCounts.js";

interface FindingLike {
  rule: string;
  severity: "error" | "warning" | "info";
}

/** Findings per rule and severity, counted from findings in memory. */
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

const histogram = (counts: Record<string, number>) =>
  Object.keys(counts)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => `${k}: ${counts[k]}`)
    .join(", ");

/**
 * Everything a report of one run gets wrong against expected.json: the counts per rule and
 * severity (a warning per conflicting pair under `--pairs`, per conflicting group otherwise), a
 * summary that must add up to the findings listed, and, where the report carries them, the
 * conflict warnings' details: their pairs add up to the planted pairs, their readings to the
 * planted tiers, and no claim spans readings.
 */
export function reportMismatches(
  counts: ReportCounts,
  expected: Expected,
  options: { pairs?: boolean } = {},
): string[] {
  const out = countMismatches(counts.byRule, options.pairs ? pairsByRule(expected) : expected.byRule);
  const s = counts.summary;
  const listed = Object.values(counts.byRule).reduce((n, c) => n + c.error + c.warning + c.info, 0);
  if (s === null || s.errors + s.warnings + s.infos !== listed)
    out.push(`report summary ${JSON.stringify(s)} does not add up to the ${listed} findings listed`);
  const c = counts.conflicts;
  if (c !== null) {
    const want = expected.conflicts;
    if (c.incomplete > 0)
      out.push(`${c.incomplete} conflict warnings lack details.pairs, details.readings or details.spanning`);
    if (c.pairs !== want.pairs)
      out.push(
        `conflict warnings count ${c.pairs} conflicting pairs in details.pairs, expected ${want.pairs}`,
      );
    if (histogram(c.readings) !== histogram(want.readings))
      out.push(
        `conflict warnings by readings {${histogram(c.readings)}}, expected {${histogram(want.readings)}}`,
      );
    if (c.spanning !== want.spanning)
      out.push(`conflict warnings list ${c.spanning} spanning claims, expected ${want.spanning}`);
  }
  return out;
}
