import { parse } from "csv-parse/sync";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { LICENCE } from "./citation.js";
import { type ClaimsExportInput, claimsExport } from "./claimsDownload.js";
import { publishedBase } from "./dataSource.js";
import { plainText } from "./releaseNotes.js";
import { claim } from "./testing/claimView.js";
import { DEFAULT_STATE } from "./urlState.js";

const input = (over: Partial<ClaimsExportInput> = {}): ClaimsExportInput => ({
  rows: [
    claim({ claim_id: "c1", qualifier: "about", value_low: 200, value_high: 200 }),
    claim({ claim_id: "c2", qualifier: "exact", value_low: 600, value_high: 600, outlet: "Yonhap" }),
  ],
  filters: { ...DEFAULT_STATE.filters, category: "forced_repatriation" },
  name: "tally-sample",
  title: "Sample",
  version: "1.1.0",
  base: publishedBase(),
  tolerance: 0.1,
  url: "https://example.org/?view=claims",
  today: "2026-11-28",
  licence: LICENCE,
  ...over,
});

/** The metadata file as a reader's program parses it. */
const metadataOf = (over: Partial<ClaimsExportInput> = {}): Record<string, unknown> =>
  JSON.parse(claimsExport(input(over)).metadata.text) as Record<string, unknown>;

