import { execFile, execFileSync, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FileWriteError, writeWholeFile } from "./wholeFile.js";

const dir = mkdtempSync(join(tmpdir(), "tally-whole-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeWholeFile", () => {
  it("puts the file in place once written, and returns what the writer returned", async () => {
    const path = join(dir, "report.json");
    writeFileSync(path, "earlier\n");
    const result = await writeWholeFile(path, async (fd) => {
      writeSync(fd, "new ");
      // Until the writer is done, the earlier file is what a reader sees.
      expect(readFileSync(path, "utf8")).toBe("earlier\n");
      await Promise.resolve();
      writeSync(fd, "report\n");
      return 42;
    });
    expect(result).toBe(42);
    expect(readFileSync(path, "utf8")).toBe("new report\n");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("leaves an earlier file as it was, and no partial one, when the writer fails", async () => {
    const path = join(dir, "kept.json");
    writeFileSync(path, "earlier\n");
    await expect(
      writeWholeFile(path, (fd) => {
        writeSync(fd, "half a rep");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(readFileSync(path, "utf8")).toBe("earlier\n");
    expect(readdirSync(dir).filter((f) => f.startsWith("kept"))).toEqual(["kept.json"]);
  });
});

describe("writeWholeFile on what is not a regular file", () => {
  const text = (s: string) => (fd: number) => {
    writeSync(fd, s);
  };

  it("refuses a symlink to a file, and leaves the link and its target as they were", async () => {
    const target = join(dir, "target.txt");
    const link = join(dir, "link.txt");
    writeFileSync(target, "target\n");
    symlinkSync(target, link);
    await expect(writeWholeFile(link, text("report"))).rejects.toThrow(FileWriteError);
    await expect(writeWholeFile(link, text("report"))).rejects.toThrow(/symlink/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("target\n");
    expect(existsSync(`${link}.partial`)).toBe(false);
  });

  it("writes /dev/stdout through to the file standard output is sent to, appending after >>", () => {
    // An outside review: `propose --out /dev/stdout > proposals.json` was refused as a symlink.
    const tsx = pathToFileURL(
      fileURLToPath(new URL("../../../node_modules/tsx/dist/loader.mjs", import.meta.url)),
    );
    const module = pathToFileURL(fileURLToPath(new URL("./wholeFile.ts", import.meta.url))).href;
    const script = `import { writeSync } from "node:fs"; const { writeWholeFile } = await import(${JSON.stringify(module)}); await writeWholeFile("/dev/stdout", (fd) => { writeSync(fd, "report\\n"); });`;
    const out = join(dir, "stdout.txt");
    writeFileSync(out, "before\n");
    const fd = openSync(out, "a");
    try {
      const run = spawnSync(process.execPath, ["--import", tsx.href, "--input-type=module", "-e", script], {
        stdio: ["ignore", fd, "pipe"],
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(out, "utf8")).toBe("before\nreport\n");
  });

  it("refuses a folder without leaving a partial file beside it", async () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    await expect(writeWholeFile(folder, text("report"))).rejects.toThrow(/is a folder/);
    expect(existsSync(`${folder}.partial`)).toBe(false);
    expect(lstatSync(folder).isDirectory()).toBe(true);
  });

  it("writes through a character device, and through a symlink to one, without replacing it", async () => {
    await writeWholeFile("/dev/null", text("report"));
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    const link = join(dir, "null-link");
    symlinkSync("/dev/null", link);
    await writeWholeFile(link, text("report"));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync("/dev/null.partial")).toBe(false);
  });

  it("writes through a FIFO to its reader, and leaves the FIFO in place", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const reader = new Promise<string>((resolve, reject) =>
      execFile("cat", [fifo], (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    await writeWholeFile(fifo, text("through the pipe\n"));
    expect(await reader).toBe("through the pipe\n");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("reports a full device as a write error", async () => {
    await expect(
      writeWholeFile("/dev/full", (fd) => {
        writeSync(fd, "x".repeat(1 << 16));
      }),
    ).rejects.toThrow(/ENOSPC/);
    expect(lstatSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("fails at once where the folders above cannot be made: under /proc, or under a file", async () => {
    await expect(writeWholeFile("/proc/tally-nope/r.json", text("report"))).rejects.toThrow(FileWriteError);
    const file = join(dir, "plain.txt");
    writeFileSync(file, "x");
    await expect(writeWholeFile(join(file, "r.json"), text("report"))).rejects.toThrow(
      /ENOTDIR|not a folder/,
    );
  });

  it("refuses a path ending in a slash, where no folder is yet, in one line naming it", async () => {
    // An outside review: ENOENT on "…/nodir/.partial".
    const path = `${join(dir, "nodir")}/`;
    await expect(writeWholeFile(path, text("report"))).rejects.toThrow(
      `${path} names a folder; name a file to write`,
    );
    expect(existsSync(join(dir, "nodir"))).toBe(false);
  });

  it("makes the missing folders above a new file", async () => {
    const path = join(dir, "new", "deeper", "r.json");
    await writeWholeFile(path, text("report\n"));
    expect(readFileSync(path, "utf8")).toBe("report\n");
  });

  it("replaces, never writes through, a symlink or a hard link left at the partial name", async () => {
    for (const [name, leave] of [
      ["symlink", symlinkSync],
      ["hard link", linkSync],
    ] as const) {
      const victim = join(dir, `victim of a ${name}.txt`);
      writeFileSync(victim, "victim\n");
      const path = join(dir, `out by ${name}.json`);
      leave(victim, `${path}.partial`);
      await writeWholeFile(path, text("report"));
      expect(readFileSync(victim, "utf8"), name).toBe("victim\n");
      expect(readFileSync(path, "utf8"), name).toBe("report");
      expect(existsSync(`${path}.partial`), name).toBe(false);
    }
  });

  it("refuses in one line a folder at the partial name, and leaves it", async () => {
    const path = join(dir, "blocked.json");
    mkdirSync(`${path}.partial`);
    await expect(writeWholeFile(path, text("report"))).rejects.toThrow(
      `cannot write ${path}: ${path}.partial is a folder`,
    );
    expect(lstatSync(`${path}.partial`).isDirectory()).toBe(true);
    expect(existsSync(path)).toBe(false);
  });
});
