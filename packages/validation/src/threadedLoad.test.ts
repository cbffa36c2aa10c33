import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset } from "@tally/dataset/node";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../fixtures/integrity", import.meta.url));

// A release is loaded with its manifest's checks, which read the files whole: never threaded.
const cases = readdirSync(ROOT)
  .sort()
  .filter(
    (name) => JSON.parse(readFileSync(join(ROOT, name, "expected.json"), "utf8")).release === undefined,
  );

describe("every integrity fixture, its tables read and checked by a thread, and parsed in pieces by row threads", () => {
  it("covers the working-copy fixtures", () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  for (const name of cases)
    it(`${name}: loads as it does read whole`, async () => {
      const dir = join(ROOT, name);
      const whole = await loadDataset(dir).catch((error: Error) => error);
      const threaded = await loadDataset(dir, { threadFrom: 0, rowThreads: 0 }).catch(
        (error: Error) => error,
      );
      expect(threaded).toEqual(whole);
      // Parsed in pieces of 48 bytes by row threads: cuts inside quotes, rows and headers.
      const inPieces = await loadDataset(dir, { threadFrom: 0, pieceBytes: 48 }).catch(
        (error: Error) => error,
      );
      expect(inPieces).toEqual(whole);
    });
});
