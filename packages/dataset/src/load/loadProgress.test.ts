import { statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTinyDataset } from "../__fixtures__/tinyDataset.js";
import { loadDataset } from "./loadDataset.js";
import type { LoadStep } from "./loadProgress.js";

const FILES = ["claims.csv", "sources.csv", "events.csv", "metrics.csv"];

/** The steps a load of `dir` tells of, with `options`. */
async function stepsOf(dir: string, options: Parameters<typeof loadDataset>[1] = {}): Promise<LoadStep[]> {
  const steps: LoadStep[] = [];
  await loadDataset(dir, { ...options, onProgress: (step) => steps.push(step) });
  return steps;
}

describe("loadDataset's onProgress", () => {
  for (const [way, options] of [
    ["read whole", {}],
    ["read in pieces by a row thread", { threadFrom: 0, rowThreads: 1, pieceBytes: 64 }],
  ] as const)
    it(`${way}: tells of each table from none of its bytes to all of them, then of the references`, async () => {
      const dir = await writeTinyDataset();
      try {
        const steps = await stepsOf(dir, options);
        expect(steps.at(-1)).toEqual({ step: "references" });
        const tables = steps.flatMap((s) => (s.step === "table" ? [s] : []));
        expect([...new Set(tables.map((s) => s.file))].sort()).toEqual([...FILES].sort());
        for (const file of FILES) {
          const told = tables.filter((s) => s.file === file);
          const bytes = statSync(join(dir, file)).size;
          expect(told.every((s) => s.bytes === bytes)).toBe(true);
          expect(told[0]!.bytesRead).toBe(0);
          expect(told.at(-1)!.bytesRead).toBe(bytes);
          const read = told.map((s) => s.bytesRead);
          expect(read).toEqual([...read].sort((a, b) => a - b));
        }
        // A table is done before the next begins: the steps of one file are not interleaved.
        const order = tables.map((s) => s.file).filter((f, i, all) => f !== all[i - 1]);
        expect(new Set(order).size).toBe(order.length);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

  it("tells of the pieces between a large table's start and end", async () => {
    const dir = await writeTinyDataset();
    try {
      const steps = await stepsOf(dir, { threadFrom: 0, rowThreads: 1, pieceBytes: 64 });
      const bytes = statSync(join(dir, "claims.csv")).size;
      const between = steps.filter(
        (s) => s.step === "table" && s.file === "claims.csv" && s.bytesRead > 0 && s.bytesRead < bytes,
      );
      // 64-byte pieces of a file several hundred bytes long.
      expect(between.length).toBeGreaterThan(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
