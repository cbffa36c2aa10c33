import { isUtf8 } from "node:buffer";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { HEADER_BYTES } from "../csv/headerOf.js";
import { hasHiddenControls } from "../csv/hiddenControls.js";
import { plainLayout } from "../csv/plainCsv.js";
import { digestOf } from "../datapackage/hash.js";
import { checkFilesInThread } from "./fileChecks.js";

const dir = mkdtempSync(join(tmpdir(), "tally-checks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(contents: readonly Buffer[]): string[] {
  return contents.map((bytes, i) => {
    const path = join(dir, `file-${i}-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(path, bytes);
    return path;
  });
}

/** What the thread must answer: the digest of the bytes, their head and `plainLayout` of the whole file. */
const expectedOf = (bytes: Buffer) => ({
  ...digestOf(bytes),
  head: new Uint8Array(bytes.subarray(0, HEADER_BYTES)),
  utf8: isUtf8(bytes),
  layout: plainLayout(bytes),
  hiddenControls: hasHiddenControls(bytes),
});

describe("checkFilesInThread", () => {
  it("gives each file's digest, UTF-8 check and layout, in the order asked, as checking the whole bytes does", async () => {
    const lines = (n: number, line: string) => Buffer.from(line.repeat(n));
    const contents = [
      Buffer.from("claim_id,event_id\nc001,e1\n"),
      // A quoted field across many line feeds, in a file read through a 64-byte buffer.
      Buffer.from(`id,note\n1,"${"a line\n".repeat(40)}",x\n2,b\n`),
      Buffer.from(`\ufeffid,note\r\n${'1,"é, ""q"""\r\n'.repeat(30)}`),
      // One line longer than the buffer, so the buffer grows.
      Buffer.from(`id,note\n1,${"x".repeat(500)}\n2,y\n`),
      // Not plain: a quote inside a field, far from the start.
      Buffer.concat([lines(30, "1,ok\n"), Buffer.from('2,say "hi"\n')]),
      // Not UTF-8 after a few pieces; mixed line endings.
      Buffer.concat([lines(30, "1,ok\n"), Buffer.from([0x32, 0x2c, 0xff, 0x0a])]),
      Buffer.concat([lines(30, "1,ok\r\n"), Buffer.from("2,lf\n")]),
      // A quote still open at the end of the file.
      Buffer.from('id,note\n1,"never closed\n'),
      Buffer.alloc(0),
      // Longer than the head the thread keeps.
      Buffer.from(`id,note\n${"1,x\n".repeat(2000)}`),
      // Hidden characters in a piece after the first: an escape, and a right-to-left override.
      Buffer.from(`id,note\n${"1,x\n".repeat(40)}2,a\u001b[0m\n`),
      Buffer.from(`id,note\n${"1,“x”\n".repeat(40)}2,\u202eb\n`),
    ];
    const paths = written(contents);
    const answers = await Promise.all(checkFilesInThread(paths, 64));
    expect(answers).toEqual(contents.map(expectedOf));
    // Each kind of answer is there: the comparison is not between nulls alone.
    expect(answers.map((a) => a.layout === null)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(answers.map((a) => a.hiddenControls)).toEqual([...Array(10).fill(false), true, true]);
    expect(answers[2]!.layout).toEqual({ start: 3, crlf: true });
    expect(answers[5]!.utf8).toBe(false);
    expect(answers[9]!.head.byteLength).toBe(HEADER_BYTES);
  });

  it("answers files asked twice, in the order asked", async () => {
    const contents = [Buffer.from("a\n"), Buffer.from('b,"c"\n')];
    const [a, b] = written(contents);
    const answers = await Promise.all(checkFilesInThread([b!, a!, b!]));
    expect(answers).toEqual([1, 0, 1].map((i) => expectedOf(contents[i]!)));
  });

  it("gives the standard sha256", async () => {
    const [path] = written([Buffer.from("abc")]);
    // FIPS 180-2's example digest of "abc".
    const [answer] = await Promise.all(checkFilesInThread([path!]));
    expect(answer!.sha256).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("settles the files before one it cannot read, and rejects that one and the rest", async () => {
    const [first, last] = written([Buffer.from("a\n"), Buffer.from("b\n")]);
    const missing = join(dir, "no-such.csv");
    const [ok, bad, after] = checkFilesInThread([first!, missing, last!]);
    expect(await ok).toEqual(expectedOf(Buffer.from("a\n")));
    await expect(bad).rejects.toThrow(`cannot read ${missing}: ENOENT`);
    await expect(after).rejects.toThrow(`cannot read ${missing}: ENOENT`);
  });

  it("runs from the TypeScript sources under tsx, whose transform adds __name calls to the scanner's text", () => {
    const [path] = written([Buffer.from('id,note\n1,"x"\n')]);
    const script = join(dir, "check.mts");
    writeFileSync(
      script,
      `import { checkFilesInThread } from ${JSON.stringify(fileURLToPath(new URL("./fileChecks.ts", import.meta.url)))};\n` +
        `const [answer] = await Promise.all(checkFilesInThread([${JSON.stringify(path)}]));\n` +
        "console.log(JSON.stringify(answer.layout));\n",
    );
    const tsx = fileURLToPath(new URL("../../../../node_modules/.bin/tsx", import.meta.url));
    const run = spawnSync(tsx, ["--conditions=@tally/source", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe(JSON.stringify({ start: 0, crlf: false }));
    // A whole node process under tsx: on a busy 2-core machine its start alone passed 5 s.
  }, 60_000);

  it("rejects every file's answer when the thread fails before it reads any", async () => {
    const [path] = written([Buffer.from("a\n")]);
    // A buffer of negative size: the program throws before its first file.
    const answers = checkFilesInThread([path!, path!], -1);
    for (const answer of answers) await expect(answer).rejects.toThrow(/size|range/i);
  });

  it("answers at once for no files", () => {
    expect(checkFilesInThread([])).toEqual([]);
  });
});
