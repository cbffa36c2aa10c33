import { describe, expect, it } from "vitest";
import type { Finding } from "../finding.js";
import { finding, HOSTILE, runOf } from "./__fixtures__/hostile.js";
import { DEFAULT_REPORT_OPTIONS, formatReport } from "./index.js";

const at = { file: "data/claims.csv", line: 5, row: 4 };
const findings = [
  finding("error", { ...at, column: "value_low", message: HOSTILE }),
  finding("error", { ...at, column: "value_low", message: "again" }),
  finding("warning", { ...at, rule: "conflicts", message: "a <warning>" }),
  finding("info", { rule: "time", message: "an info" }),
];
/**
 * An attribute's value as an XML parser reads it (XML 1.0, 3.3.3): each raw TAB, line feed or
 * carriage return a space, each reference the character it names.
 */
const attributeAsRead = (raw: string) =>
  raw
    .replace(/[\t\n\r]/g, " ")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

const junit = (failOn: "error" | "warning") =>
  formatReport([runOf(findings)], "junit", { ...DEFAULT_REPORT_OPTIONS, failOn });

describe("junit report", () => {
  it("fails only what --fail-on fails: warnings pass with their message as output", () => {
    const xml = junit("error");
    expect(xml).toContain('<testsuite name="data" tests="5" failures="2" errors="0" skipped="0">');
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain(
      '<testcase classname="tally.conflicts" name="conflicts #1: data/claims.csv:5 (row 4)">' +
        "<system-out>warning: a &lt;warning&gt;</system-out></testcase>",
    );
    // The rule whose findings all passed keeps its own passing case.
    expect(xml).toContain('<testcase classname="tally.conflicts" name="conflicts"/>');
    expect(xml).toContain("<system-out>[time]  an info</system-out>");
    expect(formatReport([runOf(findings)], "junit")).toBe(xml);
  });

  it("writes line breaks from data as references: no value starts a line of the file", () => {
    // An outside review: a message with a line break put "::error::" at the start of a junit line.
    const f = finding("error", { ...at, column: "quote", message: "Daily NK\n::error::forged\r\nend" });
    const xml = formatReport([runOf([f])], "junit");
    expect(xml.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
    expect(xml).toContain('message="Daily NK&#10;::error::forged&#13;&#10;end"');
  });

  it("writes a TAB from data as a reference, so an attribute reads back with it, not with a space", () => {
    // An outside review: a raw TAB in `message="…"` read back as a space, while the element's text kept it.
    const message = "col1\tcol2\r\nnext\tend";
    const xml = formatReport([runOf([finding("error", { ...at, message })])], "junit");
    const attribute = /<failure type="error" message="([^"]*)">/.exec(xml)![1]!;
    expect(attributeAsRead(attribute)).toBe(message);
    expect(xml).not.toContain("\t");
  });

  it("gives a skipped part of a rule a skipped case of its own, the rule's cases as they are", () => {
    const part = finding("info", {
      rule: "provenance",
      message: "quotes not checked against their source texts",
      details: { skipped: true, check: "quotes in source texts" },
    });
    const failing = finding("error", {
      ...at,
      rule: "provenance",
      column: "figure_text",
      message: "no figure",
    });
    const skippedCase =
      '<testcase classname="tally.provenance" name="provenance: quotes in source texts">' +
      '<skipped message="quotes not checked against their source texts"/></testcase>';
    const run = (fs: Finding[]) => formatReport([{ ...runOf(fs), rules: ["provenance"] }], "junit");
    const clean = run([part]);
    expect(clean).toContain(skippedCase);
    expect(clean).toContain('<testcase classname="tally.provenance" name="provenance"/>');
    expect(clean).toContain('tests="2" failures="0" errors="0" skipped="1">');
    const failed = run([part, failing]);
    expect(failed).toContain(skippedCase);
    expect(failed).not.toContain('name="provenance"/>');
    expect(failed).toMatch(/<failure type="error" message="no figure">/);
    // The failing case and the part's skipped one; the rule's own case goes with a failure.
    expect(failed).toContain('tests="2" failures="1" errors="0" skipped="1">');
    // A skip that names no part still skips its whole rule.
    const whole = run([{ ...part, details: { skipped: true } }]);
    expect(whole).toContain(
      '<testcase classname="tally.provenance" name="provenance"><skipped message="quotes not checked against their source texts"/>',
    );
    expect(whole).not.toContain("provenance: quotes");
  });

  it("fails warnings too with --fail-on warning", () => {
    const xml = junit("warning");
    expect(xml).toContain('<testsuite name="data" tests="4" failures="3" errors="0" skipped="0">');
    expect(xml).toContain('<failure type="warning" message="a &lt;warning&gt;">');
  });

  it("names no two test cases of a suite alike, even two findings at one place", () => {
    const names = [...junit("error").matchAll(/<testcase classname="([^"]*)" name="([^"]*)"/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("tally.integrity integrity #2: data/claims.csv:5 (row 4, column value_low)");
  });

  it("carries hostile text as text, control characters replaced", () => {
    const xml = junit("error");
    expect(xml).toContain(
      "&lt;/details&gt;&lt;b&gt;bold&lt;/b&gt; (--corpus &lt;dir&gt;) | &amp; \uFFFD[31m",
    );
    expect(xml).not.toContain("<b>");
  });
});
