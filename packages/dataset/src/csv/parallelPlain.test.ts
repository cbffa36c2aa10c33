import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { fileChunks } from "./fileChunks.js";
import { codedFields, eachPlainRecordInThreads, pieceCuts } from "./parallelPlain.js";
import { eachPlainRecord, plainLayout } from "./plainCsv.js";
import { RowThreads } from "./rowThreads.js";

const dir = mkdtempSync(join(tmpdir(), "tally-pieces-"));
const threads = [new RowThreads(1, 4), new RowThreads(2, 4)];
afterAll(async () => {
  for (const t of threads) await t.close();
});

/** A file of `rows` records: repeated and distinct values, quotes, a line break in a quote, blank lines. */
function writeRows(name: string, rows: number, eachRow: (i: number) => string, end = "\n"): string {
  const path = join(dir, name);
  const lines = ["id,kind,text"];
  for (let i = 0; i < rows; i++) lines.push(eachRow(i));
  writeFileSync(path, `\ufeff${lines.join("\n")}${end}`);
  return path;
}

const HOSTILE = (i: number) =>
  i % 17 === 0
    ? ""
    : i % 13 === 0
      ? `r${i},"quoted, with comma","a ""quote"" and a
line break"`
      : i % 11 === 0
        ? `r${i},short row`
        : `r${i},${["news", "ngo", "government"][i % 3]},text number ${i}`;

type Read = { fields: string[]; line: number; lastLine: number; coded: boolean };

/** Every record as the plain reader reads the file, and as the threads do. */
async function bothWays(path: string, rowThreads: RowThreads | FailingThreads, pieceBytes: number) {
  const bytes = readFileSync(path);
  const layout = plainLayout(bytes)!;
  const plain: Read[] = [];
  eachPlainRecord(fileChunks(path, bytes.length, layout.start), layout, (fields, line, lastLine) =>
    plain.push({ fields: [...fields], line, lastLine, coded: false }),
  );
  const threaded: Read[] = [];
  await eachPlainRecordInThreads(
    { path, size: bytes.length },
    layout,
    rowThreads as RowThreads,
    (fields, line, lastLine) => threaded.push({ fields: [...fields], line, lastLine, coded: false }),
    (piece, r, line, lastLine) =>
      threaded.push({ fields: codedFields(piece, r), line, lastLine, coded: true }),
    pieceBytes,
  );
  const strip = (records: Read[]) => records.map(({ coded: _, ...rest }) => rest);
  expect(strip(threaded)).toEqual(strip(plain));
  return threaded;
}

/** Row threads that fail every piece, as a thread whose heap is full would. */
class FailingThreads {
  count = 1;
  ask() {
    const answer = Promise.reject(new Error("out of memory"));
    answer.catch(() => {});
    return answer;
  }
}

