import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnsOf } from "../schema/tables.js";
import { readCsv } from "./readCsv.js";

const HEADER = columnsOf("metrics").join(",");
const piece = fc.constantFrom("a", "b", ",", '"', '""', "\n", "\r\n", "\r", " ", "é", "\uFEFF");
const body = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

describe("readCsv on hostile input", () => {
  it("never throws, and every row and problem is located inside the file, in order", () => {
    fc.assert(
      fc.property(body, (tail) => {
        const text = `${HEADER}\n${tail}`;
        const lines = text.split(/\r\n|\n|\r/).length;
        const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
        const rowLines = rows.map((r) => r.line);
        expect(rowLines).toEqual([...rowLines].sort((a, b) => a - b));
        for (const { line, row } of rows) {
          expect(line).toBeGreaterThan(1);
          expect(line).toBeLessThanOrEqual(lines);
          expect(row).toBeGreaterThan(0);
        }
        for (const p of problems) if (p.line !== null) expect(p.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 500 },
    );
  });

  it("loses no row silently: each data record is either read or named by a problem", () => {
    const record = fc
      .array(fc.constantFrom("x", "y z", '"q,\nr"', ""), { minLength: 3, maxLength: 5 })
      .map((cells) => cells.join(","));
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (records) => {
        const { rows, problems } = readCsv(`${HEADER}\n${records.join("\n")}`, "metrics.csv", "metrics");
        const reported = new Set(problems.map((p) => p.row));
        for (let row = 1; row <= records.length; row++)
          expect(rows.some((r) => r.row === row) || reported.has(row)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
