import { execFileSync, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { TSX_NODE } from "./__fixtures__/tsxNode.js";
import { ReportWriteError, ThreadWriter } from "./threadWriter.js";

const dir = mkdtempSync(join(tmpdir(), "tally-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeThrough(pieces: string[], slots: number, slotBytes: number): Promise<string> {
  const path = join(dir, `out-${slots}-${slotBytes}.txt`);
  const fd = openSync(path, "w");
  try {
    const writer = new ThreadWriter(fd, slots, slotBytes);
    for (const piece of pieces) writer.write(piece);
    await writer.close();
  } finally {
    closeSync(fd);
  }
  return readFileSync(path, "utf8");
}

describe("ThreadWriter", () => {
  // Two-, three- and four-byte characters (a surrogate pair) land on every slot boundary somewhere.
  const pieces = Array.from({ length: 200 }, (_, i) => `${i}: Joo Ok-kyung é 脱北者 🚩 "quote"\n`);

  it("writes every piece in order, whole characters across slot boundaries", async () => {
    for (const [slots, slotBytes] of [
      [1, 4],
      [2, 7],
      [3, 64],
      [8, 1 << 20],
    ] as const)
      expect(await writeThrough(pieces, slots, slotBytes)).toBe(pieces.join(""));
  });

  it("writes a piece longer than the whole ring", async () => {
    const long = pieces.join("").repeat(20);
    expect(await writeThrough(["head ", long, " tail"], 2, 256)).toBe(`head ${long} tail`);
  });

  it("waits for a slow reader of a non-blocking pipe instead of failing", async () => {
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    const out = join(dir, "from-fifo.txt");
    // Many times the pipe's 64 KB buffer, read only after a pause: writes meet EAGAIN meanwhile.
    const text = pieces.join("").repeat(60);
    const bytes = Buffer.byteLength(text);
    // Opened read-write, the reader holds the pipe open at once; head stops after the bytes.
    const reader = spawn("sh", ["-c", `exec 3<>"${fifo}"; sleep 0.5; head -c ${bytes} <&3 > "${out}"`]);
    const exited = once(reader, "exit");
    let fd = -1;
    for (let tries = 0; fd === -1; tries++) {
      try {
        fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
      } catch (error) {
        // ENXIO until the reader has the pipe open.
        if ((error as NodeJS.ErrnoException).code !== "ENXIO" || tries > 500) throw error;
        await sleep(10);
      }
    }
    try {
      const writer = new ThreadWriter(fd, 4, 1024);
      writer.write(text);
      await writer.close();
    } finally {
      closeSync(fd);
    }
    await exited;
    expect(readFileSync(out, "utf8")).toBe(text);
  });

  it("writes nothing and stops cleanly when given nothing", async () => {
    expect(await writeThrough([], 4, 64)).toBe("");
  });

  it("says why when the descriptor cannot be written", async () => {
    const path = join(dir, "read-only.txt");
    writeFileSync(path, "");
    const fd = openSync(path, "r");
    try {
      const writer = new ThreadWriter(fd, 2, 16);
      const writeAll = () => {
        for (const piece of pieces) writer.write(piece);
      };
      expect(writeAll).toThrow(ReportWriteError);
      // Once failed, every call says so, with the reason the write gave.
      expect(writeAll).toThrow(/^cannot write the report: EBADF/);
      await expect(writer.close()).rejects.toThrow(/^cannot write the report: EBADF/);
    } finally {
      closeSync(fd);
    }
  });

  it("refuses slots too small for a character", () => {
    expect(() => new ThreadWriter(1, 2, 3)).toThrow(RangeError);
  });

  it("closes without hanging when the thread writes the last slot while close reads the counter", () => {
    // The child answers every atomic read of close() late: it reads, lets the writer's thread go on
    // for up to 20 ms, then answers what it read, as a main thread preempted between a read and its
    // use would. A close that waits on a second read of the counter then sleeps forever, the hang
    // seen in 5 of ~17 runs of this file on two cores; Atomics.wait blocks the event loop, so the
    // child's deadline, not vitest's, is what turns a hang into a failure.
    const script = `
      import { openSync } from "node:fs";
      const { ThreadWriter } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, "threadWriter.ts")).href)});
      const fd = openSync(${JSON.stringify(join(dir, "closes.txt"))}, "w");
      const load = Atomics.load;
      let late = false;
      Atomics.load = (array, index) => {
        const seen = load(array, index);
        const until = performance.now() + 20;
        while (late && load(array, index) === seen && performance.now() < until);
        return seen;
      };
      for (let i = 0; i < 10; i++) {
        const writer = new ThreadWriter(fd, 2, 64);
        writer.write("x".repeat(100));
        late = true;
        await writer.close();
        late = false;
      }
    `;
    const child = spawnSync(process.execPath, [...TSX_NODE, "--input-type=module", "--eval", script], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(child.stderr).toBe("");
    expect(child.signal, "close() hung").toBeNull();
    expect(child.status).toBe(0);
    expect(readFileSync(join(dir, "closes.txt"), "utf8")).toBe("x".repeat(100 * 10));
  }, 60_000);
});
