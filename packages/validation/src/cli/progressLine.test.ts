import { describe, expect, it } from "vitest";
import { bytesRead, ProgressLine, REDRAW_MS } from "./progressLine.js";

function line(columns = 80) {
  const written: string[] = [];
  let t = 0;
  const progress = new ProgressLine(
    (text) => written.push(text),
    columns,
    () => t,
  );
  return { progress, written, advance: (ms: number) => (t += ms) };
}

describe("ProgressLine", () => {
  it("draws over itself, erasing what a longer text left", () => {
    const { progress, written, advance } = line();
    progress.show("reading claims.csv");
    advance(REDRAW_MS);
    progress.show("rules");
    expect(written).toEqual(["\rreading claims.csv\x1b[K", "\rrules\x1b[K"]);
  });

  it("redraws at most every REDRAW_MS, unless told to draw now", () => {
    const { progress, written, advance } = line();
    progress.show("a");
    advance(REDRAW_MS - 1);
    progress.show("b");
    expect(written).toEqual(["\ra\x1b[K"]);
    progress.show("c", true);
    advance(REDRAW_MS);
    progress.show("d");
    expect(written).toEqual(["\ra\x1b[K", "\rc\x1b[K", "\rd\x1b[K"]);
  });

  it("clears what it drew, once, and nothing when it drew nothing", () => {
    const { progress, written } = line();
    progress.clear();
    expect(written).toEqual([]);
    progress.show("a");
    progress.clear();
    progress.clear();
    expect(written).toEqual(["\ra\x1b[K", "\r\x1b[K"]);
  });

  it("cuts a text to one short of the terminal's width, so that it never wraps", () => {
    const { progress, written } = line(30);
    progress.show("x".repeat(40));
    const drawn = written[0]!.slice(1, -"\x1b[K".length);
    expect(drawn).toBe(`${"x".repeat(28)}…`);
    expect(drawn.length).toBe(29);
  });

  it("takes a terminal that gives its width as 0 as 80 wide", () => {
    const { progress, written } = line(0);
    progress.show("x".repeat(100));
    expect(written[0]!.length).toBe("\r".length + 79 + "\x1b[K".length);
  });
});

describe("bytesRead", () => {
  it("says how much of a file is read, in MB for a large file and KB for a small one", () => {
    expect(bytesRead("claims.csv", 106 * 1024 * 1024, 253 * 1024 * 1024)).toBe(
      "41% of claims.csv (106 of 253 MB)",
    );
    expect(bytesRead("metrics.csv", 1024, 2048)).toBe("50% of metrics.csv (1 of 2 KB)");
    expect(bytesRead("empty.csv", 0, 0)).toBe("100% of empty.csv (0 of 0 KB)");
  });
});
