import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Expected } from "../expected.js";
import type { ReportCounts } from "./reportCounts.js";

/** A finding's line in the text report: two spaces, the severity padded to 7, the rule to 14. */
const FINDING_LINE = /^ {2}(error|warning|info) +(\S+) /;
/** The closing totals line: "1 dataset: 750 errors, 65812 warnings, 323449 infos". */
const TOTALS_LINE = /^\d+ datasets?: (\d+) errors?, (\d+) warnings?, (\d+) infos?$/;

/**
 * Counts findings per rule and severity in a `--format text` report, line by line (one finding a
 * line, since messages are flat), and reads the closing totals line as its summary.
 */
export async function countTextReport(path: string): Promise<ReportCounts> {
  const byRule: Expected["byRule"] = {};
  let summary: ReportCounts["summary"] = null;
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) {
    const f = FINDING_LINE.exec(line);
    if (f) {
      const c = byRule[f[2]!] ?? { error: 0, warning: 0, info: 0 };
      c[f[1] as "error" | "warning" | "info"]++;
      byRule[f[2]!] = c;
      continue;
    }
    const t = TOTALS_LINE.exec(line);
    if (t) summary = { errors: Number(t[1]), warnings: Number(t[2]), infos: Number(t[3]) };
  }
  return { byRule, summary, conflicts: null };
}
