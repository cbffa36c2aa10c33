import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { digestOf } from "./hash.js";
import { hashFilesInThread } from "./hashFiles.js";

const dir = mkdtempSync(join(tmpdir(), "tally-hash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hashFilesInThread", () => {
  it("gives each file's length and sha256, in the order asked, as hashing the bytes in place does", async () => {
    // Larger than the thread's 4 MB read buffer, so a file is hashed in several pieces.
    const contents = [
      Buffer.from("claim_id,event_id\nc001,e1\n"),
      Buffer.alloc(9 * 1024 * 1024 + 7, "Daily NK reports about 200, NK Insider approximately 600. "),
      Buffer.alloc(0),
    ];
    const paths = contents.map((bytes, i) => {
      const path = join(dir, `file-${i}.csv`);
      writeFileSync(path, bytes);
      return path;
    });
    // Asked twice over in another order: answers follow the question, not the finishing order.
    const asked = [paths[1]!, paths[0]!, paths[2]!, paths[0]!];
    expect(await hashFilesInThread(asked)).toEqual([1, 0, 2, 0].map((i) => digestOf(contents[i]!)));
  });

  it("gives the standard sha256", async () => {
    const path = join(dir, "abc.txt");
    writeFileSync(path, "abc");
    // FIPS 180-2's example digest of "abc".
    expect(await hashFilesInThread([path])).toEqual([
      { bytes: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
    ]);
  });

  it("says which file it could not read", async () => {
    const missing = join(dir, "no-such.csv");
    await expect(hashFilesInThread([missing])).rejects.toThrow(`cannot hash ${missing}: ENOENT`);
  });

  it("answers at once for no files", async () => {
    expect(await hashFilesInThread([])).toEqual([]);
  });
});
