import type { LoadedDataset } from "@tally/dataset/node";
import type { Finding, Report } from "./finding.js";
import { JSON_BATCH, jsonArrayItems } from "./format/json.js";
import { countSeverity, emptySummary } from "./report.js";
import { scanDataset, type ValidateOptions } from "./validate.js";

/**
 * Runs the rules over each dataset and writes every finding, in report order, as the items of a
 * report's top-level `findings` array (see `jsonArrayItems`), as soon as each batch is found: a
 * million findings are never held at once, as objects or as one string. `prepare` may return a
 * finding to write in its place (a copy parsed by a schema). Returns the severity counts, which
 * the report prints after the findings.
 */
export function streamFindings(
  datasets: readonly LoadedDataset[],
  options: ValidateOptions,
  write: (text: string) => void,
  prepare: (finding: Finding) => unknown = (f) => f,
): { summary: Report["summary"]; count: number } {
  const summary = emptySummary();
  const items = jsonArrayItems("findings", write, JSON_BATCH);
  for (const dataset of datasets)
    scanDataset(
      dataset,
      (f) => {
        countSeverity(summary, f);
        items.add(prepare(f));
      },
      options,
    );
  return { summary, count: items.end() };
}
