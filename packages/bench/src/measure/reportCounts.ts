import { createReadStream } from "node:fs";
import type { Expected, ReadingCounts } from "../expected.js";

const FINDING = /"rule":\s*"([^"\\]+)",\s*"severity":\s*"(error|warning|info)"/g;
const SUMMARY = /"summary":\s*\{\s*"errors":\s*(\d+),\s*"warnings":\s*(\d+),\s*"infos":\s*(\d+)/;
/** Where a finding of the report's `findings` array starts and ends (2-space indentation, depth 2). */
const FINDING_START = "\n    {";
const FINDING_END = "\n    }";

/** What the per-group conflict warnings say about their groups (issue 9's details), summed. */
export interface ConflictDetails {
  /** Σ details.pairs: conflicting pairs in the groups warned about. */
  pairs: number;
  /** Warnings by the number of readings in details.readings. */
  readings: ReadingCounts;
  /** Σ spanning claims in details.spanning. */
  spanning: number;
  /** Warnings whose details lack one of pairs, readings or spanning. */
  incomplete: number;
}

export interface ReportCounts {
  byRule: Expected["byRule"];
  summary: { errors: number; warnings: number; infos: number } | null;
  /** From a JSON report only; a text report's lines carry no details. */
  conflicts: ConflictDetails | null;
}

const sizeOf = (v: unknown): number | null =>
  Array.isArray(v) ? v.length : typeof v === "number" && Number.isInteger(v) ? v : null;

function addConflict(details: ConflictDetails, findingText: string): void {
  const d = (JSON.parse(findingText) as { details?: Record<string, unknown> }).details ?? {};
  const pairs = sizeOf(d.pairs);
  const readings = sizeOf(d.readings);
  const spanning = sizeOf(d.spanning);
  if (pairs === null || readings === null || spanning === null) {
    details.incomplete++;
    return;
  }
  details.pairs += pairs;
  details.readings[readings] = (details.readings[readings] ?? 0) + 1;
  details.spanning += spanning;
}

/**
 * Counts findings per rule and severity in a `--format json` report by scanning it as a stream:
 * at a million claims the report outgrows what one JSON.parse can hold. Inside a JSON string a
 * quote is escaped, so `"rule": "…"` can only match a finding's own key, and no string holds a raw
 * newline, so a finding's text runs from its line `    {` to its line `    }`: each conflict
 * warning (one per conflicting group, about 66,000 at a million dense claims) is parsed alone for
 * its details. Under `--pairs` the warnings are pairs, and their details are not read.
 */
export async function countReport(path: string, options: { pairs?: boolean } = {}): Promise<ReportCounts> {
  const byRule: Expected["byRule"] = {};
  let summary: ReportCounts["summary"] = null;
  const conflicts: ConflictDetails = { pairs: 0, readings: {}, spanning: 0, incomplete: 0 };
  let carry = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as string);
    if (summary === null) {
      const s = SUMMARY.exec(text);
      if (s) summary = { errors: Number(s[1]), warnings: Number(s[2]), infos: Number(s[3]) };
    }
    FINDING.lastIndex = 0;
    let end = 0;
    let cut = -1;
    for (let m = FINDING.exec(text); m !== null; m = FINDING.exec(text)) {
      const [rule, severity] = [m[1]!, m[2] as "error" | "warning" | "info"];
      if (rule === "conflicts" && severity === "warning" && !options.pairs) {
        const start = text.lastIndexOf(FINDING_START, m.index);
        const close = text.indexOf(FINDING_END, m.index);
        // The warning runs past this chunk: read on, and take it up again from its start.
        if (close === -1) {
          cut = start;
          break;
        }
        addConflict(conflicts, text.slice(start, close + FINDING_END.length));
      }
      const c = byRule[rule] ?? { error: 0, warning: 0, info: 0 };
      c[severity]++;
      byRule[rule] = c;
      end = FINDING.lastIndex;
    }
    carry = cut >= 0 ? text.slice(cut) : text.slice(Math.max(end, text.length - 256));
  }
  return { byRule, summary, conflicts: options.pairs ? null : conflicts };
}
