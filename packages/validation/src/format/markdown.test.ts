import { describe, expect, it } from "vitest";
import { finding, HOSTILE, runOf } from "./__fixtures__/hostile.js";
import { CharBudget } from "./charBudget.js";
import { DEFAULT_REPORT_OPTIONS, formatReport } from "./index.js";
import { MESSAGE_CHARS, openMarkdownReport } from "./markdown.js";
import { writeReport } from "./reportStream.js";
import { memorySpool, type NewSpool } from "./spool.js";

/** The table rows of a report, every finding here being an integrity one. */
const rowsOf = (md: string) => md.split("\n").filter((l) => l.startsWith("| integrity |"));

describe("markdown report", () => {
  const f = (severity: "error" | "info") =>
    finding(severity, { message: HOSTILE, file: "x<y>.csv", line: 2, column: "a|b" });
  const md = formatReport([runOf([f("error"), f("info")], "<b>data</b>")], "markdown");

  it("prints HTML from data as text, so '(--corpus <dir>)' reads as written", () => {
    expect(md).toContain("(--corpus &lt;dir&gt;)");
    expect(md).toContain("&lt;/details&gt;&lt;b&gt;bold&lt;/b&gt;");
    expect(md).toContain("| &lt;b&gt;data&lt;/b&gt; | 1 | 0 | 1 |");
    expect(md).toContain("### &lt;b&gt;data&lt;/b&gt;");
    expect(md).toContain("x&lt;y&gt;.csv:2 (column a\\|b)");
    // The only raw HTML is the fold of the infos, opened and closed once.
    expect(md.match(/<\/?[a-z]+>/g)).toEqual(["<details>", "<summary>", "</summary>", "</details>"]);
  });

  it("escapes markdown's marks in data, so no value becomes a code span, a link, an image or a mention", () => {
    const message = "`code` **bold** ~~gone~~ [link](javascript:x) ![img](https://x/y.png) @octocat at_least";
    const out = formatReport([runOf([finding("error", { message })])], "markdown");
    expect(out).toContain(
      "\\`code\\` \\*\\*bold\\*\\* \\~\\~gone\\~\\~ \\[link\\](javascript:x) !\\[img\\](https\\://x/y.png) @&#8203;octocat at_least",
    );
  });

  it("breaks GitHub's issue references in data with a zero-width space, so none links or cross-references", () => {
    const message = "UN resolution #1, GH-2 and octo/repo#3; Article #a and a#";
    const out = formatReport([runOf([finding("error", { message })])], "markdown");
    expect(out).toContain("UN resolution #&#8203;1, GH-&#8203;2 and octo/repo#&#8203;3; Article #a and a#");
    expect(out.split("\n").find((l) => l.includes("UN resolution"))).not.toMatch(/(?<!&)#\d|GH-\d/);
  });

  it("cuts a message past MESSAGE_CHARS, so one huge finding cannot empty its table", () => {
    // An outside review: a warning quoting a 1 MB cell left "Warnings (2)" with no row at all.
    const huge = `quote: ${"x".repeat(1_000_000)}`;
    const out = formatReport(
      [runOf([finding("warning", { message: huge }), finding("warning", { message: "short one" })])],
      "markdown",
    );
    const rows = out.split("\n").filter((l) => l.startsWith("| integrity |"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(
      `… (${(huge.length - MESSAGE_CHARS).toLocaleString("en-US")} more characters: --format text prints it whole) |`,
    );
    expect(rows[1]).toContain("short one");
    expect(out).not.toContain("Cut at");
    // A surrogate pair at the cut is kept whole or left out whole.
    const emoji = `${"x".repeat(MESSAGE_CHARS - 1)}🚩 and more`;
    const [cut] = formatReport([runOf([finding("warning", { message: emoji })])], "markdown")
      .split("\n")
      .filter((l) => l.startsWith("| integrity |"));
    expect(cut).toContain(`${"x".repeat(MESSAGE_CHARS - 1)}… (`);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("escapes dollar signs, so no value becomes math", () => {
    const message = "$\\huge\\text{pwned}$ and $$x^2$$ cost $5";
    const out = formatReport([runOf([finding("error", { message })])], "markdown");
    expect(out).toContain("\\$\\\\huge\\\\text{pwned}\\$ and \\$\\$x^2\\$\\$ cost \\$5");
  });

  it("leaves no address GitHub would link by itself, and no emphasis at a word's edge", () => {
    // An outside review rendered the report with GFM: a claim's "https://evil.example/login" and
    // "www.evil.example" became links and "_em_" emphasis.
    const message =
      "see https://evil.example/login, HTTP://x.example and www.evil.example _em_ at_least c_001_";
    const out = formatReport([runOf([finding("error", { message })])], "markdown");
    expect(out).toContain(
      "see https\\://evil.example/login, HTTP\\://x.example and www\\.evil.example \\_em\\_ at_least c_001\\_",
    );
    // GitHub links an address glued to a word by `_` or a digit too (a later review).
    const glued = "x_https://evil.example/login v2https://evil.example/x a_www.evil.example";
    expect(formatReport([runOf([finding("error", { message: glued })])], "markdown")).toContain(
      "x_https\\://evil.example/login v2https\\://evil.example/x a_www\\.evil.example",
    );
  });

  it("shows NEL, the line and paragraph separators, VT and FF as escapes, as text and github do", () => {
    const out = formatReport(
      [runOf([finding("info", { message: "A\u0085B\u2028C\u2029D\u000bE\u000cF\r\nG\nH" })])],
      "markdown",
    );
    expect(out).toContain("A\\u0085B\\u2028C\\u2029D\\u000bE\\u000cF G H");
    for (const control of ["\u0085", "\u2028", "\u2029", "\u000b", "\u000c"])
      expect(out).not.toContain(control);
  });

  it("keeps each finding one table row: pipes escaped, line breaks as spaces", () => {
    const rows = md.split("\n").filter((l) => l.startsWith("| integrity |"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe(
      "| integrity | x&lt;y&gt;.csv:2 (column a\\|b) | ok ::error::pwned ::warning::cr&lt;/details&gt;&lt;b&gt;bold&lt;/b&gt; (--corpus &lt;dir&gt;) \\| &amp; \\u001b\\[31m |",
    );
  });
});

describe("markdown report cut to fit a comment", () => {
  // Rows of distinct lengths, so a row printed out of order or twice would show.
  const many = (severity: "error" | "warning" | "info", n: number, tag: string) =>
    Array.from({ length: n }, (_, i) =>
      finding(severity, { message: `${tag} ${i} ${"x".repeat(40 + (i % 50))}` }),
    );
  const runs = [
    runOf([...many("info", 300, "i1"), ...many("error", 200, "e1"), ...many("warning", 200, "w1")], "first"),
    runOf([...many("warning", 50, "w2"), ...many("info", 50, "i2")], "second"),
  ];
  const whole = formatReport(runs, "markdown", { ...DEFAULT_REPORT_OPTIONS, maxChars: 0 });

  it("prints a report within the limit whole, with no note", () => {
    expect(formatReport([runOf(many("error", 3, "e"))], "markdown")).not.toContain("Cut at");
    expect(whole.length).toBeGreaterThan(65_536);
    expect(rowsOf(whole)).toHaveLength(800);
  });

  it.each([2_000, 10_000, 30_000, 65_536])(
    "cuts at %i characters: a prefix of the whole report's rows, then a note of the rest",
    (maxChars) => {
      const cut = formatReport(runs, "markdown", { ...DEFAULT_REPORT_OPTIONS, maxChars });
      expect(cut.length).toBeLessThanOrEqual(maxChars);
      const shown = rowsOf(cut);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown).toEqual(rowsOf(whole).slice(0, shown.length));
      // The summary table keeps every count, cut or not.
      expect(cut.startsWith(whole.slice(0, whole.indexOf("\n### ")))).toBe(true);
      // Every fold opened is closed, and nothing follows the note.
      expect(cut.match(/<details>/g)?.length ?? 0).toBe(cut.match(/<\/details>/g)?.length ?? 0);
      const note = cut.slice(cut.lastIndexOf("\n---\n"));
      expect(cut.endsWith(note)).toBe(true);
      const left = (word: string) =>
        Number(new RegExp(`([\\d,]+) ${word}`).exec(note)?.[1]?.replaceAll(",", "") ?? 0);
      expect(left("errors?") + left("warnings?") + left("infos?")).toBe(800 - shown.length);
      expect(note).toContain(`Cut at ${maxChars.toLocaleString("en-US")} characters`);
    },
  );

  it("counts left-out findings by severity, the later dataset's included", () => {
    const cut = formatReport(runs, "markdown", { ...DEFAULT_REPORT_OPTIONS, maxChars: 10_000 });
    // The first dataset's errors come first; the cut falls among them.
    const shownErrors = rowsOf(cut).length;
    expect(cut).toContain(`${200 - shownErrors} errors, 250 warnings and 350 infos not shown`);
    expect(cut).not.toContain("### second");
  });
});

describe("markdown report's spools", () => {
  /** Memory spools that also count the characters each was handed. */
  const counting = () => {
    const held: number[] = [];
    const newSpool: NewSpool = () => {
      const spool = memorySpool();
      const at = held.push(0) - 1;
      return {
        append(text) {
          held[at]! += text.length;
          spool.append(text);
        },
        drain: (write) => spool.drain(write),
      };
    };
    return { held, newSpool };
  };
  const findings = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      finding(i % 3 === 0 ? "error" : i % 3 === 1 ? "warning" : "info", {
        message: `m ${i} ${"y".repeat(i % 70)}`,
      }),
    );
  const write = (maxChars: number, n: number) => {
    const { held, newSpool } = counting();
    const out: string[] = [];
    const runs = [runOf(findings(n), "one"), runOf(findings(n), "two")];
    writeReport(openMarkdownReport, runs, (t) => out.push(t), newSpool, {
      ...DEFAULT_REPORT_OPTIONS,
      maxChars,
    });
    return {
      held,
      text: out.join(""),
      // Uncut, every row is spooled: the rows a cut report shows must be its first ones.
      uncut: formatReport(runs, "markdown", { ...DEFAULT_REPORT_OPTIONS, maxChars: 0 }),
    };
  };

  it("hold no more rows than the limit could print, however many findings there are", () => {
    const { held, text, uncut } = write(3_000, 30_000);
    // One spool per severity, then the sections; a severity's rows stop once past the limit, so
    // each holds at most the limit and one row (about 100 characters) per dataset.
    expect(held.length).toBe(4);
    for (const chars of held.slice(0, 3)) expect(chars).toBeLessThanOrEqual(2 * (3_000 + 200));
    expect(held[0]).toBeGreaterThan(3_000);
    expect(text).toContain("Cut at 3,000 characters");
    // The cut falls among the first dataset's errors: every row past it is counted all the same.
    const shown = rowsOf(text).length;
    expect(shown).toBeGreaterThan(0);
    expect(rowsOf(text)).toEqual(rowsOf(uncut).slice(0, shown));
    expect(text.startsWith(uncut.slice(0, uncut.indexOf("\n### ")))).toBe(true);
    expect(text).toContain(
      `${(20_000 - shown).toLocaleString("en-US")} errors, 20,000 warnings and 20,000 infos not shown`,
    );
  });

  it("hold every row when there is no limit", () => {
    const { held, text } = write(0, 3_000);
    expect(rowsOf(text)).toHaveLength(6_000);
    expect(held.slice(0, 3).reduce((a, b) => a + b, 0)).toBeGreaterThan(6_000 * 40);
  });
});

describe("CharBudget.drainRows", () => {
  /** A spool that hands its text out in pieces of `size` characters, cutting rows anywhere. */
  const piecesOf = (text: string, size: number) => ({
    append() {},
    drain(write: (t: string) => void) {
      for (let i = 0; i < text.length; i += size) write(text.slice(i, i + size));
    },
  });
  const rows = ["a\n", "bb\n", "ccc\n", "dddd\n"];

  it.each([1, 2, 3, 5, 100])("judges whole rows from pieces of %i characters", (size) => {
    const budget = new CharBudget(9, 0);
    const out: string[] = [];
    budget.drainRows(piecesOf(rows.join(""), size), 4, "warning", (t) => out.push(t));
    // a, bb and ccc take 9 characters; dddd does not fit.
    expect(out.join("")).toBe("a\nbb\nccc\n");
    expect(budget.cut).toBe(true);
    expect(budget.omitted).toEqual({ error: 0, warning: 1, info: 0 });
  });

  it("prints nothing after the cut, even a row short enough to fit", () => {
    const budget = new CharBudget(6, 0);
    const out: string[] = [];
    budget.drainRows(piecesOf("a\ncccc\nb\n", 4), 3, "info", (t) => out.push(t));
    expect(out.join("")).toBe("a\n");
    expect(budget.omitted.info).toBe(2);
    expect(budget.take(1)).toBe(false);
  });

  it("with no limit hands the spool on as it comes", () => {
    const budget = new CharBudget(0, 500);
    const out: string[] = [];
    budget.drainRows(piecesOf(rows.join(""), 3), 4, "error", (t) => out.push(t));
    expect(out).toEqual(["a\nb", "b\nc", "cc\n", "ddd", "d\n"]);
    expect(budget.cut).toBe(false);
  });
});
