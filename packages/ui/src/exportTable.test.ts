import { parse } from "csv-parse/browser/esm/sync";
import { describe, expect, it } from "vitest";
import { BOM, exportCsv, exportMetadata, exportSources } from "./exportTable.js";

const ROWS = [
  {
    claim_id: "c1",
    outlet: "Daily NK",
    url: "https://a.example/1",
    published: "2023-10-10",
    value_low: 180,
    quote: "“about 200”",
  },
  {
    claim_id: "c2",
    outlet: "Daily NK",
    url: "https://a.example/1",
    published: "2023-10-10",
    value_low: 600,
    quote: '=HYPERLINK("x")',
  },
  {
    claim_id: "c3",
    outlet: "Yonhap",
    url: "https://b.example/2",
    published: "2023-10-12",
    value_low: null,
    quote: "",
  },
];
const COLUMNS = [
  { key: "claim_id", header: "Claim" },
  { key: "value_low", header: "Low (persons)" },
  { key: "quote", header: "Quote" },
];

describe("exportCsv", () => {
  it("starts with a BOM, uses the human headers and keeps formula escaping", () => {
    const csv = exportCsv(ROWS, COLUMNS);
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows).toEqual([
      ["Claim", "Low (persons)", "Quote"],
      ["c1", "180", "“about 200”"],
      ["c2", "600", '\'=HYPERLINK("x")'],
      ["c3", "", ""],
    ]);
  });
});

describe("exportMetadata", () => {
  it("lists each source once and carries title, version, citation, licence and data address", () => {
    expect(exportSources(ROWS).map((s) => s.outlet)).toEqual(["Daily NK", "Yonhap"]);
    const m = exportMetadata({
      meta: {
        title: "T",
        attribution: "Sources: …",
        dataset: "tally",
        version: "1.0.0",
        licence: "CC BY 4.0",
        exportedAt: "2026-11-28",
        dataUrl: "https://x.example/data/releases/1.0.0/",
      },
      citation: {
        text: "Plain",
        bibtex: "@dataset{x}",
        cslJson: '[{"id":"x","type":"dataset"}]',
        licence: {
          title: "Creative Commons Attribution 4.0",
          path: "https://creativecommons.org/licenses/by/4.0/",
        },
      },
      rows: ROWS,
      columns: COLUMNS,
      file: "t.csv",
    });
    expect(m).toMatchObject({
      title: "T",
      version: "1.0.0",
      data: "https://x.example/data/releases/1.0.0/",
      licence: { name: "CC BY 4.0" },
      citation: { text: "Plain", csl_json: [{ id: "x" }] },
      rows: 3,
      origin: null,
    });
    expect((m.columns as { name: string }[]).map((c) => c.name)).toEqual(["Claim", "Low (persons)", "Quote"]);
  });

  it("carries the origin note for data that is not the published release", () => {
    const origin = "Data from http://127.0.0.1:4621/data, not the published release.";
    const m = exportMetadata({
      meta: {
        title: "T",
        attribution: "",
        dataset: "tally",
        version: "1.0.0",
        licence: "CC BY 4.0",
        exportedAt: "2026-11-28",
        origin,
      },
      citation: { text: `Plain ${origin}`, bibtex: "", cslJson: "[]", licence: { title: "", path: "" } },
      rows: ROWS,
      columns: COLUMNS,
      file: "t.csv",
    });
    expect(m.origin).toBe(origin);
  });
});
