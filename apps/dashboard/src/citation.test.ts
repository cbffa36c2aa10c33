import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bibtex, citation, cslJson, LICENCE, pinnedUrl } from "./citation.js";

const INPUT = {
  name: "tally-nk",
  title: "Reported counts & more",
  version: "1.0.0",
  view: "Tumen — Repatriated persons: 9 claims compared",
  url: "https://example.org/app/?view=discrepancies&event=e1#x",
  accessed: "2026-11-28",
};

describe("citation", () => {
  it("pins the version in the address, keeping the view's parameters", () => {
    const url = new URL(pinnedUrl(INPUT.url, "1.0.0"));
    expect(url.searchParams.get("v")).toBe("1.0.0");
    expect(url.searchParams.get("event")).toBe("e1");
    expect(pinnedUrl("https://example.org/?v=0.9.0", "1.0.0")).toBe("https://example.org/?v=1.0.0");
  });

  it("names the version, the licence and the pinned address in every form", () => {
    const text = citation(INPUT);
    expect(text).toContain("version 1.0.0");
    expect(text).toContain("CC BY 4.0");
    expect(text).toContain("v=1.0.0");
    const bib = bibtex(INPUT);
    expect(bib).toMatch(/^@misc\{tally-nk-1\.0\.0,/);
    expect(bib).toContain("Reported counts \\& more");
    expect(bib).toContain("CC BY 4.0");
    const [item] = JSON.parse(cslJson(INPUT)) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: "dataset",
      version: "1.0.0",
      accessed: { "date-parts": [[2026, 11, 28]] },
    });
    expect(String(item!.URL)).toContain("v=1.0.0");
    expect(String(item!.license)).toContain("CC BY 4.0");
  });

  it("names the licence data/datapackage.json declares", () => {
    const pkg = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../../data/datapackage.json"), "utf8"),
    );
    expect(pkg.licenses[0]).toMatchObject({ name: LICENCE.name, title: LICENCE.title, path: LICENCE.path });
  });
});
