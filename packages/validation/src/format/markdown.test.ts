import { describe, expect, it } from "vitest";
import { finding, HOSTILE, runOf } from "./__fixtures__/hostile.js";
import { formatReport } from "./index.js";

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
      "\\`code\\` \\*\\*bold\\*\\* \\~\\~gone\\~\\~ \\[link\\](javascript:x) !\\[img\\](https://x/y.png) \\@octocat at_least",
    );
  });

  it("keeps each finding one table row: pipes escaped, line breaks as spaces", () => {
    const rows = md.split("\n").filter((l) => l.startsWith("| integrity |"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe(
      "| integrity | x&lt;y&gt;.csv:2 (column a\\|b) | ok ::error::pwned ::warning::cr&lt;/details&gt;&lt;b&gt;bold&lt;/b&gt; (--corpus &lt;dir&gt;) \\| &amp; \\u001b\\[31m |",
    );
  });
});
