import type { LoadedDataset } from "@tally/dataset/node";
import { TextSpool } from "./cli/textSpool.js";
import type { Finding, Report } from "./finding.js";
import { jsonItems } from "./format/json.js";
import { scanDataset, type ValidateOptions } from "./validate.js";

/**
 * Findings serialised together: few enough that their text stays a small string (large ones are
 * born in the old generation and only a full collection frees them), enough to amortise the call.
 */
export const JSON_BATCH = 100;

/** Findings written as the report's JSON array items, waiting for the summary that comes first. */
export interface SpooledFindings {
  spool: TextSpool;
  summary: Report["summary"];
  count: number;
}

/**
 * Runs the rules over each dataset and writes every finding, in report order, as `jsonItems`
 * joins the items of the top-level `findings` array, into a temporary file: a million findings
 * are never held at once, as objects or as one string. `prepare` may return a finding to write in
 * its place (a copy parsed by a schema). The caller closes the spool.
 */
export function spoolFindings(
  datasets: readonly LoadedDataset[],
  options: ValidateOptions,
  prepare: (finding: Finding) => unknown = (f) => f,
): SpooledFindings {
  const spool = new TextSpool();
  try {
    const summary = { errors: 0, warnings: 0, infos: 0 };
    let batch: unknown[] = [];
    let count = 0;
    const flush = () => {
      const text = jsonItems("findings", batch);
      spool.write(count === batch.length ? text : `,\n${text}`);
      batch = [];
    };
    for (const dataset of datasets)
      scanDataset(
        dataset,
        (f) => {
          if (f.severity === "error") summary.errors++;
          else if (f.severity === "warning") summary.warnings++;
          else summary.infos++;
          batch.push(prepare(f));
          count++;
          if (batch.length === JSON_BATCH) flush();
        },
        options,
      );
    if (batch.length > 0) flush();
    return { spool, summary, count };
  } catch (error) {
    spool.close();
    throw error;
  }
}
