import type { ReleaseIndex } from "@tally/dataset";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ChangelogBlocks, ChangelogEntry } from "./ChangelogEntry.js";
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
      '<span dir="auto">one <code>label</code></span>',
      '<span dir="auto">two</span>',
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

  it("keeps an unquoted right-to-left name from taking the figures after it, and lets a right-to-left line run right to left (an outside audit)", async () => {
    const page = await shown(
      "## 1.1.2\n\nأزيل ادعاء، بعد المراجعة: 3 مصادر.\n\n- Renamed source משטרה, 2 claims moved.\n- قال المصدر إن 200 شخص أعيدوا.\n",
    );
    // ", 2" was drawn inside the name's run: "Renamed source 2 ,משטרה claims moved."
    expect(page.querySelectorAll("li")[0]?.textContent).toBe(
      "Renamed source \u2068משטרה\u2069, 2 claims moved.",
    );
    // A line's direction is its first letter's: an Arabic sentence drew its full stop on the right.
    expect(page.querySelector("p")?.getAttribute("dir")).toBe("auto");
    expect(page.querySelectorAll("li")[1]?.firstElementChild?.getAttribute("dir")).toBe("auto");
  });
});

describe("ChangelogEntry", () => {
  it("says no entry was published with a release whose files do not list one, not that the CHANGELOG has none", () => {
    const index = {
      name: "t",
      latest: "1.0.1",
      releases: [{ version: "1.0.1", created: "2024-01-15T00:00:00Z", sha256: {} }],
    } as unknown as ReleaseIndex;
    const page = render(
      <QueryClientProvider client={new QueryClient()}>
        <ChangelogEntry base="/data" index={index} version="1.0.1" />
      </QueryClientProvider>,
    ).container;
    expect(page.querySelector("[data-testid=no-release-notes]")?.textContent).toBe(
      "No CHANGELOG entry was published with release 1.0.1.",
    );
  });
});
