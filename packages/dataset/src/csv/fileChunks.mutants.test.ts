import { appendFileSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatasetReadError } from "../load/errors.js";
import { fileChunks } from "./fileChunks.js";

const dir = mkdtempSync(join(tmpdir(), "tally-chunks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
const file = (content: string) => {
  const path = join(dir, `f${files++}.csv`);
  writeFileSync(path, content);
  return path;
};

/** The chunks as text, copied as they come (the buffer behind them is reused). */
const chunks = (path: string, size: number, start: number, chunkBytes?: number) => {
  const seen: [string, boolean][] = [];
  for (const { bytes, final } of fileChunks(path, size, start, chunkBytes))
    seen.push([Buffer.from(bytes).toString("utf8"), final]);
  return seen;
};

const openFds = () => readdirSync("/proc/self/fd").length;

describe("fileChunks", () => {
  it("gives a file smaller than a piece as one final chunk", () => {
    const content = "a,b\n1,2\n";
    expect(chunks(file(content), content.length, 0)).toEqual([[content, true]]);
  });

  it("cuts the pieces after their last line feed and carries the rest over to the next one", () => {
    const content = "ab\ncd\nef\ng";
    expect(chunks(file(content), content.length, 0, 4)).toEqual([
      ["ab\n", false],
      ["cd\n", false],
      ["ef\ng", true],
    ]);
  });

  it("reads a line longer than a piece whole, in a larger buffer", () => {
    const content = "abcdef\nghijklmnopq\nr\n";
    expect(chunks(file(content), content.length, 0, 4)).toEqual([
      ["abcdef\n", false],
      ["ghijklmnopq\nr\n", true],
    ]);
  });

  it("starts at `start` (after a BOM) and gives nothing when that is the end of the file", () => {
    const content = "\uFEFFa\nb\nc";
    const size = Buffer.byteLength(content);
    expect(chunks(file(content), size, 3, 4)).toEqual([
      ["a\nb\n", false],
      ["c", true],
    ]);
    expect(chunks(file("\uFEFF"), 3, 3)).toEqual([]);
  });

  it("refuses a file whose size is not the one checked, larger or smaller", () => {
    const path = file("a\nb\n");
    for (const size of [3, 5]) {
      expect(() => [...fileChunks(path, size, 0)]).toThrow(DatasetReadError);
      expect(() => [...fileChunks(path, size, 0)]).toThrow(`${path} changed while it was being read`);
    }
  });

  it("refuses a file that shrinks while it is being read", () => {
    const path = file("ab\ncd\nef\n");
    const read = fileChunks(path, 9, 0, 4);
    expect(Buffer.from(read.next().value!.bytes).toString()).toBe("ab\n");
    truncateSync(path, 0);
    expect(() => read.next()).toThrow(new DatasetReadError(`${path} changed while it was being read`, path));
  });

  it("reads only the `size` bytes that were checked when the file grows while it is being read", () => {
    const path = file("ab\ncd\nef\n");
    const seen: [string, boolean][] = [];
    for (const { bytes, final } of fileChunks(path, 9, 0, 4)) {
      seen.push([Buffer.from(bytes).toString("utf8"), final]);
      if (seen.length === 1) appendFileSync(path, "XYZ\n");
    }
    expect(seen).toEqual([
      ["ab\n", false],
      ["cd\n", false],
      ["ef\n", true],
    ]);
  });

  it.skipIf(process.platform !== "linux")("closes the file when done, stopped early or refused", () => {
    const before = openFds();
    const content = "ab\ncd\n";
    const path = file(content);
    chunks(path, content.length, 0, 4);
    const read = fileChunks(path, content.length, 0, 4);
    read.next();
    read.return(undefined);
    expect(() => chunks(path, content.length + 1, 0)).toThrow(DatasetReadError);
    expect(openFds()).toBe(before);
  });
});
