import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  TINY_CSV,
  TINY_OPTIONAL_CSV,
  type TinyOptions,
  writeTinyDataset,
} from "../__fixtures__/tinyDataset.js";
import * as parallelPlain from "../csv/parallelPlain.js";
import * as rowThreads from "../csv/rowThreads.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import * as fileChecks from "./fileChecks.js";
import { loadDataset } from "./loadDataset.js";
import type { LoadedDataset } from "./loadedDataset.js";

vi.mock("./fileChecks.js", { spy: true });
vi.mock("../csv/rowThreads.js", { spy: true });
vi.mock("../csv/parallelPlain.js", { spy: true });

/**
 * Loads `dir` three ways: its tables read whole; read and checked by a thread; and also parsed in
 * pieces of 64 bytes by row threads, so that cuts fall everywhere (inside quotes, on blank lines).
 */
async function bothWays(dir: string) {
  vi.mocked(fileChecks.checkFilesInThread).mockClear();
  vi.mocked(rowThreads.RowThreads).mockClear();
  const whole = await loadDataset(dir).catch((error: Error) => error);
  expect(fileChecks.checkFilesInThread).not.toHaveBeenCalled();
  const threaded = await loadDataset(dir, { threadFrom: 0, rowThreads: 0 }).catch((error: Error) => error);
  expect(fileChecks.checkFilesInThread).toHaveBeenCalledTimes(1);
  expect(rowThreads.RowThreads).not.toHaveBeenCalled();
  vi.mocked(parallelPlain.eachPlainRecordInThreads).mockClear();
  for (const count of [1, 2]) {
    const inPieces = await loadDataset(dir, { threadFrom: 0, rowThreads: count, pieceBytes: 64 }).catch(
      (error: Error) => error,
    );
    expect(inPieces).toEqual(threaded);
  }
  expect(rowThreads.RowThreads).toHaveBeenCalledTimes(2);
  return { whole, threaded };
}

const crlf = (text: string) => text.replaceAll("\n", "\r\n");

const CASES: Record<string, TinyOptions> = {
  "the tiny dataset": {},
  "CRLF line ends": { csv: { claims: crlf(TINY_CSV.claims), sources: crlf(TINY_CSV.sources) } },
  "a byte order mark": { csv: { events: `\ufeff${TINY_CSV.events}` } },
  "a quote inside a field, for csv-parse": {
    csv: {
      claims: `${TINY_CSV.claims}\nc-5,e-oct,s-wire,persons_returned,exact,5,5,5,a "witness",,,,,,,,five,false,`,
    },
  },
  "a quote never closed": {
    csv: { events: `${TINY_CSV.events}\ne-x,"Unclosed,2020-01-01,day,false,,Jilin,detention,` },
  },
  "mixed line ends": { csv: { sources: `${crlf(TINY_CSV.sources)}\ns-x,X,,T,,2020,year,false,,news,,` } },
  "rows that fail their schema": {
    csv: { claims: `${TINY_CSV.claims}\nc-6,e-none,s-wire,persons_returned,about,-3,x,,,,,,,,,,,maybe,` },
  },
  "a stale descriptor": {
    csv: { metrics: `${TINY_CSV.metrics}\nextra_metric,persons,count,More` },
    staleDescriptor: true,
  },
  "a row whose id cell is empty": {
    csv: {
      claims: `${TINY_CSV.claims}\n,e-oct,s-wire,persons_returned,exact,5,5,5,police,government,,,,,,,five,false,`,
    },
  },
  "optional tables": { csv: { assessments: TINY_OPTIONAL_CSV.assessments, units: TINY_OPTIONAL_CSV.units } },
};

describe("a dataset whose tables a thread reads and checks", () => {
  for (const [name, options] of Object.entries(CASES))
    it(`loads as it does read whole: ${name}`, async () => {
      const { whole, threaded } = await bothWays(await writeTinyDataset(undefined, options));
      expect(whole).not.toBeInstanceOf(Error);
      expect(threaded).toEqual(whole);
      // The row threads read the plain LF files (every case has one), not only the main thread.
      expect(parallelPlain.eachPlainRecordInThreads).toHaveBeenCalled();
    });

  it("refuses a table that is not UTF-8 with the same message", async () => {
    const bytes = Buffer.concat([Buffer.from(`${TINY_CSV.events}\n`), Buffer.from([0x65, 0x2c, 0xff, 0x0a])]);
    const { whole, threaded } = await bothWays(await writeTinyDataset(undefined, { csv: { events: bytes } }));
    expect(whole).toBeInstanceOf(Error);
    expect((whole as Error).message).toMatch(
      /events\.csv is not UTF-8 text \(first bad byte on line 4, character 3\)/,
    );
    expect(threaded).toEqual(whole);
  });

  it("finds hidden characters in cells as the whole read does, in plain and relaxed files alike", async () => {
    const { whole, threaded } = await bothWays(
      await writeTinyDataset(undefined, {
        csv: {
          // The claim's note spans two lines, and its escape is on the second (the row's line is its
          // first); events.csv is CRLF (read by csv-parse), sources.csv plain.
          claims:
            `${TINY_CSV.claims}\nc-5,e-oct,s-wire,persons_returned,exact,5,5,5,police,government,,,,,,,five,false,"two\nlines\u001b[0m"` +
            // A row that fails for its vague cell still has its escape told (an outside audit).
            "\nc-6,e-oct,s-wire,persons_returned,exact,6,6,6,police\u001b[2J,government,,,,,,,six,False,",
          events: crlf(TINY_CSV.events.replace("Mass return", "Mass \u202ereturn")),
          sources: TINY_CSV.sources.replace("Example NGO", "Example\u0000NGO"),
        },
      }),
    );
    const hidden = (whole as LoadedDataset).problems
      .filter((p) => p.code === PROBLEM_CODES.textHiddenControl)
      .map(({ file, row, line, column }) => ({ file, row, line, column }));
    expect(hidden).toEqual([
      { file: "sources.csv", row: 2, line: 3, column: "outlet" },
      { file: "events.csv", row: 1, line: 2, column: "title" },
      { file: "claims.csv", row: 5, line: 7, column: "notes" },
      { file: "claims.csv", row: 6, line: 9, column: "attributed_to" },
    ]);
    expect(threaded).toEqual(whole);
  });

  it("keeps the line of a row that did not load and names no key, as the whole read does", async () => {
    const { whole, threaded } = await bothWays(
      await writeTinyDataset(undefined, {
        csv: {
          // The second row has a field too few as well: left out for its count, it is as keyless.
          claims:
            `${TINY_CSV.claims}\n,e-oct,s-wire,persons_returned,exact,5,5,5,police,government,,,,,,,five,false,` +
            "\n,e-oct,s-wire,persons_returned,exact,5,5,5,police,government,,,,,,,five,false",
        },
      }),
    );
    expect((whole as LoadedDataset).keyless).toEqual({ claims: [7, 8] });
    expect(threaded).toEqual(whole);
  });

  it("says a table is missing as the whole read does", async () => {
    const dir = await writeTinyDataset();
    await rm(join(dir, "claims.csv"));
    vi.mocked(fileChecks.checkFilesInThread).mockClear();
    const whole = await loadDataset(dir).catch((error: Error) => error);
    const threaded = await loadDataset(dir, { threadFrom: 0 }).catch((error: Error) => error);
    expect((whole as Error).message).toMatch(/claims\.csv is missing: every dataset needs its claims table/);
    expect(threaded).toEqual(whole);
  });
});
