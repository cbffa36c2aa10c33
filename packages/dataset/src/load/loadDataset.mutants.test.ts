import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { TINY_CSV, writeTinyDataset } from "../__fixtures__/tinyDataset.js";
import { DatasetLoadError } from "./errors.js";
import { loadDataset } from "./loadDataset.js";

const claimLines = TINY_CSV.claims.split("\n");
const [CLAIM_HEADER] = claimLines;

describe("loadDataset: a header row pasted again", () => {
  it("is one problem at its row, with the hint, and the rows after it still load", async () => {
    // Two files pasted together: the second one's header sits between rows 1 and 2.
    const claims = [CLAIM_HEADER, claimLines[1], CLAIM_HEADER, ...claimLines.slice(2)].join("\n");
    const loaded = await loadDataset(await writeTinyDataset(undefined, { csv: { claims } }));
    const inClaims = loaded.problems.filter(
      (p) => p.file === "claims.csv" && !p.code.startsWith("descriptor/"),
    );
    expect(inClaims).toEqual([
      {
        code: "csv/header-repeated",
        file: "claims.csv",
        row: 2,
        line: 3,
        column: null,
        message: "repeats the header row (two files pasted together?): remove this line",
      },
    ]);
    expect(loaded.tables.claims.map((c) => c.claim_id)).toEqual(["c-1", "c-2", "c-3", "c-4"]);
  });

  it("is told apart from a bad row that merely shares a cell with the header", async () => {
    // c-2 with a value_low no schema takes, and notes that happen to read "notes".
    const bad = claimLines[2]!.replace(",600,600,", ",six hundred,600,").replace(/,$/, ",notes");
    const claims = [CLAIM_HEADER, claimLines[1], bad, ...claimLines.slice(3)].join("\n");
    const loaded = await loadDataset(await writeTinyDataset(undefined, { csv: { claims } }));
    const codes = loaded.problems.filter((p) => p.file === "claims.csv").map((p) => [p.code, p.row]);
    expect(codes).toContainEqual(["schema/value_low", 2]);
    expect(codes).not.toContainEqual(["csv/header-repeated", 2]);
  });
});

describe("loadDataset: problems in file order", () => {
  it("puts each file's problems in the order of the files, whichever check found them", async () => {
    // The assessments row is refused while the tables load; the claim's unknown event is found
    // later, by the reference check. Sorted, claims.csv (line 6) comes before assessments.csv
    // (line 2), not after it.
    const claims = TINY_CSV.claims.replace("c-4,e-2019,", "c-4,e-nowhere,");
    const assessments = [
      "event_id,metric,low,best,high,claim_ids,rationale,assessed_by,assessed_on,assessed_on_precision",
      "e-oct,persons_returned,200,many,600,c-1 c-2,Two readings,Tally maintainers,2024-02-01,day",
    ].join("\n");
    const { problems } = await loadDataset(
      await writeTinyDataset(undefined, { csv: { claims, assessments } }),
    );
    expect(problems.map((p) => [p.file, p.line, p.code])).toEqual([
      ["claims.csv", 6, "ref/event"],
      ["assessments.csv", 2, "schema/best"],
    ]);
  });
});

describe("loadDataset: the dataset's name and version when the descriptor is refused", () => {
  it("keeps a string name and version from the refused descriptor", async () => {
    const dir = await writeTinyDataset(undefined, {
      descriptor: JSON.stringify({ name: "Tiny Data", version: "one" }),
    });
    const { ref, descriptor } = await loadDataset(dir);
    expect(descriptor).toBeNull();
    expect(ref).toMatchObject({ name: "Tiny Data", version: "one" });
  });

  it("falls back to the folder's name and 'unknown' for values that are not strings", async () => {
    const dir = await writeTinyDataset(undefined, { descriptor: JSON.stringify({ name: 5, version: 3 }) });
    const { ref } = await loadDataset(dir);
    expect(ref).toMatchObject({ name: basename(dir), version: "unknown" });
  });
});

describe("loadDataset strict", () => {
  it("names the dataset, its version and its folder in the error's first line", async () => {
    const claims = TINY_CSV.claims.replace(",600,600,", ",six hundred,600,");
    const dir = await writeTinyDataset(undefined, { csv: { claims } });
    const error = await loadDataset(dir, { strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    const [first] = (error as DatasetLoadError).message.split("\n");
    expect(first).toBe(`tiny@0.1.0 (${dir}): 1 problem`);
  });
});
