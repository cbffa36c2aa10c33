import { describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "../__fixtures__/dataset.js";
import { reportSchema } from "../finding.js";
import { countSeverities, type DatasetRun, fails } from "../report.js";
import { RULES } from "../rules/index.js";
import { validate } from "../validate.js";
import { formatReport } from "./index.js";

function run(): DatasetRun {
  const dataset = makeDataset({
    sources: [source("s1"), source("s2", { outlet: "NK Insider" })],
    events: [event("e1"), event("e2")],
    claims: [
      claim("a", "about", "200", "200"),
      claim("b", "about", "600", "600", {
        source_id: "s2",
        attributed_to: 'Joo "Ok-kyung", <NK> & co',
        figure_text: "about 600",
        quote: "China repatriated about 600 people",
      }),
      claim("c", "exact", "2.5", "2.5", {
        event_id: "e2",
        figure_text: "2.5",
        quote: "China repatriated 2.5 people",
      }),
    ],
  });
  dataset.problems.push({
    code: "csv/column-count",
    file: "claims.csv",
    row: 4,
    line: 5,
    column: null,
    message: "row has 3 cells | expected 19",
  });
  return {
    ref: dataset.ref,
    label: "data",
    findings: validate(dataset).findings,
    rules: RULES.map((r) => r.id),
  };
}

describe("report formats", () => {
  const r = run();
  // Counted here, not written out: the rules' own tests say what they find, and
  // goldenReports.test.ts pins every byte of each format for findings made by hand.
  const counts = countSeverities(r.findings);

  it("json is the report object with datasets, summary and findings", () => {
    const report = reportSchema.parse(JSON.parse(formatReport([r], "json")));
    expect(report.datasets).toEqual([
      { label: "data", name: "test", version: "1.0.0", path: "data", kind: "working" },
    ]);
    // Every finding joins to its dataset by its label.
    for (const f of report.findings) expect(report.datasets.map((d) => d.label)).toContain(f.dataset);
    expect(report.findings).toEqual(r.findings);
    expect(report.summary).toEqual(counts);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it("text prints one line per finding, errors first, with file and line", () => {
    const lines = formatReport([r], "text").trimEnd().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(`^data: ${counts.errors} errors?, ${counts.warnings} warnings?, ${counts.infos} infos?$`),
    );
    expect(lines[1]).toContain("error   integrity      data/claims.csv:5 (row 4): row has 3 cells");
    expect(lines).toHaveLength(r.findings.length + 2);
  });

  it("github prints one annotation per error or warning with file= and line=, no infos", () => {
    const [closing, ...backwards] = formatReport([r], "github").trimEnd().split("\n").reverse();
    const lines = backwards.reverse();
    expect(lines).toHaveLength(counts.errors + counts.warnings);
    for (const l of lines) expect(l).toMatch(/^::(error|warning) /);
    expect(closing).toBe(
      "tally validate: 3 errors, 1 warning, 5 infos; annotated: errors and warnings (--annotate warning)",
    );
    expect(lines).toContain(
      "::error file=data/claims.csv,line=5,title=integrity (data)::row has 3 cells | expected 19",
    );
    expect(
      lines.filter((l) => l.startsWith("::warning file=data/claims.csv,line=2,title=conflicts")),
    ).toHaveLength(1);
  });

  it("junit fails each error, passes each warning with its output, a passing case per clean rule, provenance's texts skipped", () => {
    const xml = formatReport([r], "junit");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(xml.match(/<failure type="error"/g)).toHaveLength(counts.errors);
    expect(xml).not.toContain('<failure type="warning"');
    expect(xml.match(/<system-out>warning: /g)).toHaveLength(counts.warnings);
    // Without a corpus only the check against source texts is skipped: the figure checks ran and passed.
    expect(xml).toContain(
      '<testcase classname="tally.provenance" name="provenance: quotes in source texts"><skipped message=',
    );
    expect(xml).toContain('<testcase classname="tally.provenance" name="provenance"/>');
    expect(xml).toContain('<testcase classname="tally.corroboration" name="corroboration"/>');
    expect(xml).toContain("&quot;Ok-kyung&quot;, &lt;NK&gt; &amp; co");
    expect(xml).toMatch(
      new RegExp(
        `<testsuites name="tally validate" tests="\\d+" failures="${counts.errors}" errors="0" skipped="1">`,
      ),
    );
  });

  it("markdown has a summary table and escapes pipes inside cells", () => {
    const md = formatReport([r], "markdown");
    expect(md).toContain(`| data | ${counts.errors} | ${counts.warnings} | ${counts.infos} |`);
    expect(md).toContain(`#### Errors (${counts.errors})`);
    expect(md).toContain("row has 3 cells \\| expected 19");
  });

  it("fails at or above the chosen severity", () => {
    const warnOnly = r.findings.filter((f) => f.severity !== "error");
    expect(fails(r.findings, "error")).toBe(true);
    expect(fails(warnOnly, "error")).toBe(false);
    expect(fails(warnOnly, "warning")).toBe(true);
  });
});
