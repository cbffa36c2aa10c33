import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ChangelogBlocks } from "./ChangelogEntry.js";
import { readReleaseNotes } from "./releaseNotes.js";

afterEach(cleanup);

async function shown(markdown: string): Promise<HTMLElement> {
  const { blocks } = await readReleaseNotes(markdown);
  return render(<ChangelogBlocks blocks={blocks} />).container;
}

describe("ChangelogBlocks", () => {
  it("draws paragraphs, a tight list's items as lines, inline code and fenced code", async () => {
    const page = await shown("## 1.1.0\n\nCounts.\n\n- one `label`\n- two\n\n```sql\nselect 1\n```\n");
    expect([...page.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["Counts."]);
    expect([...page.querySelectorAll("li")].map((li) => li.innerHTML)).toEqual([
      "one <code>label</code>",
      "two",
    ]);
    expect(page.querySelector("pre > code")?.textContent).toBe("select 1");
  });

  it("shows raw HTML as its text and never as markup", async () => {
    const page = await shown('## 1.0.0\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n');
    expect(page.querySelector("script, img")).toBeNull();
    expect(page.textContent).toContain("<script>alert(1)</script>");
    expect(page.textContent).toContain('<img src=x onerror="alert(2)">');
  });

  it("links web addresses only: a javascript: link stays words", async () => {
    const page = await shown("## 1.0.0\n\n[site](https://example.org/a) and [run](javascript:alert(1))\n");
    const links = [...page.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://example.org/a"]);
    expect(links[0]?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(page.textContent).toBe("site and run");
  });

  it("isolates a quoted right-to-left value, so a change between two names reads in order (an outside audit)", async () => {
    const page = await shown(
      '## 1.1.0\n\n- claims: 1 changed (c-rtl: attributed_to "شرطة الحدود" → "משטרת הגבול")\n',
    );
    expect(page.querySelector("li")?.textContent).toBe(
      'claims: 1 changed (c-rtl: attributed_to "\u2068شرطة الحدود\u2069" → "\u2068משטרת הגבול\u2069")',
    );
  });
});
