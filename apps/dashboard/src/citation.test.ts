import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bibtex, citation, citationKey, cslJson, LICENCE, licenceOf, pinnedUrl, today } from "./citation.js";

const INPUT = {
  licence: LICENCE,
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
    expect(bib).toMatch(/^@misc\{tally-nk-1\.0\.0-tumen-repatriated-persons-9-claims-compared,/);
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

  // An outside review: a fixture declaring CC0-1.0 was exported and cited as CC BY 4.0.
  it("names the licence the shown release declares, and none it does not", () => {
    const cc0 = licenceOf({ licenses: [{ name: "CC0-1.0", title: "Creative Commons Zero" }] });
    expect(cc0).toEqual({
      short: "CC0 1.0",
      title: "Creative Commons Zero",
      path: "https://creativecommons.org/publicdomain/zero/1.0/",
    });
    const cited = { ...INPUT, licence: cc0 };
    expect(citation(cited)).toContain(
      "licensed CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/).",
    );
    expect(bibtex(cited)).toContain("licensed CC0 1.0");
    expect(JSON.parse(cslJson(cited))[0].license).toBe(
      "CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)",
    );
    expect(citation(cited)).not.toContain("CC BY");
    expect(licenceOf({ licenses: [{ name: "CC-BY-4.0" }] })).toMatchObject({
      short: "CC BY 4.0",
      path: LICENCE.path,
    });
    // An id Tally does not know is printed as declared; a summary without licences guesses none.
    expect(licenceOf({ licenses: [{ name: "Proprietary-1", path: "https://example.org/terms" }] })).toEqual({
      short: "Proprietary-1",
      title: "Proprietary-1",
      path: "https://example.org/terms",
    });
    // Named by its address alone, the address is not printed twice.
    const byPath = licenceOf({ licenses: [{ path: "https://example.org/terms" }] });
    expect(citation({ ...INPUT, licence: byPath })).toContain("licensed https://example.org/terms.");
    const unknown = licenceOf({});
    expect(unknown.path).toBeNull();
    expect(citation({ ...INPUT, licence: unknown })).toContain("licensed as its datapackage.json declares.");
  });

  // An outside review: every chart of a release had the one key, and no year ("n.d." in most styles).
  it("gives each chart its own key and dates the entry by the release", () => {
    const trends = { ...INPUT, view: "Reported counts over time, by category and metric" };
    const arrivals = { ...INPUT, view: "Arrivals in South Korea by period: Jan–Jun 2018, Jan–Jun 2019" };
    const keys = [INPUT, trends, arrivals, { ...INPUT, view: "Claims" }].map(citationKey);
    expect(new Set(keys).size).toBe(4);
    expect(citationKey(arrivals)).toBe(
      "tally-nk-1.0.0-arrivals-in-south-korea-by-period-jan-jun-2018-jan-jun-2019",
    );
    const long = citationKey({
      ...INPUT,
      view: "Dandong and Tumen repatriation, 9 Oct 2023 — North Koreans forcibly returned: 7 claims compared",
    });
    expect(long).toBe("tally-nk-1.0.0-dandong-and-tumen-repatriation-9-oct-2023-north-koreans-forcibly");
    // Accents dropped, not split ("pe-rez"); a title of other letters tagged, never the bare key.
    expect(citationKey({ ...INPUT, view: "Pérez report" })).toBe("tally-nk-1.0.0-perez-report");
    const korean = citationKey({ ...INPUT, view: "탈북민 강제북송" });
    expect(korean).toMatch(/^tally-nk-1\.0\.0-[0-9a-f]{6}$/);
    expect(citationKey({ ...INPUT, view: "탈북민 구금" })).not.toBe(korean);
    const dated = { ...INPUT, issued: "2026-11-28T15:54:23.513Z" };
    expect(bibtex(dated)).toContain("  year = {2026},\n  date = {2026-11-28},");
    expect(JSON.parse(cslJson(dated))[0].issued).toEqual({ "date-parts": [[2026, 11, 28]] });
    expect(citation(dated)).toContain("version 1.0.0 (2026-11-28). Tumen");
    expect(bibtex(INPUT)).not.toContain("year");
    expect(JSON.parse(cslJson(INPUT))[0]).not.toHaveProperty("issued");
  });
});

describe("today", () => {
  it("is the reader's calendar date, not UTC's", () => {
    const tz = process.env.TZ;
    try {
      // 22:30 on 30 Nov in New York is already 1 Dec in UTC.
      process.env.TZ = "America/New_York";
      expect(today(new Date("2026-12-01T03:30:00Z"))).toBe("2026-11-30");
      process.env.TZ = "Asia/Seoul";
      expect(today(new Date("2026-11-30T20:00:00Z"))).toBe("2026-12-01");
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