describe("eachPlainRecordInThreads", () => {
  it("cuts a file after line feeds into pieces that cover it", () => {
    const path = writeRows("cuts.csv", 200, (i) => `r${i},ngo,text ${i}`);
    const size = statSync(path).size;
    const cuts = pieceCuts(openSync(path, "r"), path, size, 3, 500);
    expect(cuts[0]).toBe(3);
    expect(cuts.at(-1)).toBe(size);
    const text = readFileSync(path);
    for (const cut of cuts.slice(1, -1)) expect(text[cut - 1]).toBe(10);
    expect(cuts.length).toBeGreaterThan(5);
  });

  for (const [count, t] of threads.map((t) => [t.count, t] as const))
    it(`hands on the plain reader's records, lines and fields, most of them coded (${count} thread${count === 1 ? "" : "s"})`, async () => {
      const path = writeRows(`hostile-${count}.csv`, 600, HOSTILE);
      // Pieces of 300 bytes: quoted line breaks fall on cuts, which the main thread reads on from.
      const records = await bothWays(path, t, 300);
      expect(records.filter((r) => r.coded).length).toBeGreaterThan(100);
    });

  it("reads a file without a final line break and one with a single piece", async () => {
    await bothWays(
      writeRows("no-final-break.csv", 300, (i) => `r${i},news,plain ${i}`, ""),
      threads[0]!,
      256,
    );
    await bothWays(
      writeRows("one-piece.csv", 3, (i) => `r${i},news,plain ${i}`),
      threads[0]!,
      1 << 20,
    );
  });

  it("reads one file to the end when its path is replaced during the read (a save by rename)", async () => {
    const path = writeRows("replaced.csv", 400, (i) => `r${i},news,first version ${i % 10}`);
    const other = writeRows("replacement.csv", 400, (i) => `s${i},news,other version ${i % 10}`);
    const layout = plainLayout(readFileSync(path))!;
    const ids: string[] = [];
    let swapped = false;
    const take = (id: string) => {
      ids.push(id);
      if (!swapped) renameSync(other, path);
      swapped = true;
    };
    await eachPlainRecordInThreads(
      { path, size: statSync(other).size },
      layout,
      threads[1]!,
      (fields) => take(fields[0]!),
      (piece, r) => take(codedFields(piece, r)[0]!),
      300,
    );
    expect(ids).toEqual(["id", ...Array.from({ length: 400 }, (_, i) => `r${i}`)]);
  });

  it("reads a file again from the start with the same threads", async () => {
    const path = writeRows("twice.csv", 300, (i) => `r${i},${["news", "ngo"][i % 2]},same ${i % 7}`);
    // A long trial, so that the repeated values are coded: numbers of the first reading must not
    // be read against the second's dictionaries.
    const coding = new RowThreads(1, 65_536);
    try {
      const first = await bothWays(path, coding, 200);
      const second = await bothWays(path, coding, 200);
      expect(second).toEqual(first);
      expect(second.filter((r) => r.coded).length).toBeGreaterThan(100);
    } finally {
      await coding.close();
    }
  });

  it("reads the rest of the file itself when its thread stops in the middle", async () => {
    const path = writeRows("stopped.csv", 600, HOSTILE);
    const bytes = readFileSync(path);
    const layout = plainLayout(bytes)!;
    const plain: string[][] = [];
    eachPlainRecord(fileChunks(path, bytes.length, layout.start), layout, (fields) =>
      plain.push([...fields]),
    );
    const dying = new RowThreads(1, 4);
    const read: string[][] = [];
    let stopping: Promise<void> | null = null;
    let readHereAfter = 0;
    await eachPlainRecordInThreads(
      { path, size: bytes.length },
      layout,
      dying,
      (fields) => {
        read.push([...fields]);
        if (stopping) readHereAfter++;
      },
      (piece, r) => {
        read.push(codedFields(piece, r));
        // The thread is stopped once it has answered: what it still owes fails.
        stopping ??= dying.close();
      },
      300,
    );
    await stopping;
    expect(read).toEqual(plain);
    // Most of the file was read by the main thread once the thread had stopped.
    expect(readHereAfter).toBeGreaterThan(400);
  });

  it("reads the rest of the file itself when a thread fails", async () => {
    const path = writeRows("failing.csv", 400, HOSTILE);
    const records = await bothWays(path, new FailingThreads(), 300);
    expect(records.some((r) => r.coded)).toBe(false);
  });

  it("lets the process end when a load stops without closing its threads, whatever flags node was given", () => {
    const tsx = pathToFileURL(
      fileURLToPath(new URL("../../../../node_modules/tsx/dist/loader.mjs", import.meta.url)),
    );
    const child = fileURLToPath(new URL("./__fixtures__/unclosedThreads.ts", import.meta.url));
    // Imported from `node --input-type=module -e` too, whose flag a thread must not inherit: its
    // program is CommonJS text.
    const imported = `await import(${JSON.stringify(pathToFileURL(child).href)})`;
    for (const how of [[child], ["--input-type=module", "-e", imported]]) {
      const run = spawnSync(process.execPath, ["--import", tsx.href, ...how], {
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe("2 rows, 12 bytes\n");
      // A thread held open would have kept it running until the timeout killed it.
      expect(run.status).toBe(0);
    }
  });
});
