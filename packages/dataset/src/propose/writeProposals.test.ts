import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { claimSchema } from "../schema/claim.js";
import { columnsOf } from "../schema/tables.js";
import { proposeClaims } from "./proposeClaims.js";
import { formatProposals } from "./writeProposals.js";

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
});
