import { createReadStream } from "node:fs";
import type { Expected } from "../expected.js";

const FINDING = /"rule":\s*"([^"\\]+)",\s*"severity":\s*"(error|warning|info)"/g;
const SUMMARY = /"summary":\s*\{\s*"errors":\s*(\d+),\s*"warnings":\s*(\d+),\s*"infos":\s*(\d+)/;

export interface ReportCounts {
  byRule: Expected["byRule"];
  summary: { errors: number; warnings: number; infos: number } | null;
}

/**
 * Counts findings per rule and severity in a `--format json` report by scanning it as a stream:
 * at a million claims the report outgrows what one JSON.parse can hold. Inside a JSON string a
 * quote is escaped, so `"rule": "…"` can only match a finding's own key.
 */
export async function countReport(path: string): Promise<ReportCounts> {
  const byRule: Expected["byRule"] = {};
  let summary: ReportCounts["summary"] = null;
  let carry = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as string);
    if (summary === null) {
      const s = SUMMARY.exec(text);
      if (s) summary = { errors: Number(s[1]), warnings: Number(s[2]), infos: Number(s[3]) };
    }
    FINDING.lastIndex = 0;
    let end = 0;
    for (let m = FINDING.exec(text); m !== null; m = FINDING.exec(text)) {
      const c = byRule[m[1]!] ?? { error: 0, warning: 0, info: 0 };
      c[m[2] as "error" | "warning" | "info"]++;
      byRule[m[1]!] = c;
      end = FINDING.lastIndex;
    }
    carry = text.slice(Math.max(end, text.length - 256));
  }
  return { byRule, summary };
}
