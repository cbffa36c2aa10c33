import { parse } from "csv-parse/browser/esm/sync";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { RELEASE_COLUMN, tableFiles, zipTableFiles } from "./exportFiles.js";

const META = {
  title: "Reported repatriations, 9 Oct 2023",
  subtitle: "Repatriated persons (persons)",
  attribution: "Sources: Daily NK (2023-10-10); NK Insider (2023-10-11)",
  dataset: "tally-nk",
  version: "1.2.0",
  licence: "CC BY 4.0",
  exportedAt: "2026-11-29",
  dataUrl: "https://tally.example.org/data/releases/1.2.0/",
};
const CITATION = {
  text: "Tally (2026). tally-nk, version 1.2.0.",
  bibtex: "@misc{tally}",
  cslJson: '{"type":"dataset"}',
  licence: {
    title: "Creative Commons Attribution 4.0",
    path: "https://creativecommons.org/licenses/by/4.0/",
  },
};
const ROWS = [
  { claim_id: "c001", value: 200, outlet: "Daily NK" },
  { claim_id: "c004", value: 600, outlet: "NK Insider" },
];
const COLUMNS = [
  { key: "claim_id", header: "Claim" },
  { key: "value", header: "Figure (persons)" },
];
const files = () =>
  tableFiles({
    stem: "repatriations-tally-nk-1.2.0",
    meta: META,
    citation: CITATION,
    rows: ROWS,
    columns: COLUMNS,
  });

describe("tableFiles", () => {
  it("writes names as the data has them, without the isolates the chart draws around them", () => {
    const rtl = tableFiles({
      stem: "s",
      meta: {
        ...META,
        title: "Detentions — \u2068Persons detained محتجزون\u2069: 3 claims compared",
        subtitle: "\u2068Persons detained محتجزون\u2069 (persons)",
        attribution: "Sources: \u2068الجزيرة نت\u2069 (2023-10-11)",
      },
      citation: CITATION,
      rows: [{ claim_id: "c001", value: 45, outlet: "الجزيرة نت" }],
      columns: COLUMNS,
    });
    for (const f of [rtl.csv, rtl.metadata, rtl.readme]) expect(f.text, f.name).not.toMatch(/[\u2068\u2069]/);
    const metadata = JSON.parse(rtl.metadata.text) as { title: string };
    expect(metadata.title).toBe("Detentions — Persons detained محتجزون: 3 claims compared");
  });

  it("names every row's release in the CSV, so the table alone still says where it came from", () => {
    const { csv } = files();
    expect(csv.name).toBe("repatriations-tally-nk-1.2.0.csv");
    expect(parse(csv.text.slice(1))).toEqual([
      ["Claim", "Figure (persons)", RELEASE_COLUMN.header],
      ["c001", "200", "tally-nk@1.2.0"],
      ["c004", "600", "tally-nk@1.2.0"],
    ]);
  });

  it("lists the release column among the metadata's columns and counts the rows", () => {
    const metadata = JSON.parse(files().metadata.text) as {
      columns: { name: string }[];
      rows: number;
      file: string;
    };
    expect(metadata.columns.map((c) => c.name)).toEqual(["Claim", "Figure (persons)", RELEASE_COLUMN.header]);
    expect(metadata.rows).toBe(2);
    expect(metadata.file).toBe("repatriations-tally-nk-1.2.0.csv");
  });

  it("writes a README with the citation, the licence, the files and where the data comes from", () => {
    const { readme } = files();
    expect(readme.name).toBe("repatriations-tally-nk-1.2.0.README.md");
    for (const part of [
      "# Reported repatriations, 9 Oct 2023",
      CITATION.text,
      "Licence: Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/)",
      "- repatriations-tally-nk-1.2.0.csv: 2 rows",
      "- repatriations-tally-nk-1.2.0.metadata.json:",
      "Dataset tally-nk@1.2.0, exported 2026-11-29.",
      "Release files: https://tally.example.org/data/releases/1.2.0/",
      META.attribution,
    ])
      expect(readme.text).toContain(part);
    const local = tableFiles({
      stem: "s",
      meta: { ...META, dataUrl: undefined },
      citation: CITATION,
      rows: [ROWS[0]!],
      columns: COLUMNS,
    });
    expect(local.readme.text).not.toContain("Release files:");
    expect(local.readme.text).toContain("- s.csv: 1 row,");
  });
  it("writes text from the data as text, never as Markdown or HTML", () => {
    // An outside audit: an event titled `<img src=x onerror=…>` and an outlet `<svg onload=…>`
    // were copied into the README raw, and a CommonMark parser read both as HTML.
    const { readme } = tableFiles({
      stem: "s",
      meta: {
        ...META,
        title: '<img src=x onerror="window.__xss=1">Event & "quotes" — Persons detained',
        subtitle: "* Event date Apr 2019",
        attribution: 'Sources: <svg onload="alert(1)">Evil &amp; "Co", Ltd</svg> (2019-05-02) citing [x](y)',
        origin: "Data from http://127.0.0.1:4642/e2e-data/hostile, not the published release.",
      },
      citation: { ...CITATION, text: "`Tally` (2026). *tally-nk*" },
      rows: ROWS,
      columns: COLUMNS,
    });
    const lines = readme.text.split("\n");
    expect(lines[0]).toBe(
      '# \\<img src=x onerror="window.\\_\\_xss=1"\\>Event \\& "quotes" — Persons detained',
    );
    expect(lines[2]).toBe("\\* Event date Apr 2019");
    expect(lines).toContain("\\`Tally\\` (2026). \\*tally-nk\\*");
    expect(lines).toContain(
      'Sources: \\<svg onload="alert(1)"\\>Evil \\&amp; "Co", Ltd\\</svg\\> (2019-05-02) citing \\[x\\](y)',
    );
    // Plain text stays as written.
    expect(lines).toContain("Data from http://127.0.0.1:4642/e2e-data/hostile, not the published release.");
    expect(readme.text).not.toMatch(/(?<!\\)</);
  });
});

describe("zipTableFiles", () => {
  it("holds the three files, byte for byte, in one archive", () => {
    const f = files();
    const entries = unzipSync(zipTableFiles(f));
    expect(Object.keys(entries).sort()).toEqual([f.csv.name, f.readme.name, f.metadata.name].sort());
    // Bytes: a decoder would drop the byte order mark the spreadsheet programs need.
    expect([...entries[f.csv.name]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(entries[f.csv.name]).toEqual(strToU8(f.csv.text));
    expect(strFromU8(entries[f.metadata.name]!)).toBe(f.metadata.text);
    expect(strFromU8(entries[f.readme.name]!)).toBe(f.readme.text);
  });
});
