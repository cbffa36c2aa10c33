import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeWholeFile } from "./wholeFile.js";

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