describe("claimsExport", () => {
  it("writes a BOM CSV with human headers, labels and read intervals, and names its metadata beside it", () => {
    const files = claimsExport(input());
    expect(files.csv.name).toBe("claims-filtered-category-forced-repatriation-tally-sample-1.1.0.csv");
    expect(files.metadata.name).toBe(
      "claims-filtered-category-forced-repatriation-tally-sample-1.1.0.metadata.json",
    );
    expect(files.csv.text.startsWith("\uFEFF")).toBe(true);
    const [header, first] = files.csv.text.slice(1).split("\n");
    expect(header).toContain("Claim ID");
    expect(header).toContain("Category");
    expect(header).toContain("Attributed to (kind)");
    expect(header).toContain("Validator's low (persons)");
    expect(first).toContain("Forced repatriation");
    expect(first).toContain("Unnamed source");
    expect(first).toContain(',about,200,200,180,220,"[180, 220]",');
  });

  it("says in interval notation whether an end is excluded, which the number columns cannot", () => {
    // An outside review: "more than 30" and "at least 30" both wrote a low of 30 and no high.
    const rows = [
      claim({ claim_id: "m", qualifier: "more_than", value_low: 30, value_high: null }),
      claim({ claim_id: "a", qualifier: "at_least", value_low: 30, value_high: null }),
      claim({ claim_id: "f", qualifier: "fewer_than", value_low: null, value_high: 10 }),
    ];
    const [header, ...lines] = claimsExport(input({ rows })).csv.text.slice(1).split("\n");
    expect(header).toContain("Validator's interval (a round bracket excludes its end)");
    expect(lines.find((l) => l.startsWith("m,"))).toContain(',30,,"(30, ∞)",');
    expect(lines.find((l) => l.startsWith("a,"))).toContain(',30,,"[30, ∞)",');
    expect(lines.find((l) => l.startsWith("f,"))).toContain(',,10,"(−∞, 10)",');
  });

  it("gives the metadata the version, citation, licence, sources, filters and data address", () => {
    const metadata = metadataOf();
    expect(metadata).toMatchObject({
      title: "Claims in Sample",
      // The category's words as well as its id (an outside audit: "event = e-html" said nothing).
      subtitle: "Filtered by category = Forced repatriation (forced_repatriation)",
      dataset: "tally-sample",
      version: "1.1.0",
      licence: { name: "CC BY 4.0" },
      // The tests' page is on http://localhost: no address a reader could open (see below).
      data: null,
      origin: null,
      file: "claims-filtered-category-forced-repatriation-tally-sample-1.1.0.csv",
      rows: 2,
    });
    expect((metadata.citation as { text: string }).text).toContain("v=1.1.0");
    expect((metadata.sources as { outlet: string }[]).map((s) => s.outlet)).toEqual(["Daily NK", "Yonhap"]);
  });

  it("names a filtered download apart from the whole table, and each filter apart", () => {
    // Before: both were claims-tally-sample-1.1.0.csv, a filtered subset passing for every claim.
    const every = claimsExport(input({ filters: DEFAULT_STATE.filters }));
    expect(every.csv.name).toBe("claims-tally-sample-1.1.0.csv");
    const names = [
      every.csv.name,
      claimsExport(input()).csv.name,
      claimsExport(input({ filters: { ...DEFAULT_STATE.filters, q: "Dandong" } })).csv.name,
      claimsExport(input({ filters: { ...DEFAULT_STATE.filters, q: "Tumen" } })).csv.name,
    ];
    expect(new Set(names).size).toBe(names.length);
    for (const n of names.slice(1)) expect(n).toMatch(/^claims-filtered-/);
    expect(names[2]).toBe("claims-filtered-quote-dandong-tally-sample-1.1.0.csv");
  });

  it("keeps each claim's reporting chain: first reporter, outlets between, the claim it repeats, the reprint", () => {
    // Before, a restatement read as one more independent claim and a reprint as the outlet's own.
    const rows = [
      claim({ claim_id: "c1", outlet: "Radio Free Asia", via: "American Military News" }),
      claim({
        claim_id: "c2",
        first_reported_by: "Chosun Ilbo",
        reported_via: "Yonhap; KBS",
        repeats_claim_id: "c1",
        author: "Kim Jane",
      }),
    ];
    const [columns, first, second] = parse(claimsExport(input({ rows })).csv.text.slice(1)) as string[][];
    const cell = (line: string[], name: string) => line[columns!.indexOf(name)];
    for (const name of ["First reported by", "Reported via", "Repeats claim", "Reprinted by", "Author"])
      expect(columns).toContain(name);
    expect(cell(first!, "Reprinted by")).toBe("American Military News");
    expect(cell(first!, "Repeats claim")).toBe("");
    expect(cell(second!, "First reported by")).toBe("Chosun Ilbo");
    expect(cell(second!, "Reported via")).toBe("Yonhap; KBS");
    expect(cell(second!, "Repeats claim")).toBe("c1");
    expect(cell(second!, "Author")).toBe("Kim Jane");
  });

  it("keeps the claim a share is of, as the evidence panel's 'Based on'", () => {
    const rows = [
      claim({ claim_id: "c002", metric: "repatriated_persons" }),
      claim({ claim_id: "c003", metric: "women_share", unit: "percent", base_claim_id: "c002" }),
    ];
    const [columns, whole, share] = parse(claimsExport(input({ rows })).csv.text.slice(1)) as string[][];
    const at = columns!.indexOf("Based on claim");
    expect(at).toBeGreaterThan(-1);
    expect([whole![at], share![at]]).toEqual(["", "c002"]);
  });

  it("keeps the day a figure was true of, and whether it was inferred", () => {
    // An outside review: "As of 2024-01-15" was in the evidence panel and in no CSV.
    const rows = [
      claim({ claim_id: "c6", as_of: "2024-01-15", as_of_inferred: false }),
      claim({ claim_id: "c7", as_of: null, as_of_inferred: false }),
      claim({ claim_id: "c8", as_of: "2019-07", as_of_inferred: true }),
    ];
    const [columns, ...lines] = parse(claimsExport(input({ rows })).csv.text.slice(1)) as string[][];
    const cells = (name: string) => lines.map((line) => line[columns!.indexOf(name)]);
    expect(cells("As of")).toEqual(["2024-01-15", "", "2019-07"]);
    expect(cells("As of inferred")).toEqual(["false", "false", "true"]);
  });

  it("cites no address on the machine's own server, and the published one when the page has one", () => {
    // An outside review: charts exported from `npm start` cited "Data: http://localhost:4451/…".
    // The tests' page, and so the published base, is on http://localhost.
    const local = metadataOf({ url: "http://127.0.0.1:4173/?view=claims" });
    expect(local.data).toBeNull();
    const text = (local.citation as { text: string }).text;
    expect(text).not.toContain("127.0.0.1");
    expect(text).toMatch(/tally-sample\), version 1\.1\.0\. .* Accessed 2026-11-28\.$/);
    const published = metadataOf({ base: "https://tally.example.org/data" });
    expect(published.data).toBe("https://tally.example.org/data/releases/1.1.0/");
    expect((published.citation as { text: string }).text).toContain(
      "https://example.org/?view=claims&v=1.1.0 (accessed 2026-11-28).",
    );
  });

  it("names the address of data that is not the published release", () => {
    const metadata = metadataOf({ base: "https://mirror.example/data" });
    expect(metadata.origin).toBe("Data from https://mirror.example/data, not the published release.");
    expect(metadata.data).toBe("https://mirror.example/data/releases/1.1.0/");
    expect((metadata.citation as { text: string }).text).toContain("https://mirror.example/data");
  });

  it("writes a README a CommonMark parser reads as the data's text, with no HTML or markup in it", () => {
    // An outside audit: a title `<img src=x onerror=…>` and an outlet `<svg onload=…>` were copied
    // into the README raw, and a CommonMark parser read both as HTML nodes.
    const title = '<img src=x onerror="window.__xss=1">Event & "quotes" *x* [a](b)';
    const outlet = '<svg onload="alert(1)">Evil &amp; "Co", Ltd</svg>';
    const { readme } = claimsExport(
      input({ title, rows: [claim({ claim_id: "c1", outlet, published: "2019-05-02" })] }),
    );
    const tree = fromMarkdown(readme.text);
    const types = new Set<string>();
    const walk = (n: Nodes) => {
      types.add(n.type);
      if ("children" in n) for (const c of n.children) walk(c);
    };
    walk(tree);
    expect([...types].sort()).toEqual(["heading", "list", "listItem", "paragraph", "root", "text"]);
    const [heading] = tree.children;
    expect(heading?.type === "heading" && plainText(heading)).toBe(`Claims in ${title}`);
    const last = tree.children.at(-1)!;
    expect(plainText(last)).toContain(`Sources: ${outlet} (2019-05-02`);
  });
});
