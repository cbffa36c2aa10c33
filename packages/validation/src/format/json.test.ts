import { describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "../__fixtures__/dataset.js";
import type { Finding } from "../finding.js";
import { buildReport, type DatasetRun } from "../report.js";
import { RULES } from "../rules/index.js";
import { validate } from "../validate.js";
import { formatJson, jsonFindings, jsonFrame } from "./json.js";

function runOf(findings: Finding[]): DatasetRun {
  const dataset = makeDataset({});
  return { ref: dataset.ref, label: "data", findings, rules: RULES.map((r) => r.id) };
}

/** The report written the streaming way: frame, then the findings in runs of `batch`. */
function streamed(runs: DatasetRun[], batch: number): string {
  const { datasets, summary, findings } = buildReport(runs);
  const { head, tail } = jsonFrame(datasets, summary, findings.length);
  const pieces: string[] = [];
  for (let i = 0; i < findings.length; i += batch) pieces.push(jsonFindings(findings.slice(i, i + batch)));
  return `${head}${pieces.join(",\n")}${tail}`;
}

describe("the json report written in pieces", () => {
  const dataset = makeDataset({
    sources: [source("s1"), source("s2", { outlet: "NK Insider" })],
    events: [event("e1")],
    claims: [
      claim("a", "about", "200", "200"),
      claim("b", "about", "600", "600", { source_id: "s2", attributed_to: 'Joo "Ok-kyung" é\u2028' }),
      claim("c", "between", "100", "150"),
    ],
  });
  const findings = validate(dataset).findings;

  it("is byte for byte formatJson, whatever the batch size", () => {
    expect(findings.length).toBeGreaterThan(3);
    const runs = [runOf(findings), runOf(findings.slice(0, 2))];
    for (const batch of [1, 2, 5, 1000]) expect(streamed(runs, batch)).toBe(formatJson(runs));
  });

  it("is byte for byte formatJson when there are no findings", () => {
    expect(streamed([runOf([])], 100)).toBe(formatJson([runOf([])]));
    expect(streamed([], 100)).toBe(formatJson([]));
  });
});
