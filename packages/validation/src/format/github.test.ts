import { describe, expect, it } from "vitest";
import type { Finding } from "../finding.js";
import { finding, HOSTILE, runOf } from "./__fixtures__/hostile.js";
import { ANNOTATIONS_PER_SEVERITY } from "./github.js";
import { DEFAULT_REPORT_OPTIONS, formatReport } from "./index.js";

const github = (findings: Finding[], annotate = DEFAULT_REPORT_OPTIONS.annotate) =>
  formatReport([runOf(findings)], "github", { ...DEFAULT_REPORT_OPTIONS, annotate });

describe("github annotations", () => {
  const mixed = [finding("error"), finding("warning"), finding("info"), finding("info")];

  it("annotate errors and warnings by default, the lowest severity --annotate names otherwise", () => {
    const counted = "tally validate: 1 error, 1 warning, 2 infos; annotated:";
    expect(github(mixed)).toBe(
      "::error title=integrity (data)::a message\n::warning title=integrity (data)::a message\n" +
        `${counted} errors and warnings (--annotate warning)\n`,
    );
    // A step failed for its warnings still says why, though none is annotated (an outside review).
    expect(github(mixed, "error")).toBe(
      `::error title=integrity (data)::a message\n${counted} errors (--annotate error)\n`,
    );
    expect(github([finding("warning")], "error")).toBe(
      "tally validate: 0 errors, 1 warning, 0 infos; annotated: errors (--annotate error)\n",
    );
    expect(github(mixed, "info").match(/^::notice /gm)).toHaveLength(2);
    expect(github(mixed, "info")).toMatch(/annotated: errors, warnings and infos \(--annotate info\)\n$/);
    // formatReport without options: the command line's default.
    expect(formatReport([runOf(mixed)], "github")).toBe(github(mixed));
  });

  it("escapes data (%, CR, LF) and properties (also : and ,) as workflow commands need, ESC as \\u001b", () => {
    const out = github([finding("error", { message: `50% ${HOSTILE}`, file: "a:b,c%\n.csv", line: 4 })]);
    expect(out.replace(/tally validate: .*\n$/, "")).toBe(
      "::error file=a%3Ab%2Cc%25%0A.csv,line=4,title=integrity (data)::" +
        "50%25 ok%0A::error::pwned%0D::warning::cr</details><b>bold</b> (--corpus <dir>) | & \\u001b[31m\n",
    );
    expect(out.split("\n")).toHaveLength(3);
  });

  it(`annotates the first ${ANNOTATIONS_PER_SEVERITY} findings of a severity in the run, then counts the rest per file`, () => {
    // An outside review: the cap was per file, so a dataset's three files gave 13 errors, and
    // GitHub, which shows 10 per step, dropped 3 that no line counted.
    const at = (file: string | undefined, severity: "error" | "warning", n: number) =>
      Array.from({ length: n }, (_, i) => finding(severity, { file, line: i + 1 }));
    const out = github([
      ...at("data/sources.csv", "error", 1),
      ...at("data/events.csv", "error", 2),
      ...at("data/claims.csv", "error", 13),
      ...at("data/claims.csv", "warning", 11),
      ...at(undefined, "warning", 2),
      ...at("bad\n::error::x.csv", "error", 2),
    ]).split("\n");
    expect(out.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(out.filter((l) => l.startsWith("::warning "))).toHaveLength(10);
    expect(out.filter((l) => l.startsWith("::error file=data/sources.csv,"))).toHaveLength(1);
    expect(out.filter((l) => l.startsWith("::error file=data/events.csv,"))).toHaveLength(2);
    expect(out.filter((l) => l.startsWith("::error file=data/claims.csv,"))).toHaveLength(7);
    const note = "not annotated (GitHub shows 10 per severity in a step; the text report has them all)";
    expect(out.filter((l) => l.startsWith("tally validate: "))).toEqual([
      `tally validate: data/claims.csv: 6 more errors, 1 more warning ${note}`,
      `tally validate: findings at no file: 2 more warnings ${note}`,
      `tally validate: bad\\n::error::x.csv: 2 more errors ${note}`,
      "tally validate: 18 errors, 13 warnings, 0 infos; annotated: errors and warnings (--annotate warning)",
    ]);
  });
});
