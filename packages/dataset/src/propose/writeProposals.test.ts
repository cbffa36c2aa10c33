import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { rowsCsv } from "../csv/rowsCsv.js";
import { claimSchema } from "../schema/claim.js";
import { columnsOf } from "../schema/tables.js";
import { proposeClaims } from "./proposeClaims.js";
import { formatProposals, proposalPieces } from "./writeProposals.js";

const TEXT = "A source said about 200 were sent back, “all in handcuffs.” Hundreds more were held.";
const proposals = proposeClaims(TEXT, { sourceId: "s-test" });

describe("formatProposals", () => {
  it("writes claims.csv's header and column order, with booleans spelled out and empty cells for null", () => {
    const csv = formatProposals(proposals, "csv");
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toEqual(columnsOf("claims"));
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(header!.map((c, k) => [c, rows[0]![k]]));
    expect(row).toMatchObject({
      claim_id: "new-1",
      event_id: "",
      figure_text: "about 200",
      value_low: "200",
      vague: "false",
      as_of_inferred: "false",
      quote: "A source said about 200 were sent back, “all in handcuffs.”",
    });
    expect(rows[1]![header!.indexOf("vague")]).toBe("true");
  });

  it("a reviewed row (event_id and metric filled in) loads as a claim", () => {
    const [header, first] = parse(formatProposals(proposals, "csv")) as string[][];
    const row = Object.fromEntries(header!.map((c, k) => [c, first![k]]));
    const parsed = claimSchema.safeParse({ ...row, event_id: "e-oct", metric: "persons_returned" });
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("writes JSON objects with the same keys in the same order", () => {
    const json = JSON.parse(formatProposals(proposals, "json")) as Record<string, unknown>[];
    expect(json.map((o) => Object.keys(o))).toEqual([columnsOf("claims"), columnsOf("claims")]);
    expect(json[1]).toMatchObject({
      figure_text: "Hundreds",
      qualifier: "at_least",
      value_low: 100,
      value_high: null,
    });
  });

  it("writes many proposals in pieces that make the same text as one string would", () => {
    // An outside audit: 430,000 proposals made a CSV longer than V8's longest string.
    const many = proposeClaims("Police held 40 people on the road. ".repeat(2500), { sourceId: "s-test" });
    expect(many).toHaveLength(2500);
    const columns = columnsOf("claims");
    const rows = many.map((p) =>
      Object.fromEntries(columns.map((c) => [c, (p as Record<string, unknown>)[c] ?? null])),
    );
    for (const [format, whole] of [
      ["csv", rowsCsv(rows, columns)],
      ["json", `${JSON.stringify(rows, null, 2)}\n`],
    ] as const) {
      const pieces = [...proposalPieces(many, format)];
      expect(pieces.length, format).toBe(3);
      for (const piece of pieces) expect(piece.endsWith("\n"), format).toBe(true);
      expect(pieces.join(""), format).toBe(whole);
    }
    expect(formatProposals([], "json")).toBe("[]\n");
    expect(formatProposals([], "csv")).toBe(`${columns.join(",")}\n`);
  });
});
