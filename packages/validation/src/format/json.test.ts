import { describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "../__fixtures__/dataset.js";
import type { Finding } from "../finding.js";
import { buildReport, type DatasetRun } from "../report.js";
import { RULES } from "../rules/index.js";
import { validate } from "../validate.js";
import { formatReport } from "./index.js";
import { jsonArrayItems, jsonReportFrame, jsonText, splitAtArray } from "./json.js";

/** The report as one native stringify: what every way of writing it in pieces must print. */
const whole = (runs: DatasetRun[]) => jsonText(buildReport(runs));

function runOf(findings: Finding[]): DatasetRun {
  const dataset = makeDataset({});
  return { ref: dataset.ref, label: "data", findings, rules: RULES.map((r) => r.id) };
}

/** The report written the streaming way: the frame's head, the findings in runs of `batch`, the rest. */
function streamed(runs: DatasetRun[], batch: number): string {
  const { datasets, summary, findings } = buildReport(runs);
  const pieces: string[] = [];
  const write = (text: string) => pieces.push(text);
  // The head is written before the summary is known.
  write(splitAtArray(jsonReportFrame(datasets, { errors: 0, warnings: 0, infos: 0 }), "findings")[0]);
  const items = jsonArrayItems("findings", write, batch);
  for (const f of findings) items.add(f);
  expect(items.end()).toBe(findings.length);
  write(splitAtArray(jsonReportFrame(datasets, summary), "findings")[1]);
  return pieces.join("");
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

  it("is byte for byte the whole report's stringify, whatever the batch size", () => {
    expect(findings.length).toBeGreaterThan(3);
    const runs = [runOf(findings), runOf(findings.slice(0, 2))];
    for (const batch of [1, 2, 5, 1000]) expect(streamed(runs, batch)).toBe(whole(runs));
    expect(formatReport(runs, "json")).toBe(whole(runs));
  });

  it("writes long items in smaller batches, still byte for byte", () => {
    // Two-byte text ("∞") of 10,000 characters an item: a batch of 100 would be a 2 MB string.
    const long = Array.from({ length: 40 }, (_, i) => ({ i, text: `[${i}, ∞) `.repeat(1250) }));
    const pieces: string[] = [];
    const items = jsonArrayItems("findings", (text) => pieces.push(text), 100);
    for (const item of long) items.add(item);
    items.end();
    const text = JSON.stringify({ findings: long }, null, 2);
    expect(`{\n  "findings": [${pieces.join("")}]\n}`).toBe(text);
    // The first batch is the full 100 asked for (all 40); what follows is sized by it.
    expect(pieces.length).toBe(2);
    const next: string[] = [];
    const sized = jsonArrayItems("findings", (t) => next.push(t), 100);
    for (const item of [...long, ...long, ...long]) sized.add(item);
    sized.end();
    expect(Math.max(...next.slice(1).map((t) => t.length))).toBeLessThan(40_000);
  });

  it("puts the summary after the findings", () => {
    const text = formatReport([runOf(findings)], "json");
    expect(Object.keys(JSON.parse(text))).toEqual(["datasets", "findings", "summary"]);
    expect(text.indexOf('"summary"')).toBeGreaterThan(text.lastIndexOf('"rule"'));
  });

  it("is byte for byte the whole report's stringify when there are no findings", () => {
    for (const runs of [[runOf([])], []]) {
      expect(streamed(runs, 100)).toBe(whole(runs));
      expect(formatReport(runs, "json")).toBe(whole(runs));
    }
  });
});
