import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { type CliIo, runCli } from "./runCli.js";

const CLEAN = fileURLToPath(new URL("../../fixtures/integrity/clean", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "tally-progress-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the command line in this process; `log` has both streams in the order they were written. */
async function run(argv: string[], io: Partial<CliIo> = {}) {
  const log: { stream: "stdout" | "stderr"; text: string }[] = [];
  const code = await runCli(argv, {
    cwd: work,
    stdout: (text) => log.push({ stream: "stdout", text }),
    stderr: (text) => log.push({ stream: "stderr", text }),
    ...io,
  });
  const of = (stream: string) =>
    log
      .filter((l) => l.stream === stream)
      .map((l) => l.text)
      .join("");
  return { code, log, stdout: of("stdout"), stderr: of("stderr") };
}

const CLEARED = "\r\x1b[K";

describe("the progress line", () => {
  it("--progress: tells of each table read, the references and each rule, then clears itself; the report is the same", async () => {
    const plain = await run(["--data", CLEAN]);
    const shown = await run(["--data", CLEAN, "--progress"]);
    expect(shown.code).toBe(plain.code);
    expect(shown.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe("");
    for (const text of [
      // The first draw; those after it come at most every REDRAW_MS, which a small dataset beats.
      "tally validate: reading 0% of ",
      "checking references between tables",
      ...RULES.map((rule, i) => `rule ${i + 1} of ${RULES.length}, ${rule.id}`),
    ])
      expect(shown.stderr).toContain(text);
    expect(shown.stderr.endsWith(CLEARED)).toBe(true);
    // Nothing but redraws: no line of its own is left in the terminal's scrollback.
    expect(shown.stderr).not.toContain("\n");
  });

  it("is drawn by default where the caller says so (stderr a terminal, no CI), and --no-progress keeps it off", async () => {
    expect((await run(["--data", CLEAN], { progressByDefault: true })).stderr).toContain("rule 1 of");
    expect((await run(["--data", CLEAN, "--no-progress"], { progressByDefault: true })).stderr).toBe("");
    expect((await run(["--data", CLEAN])).stderr).toBe("");
  });

  it("goes before the report starts when the report is printed on the same terminal", async () => {
    const r = await run(["--data", CLEAN], { progressByDefault: true, stdoutIsTerminal: true });
    expect(r.stderr).toContain("checking references between tables");
    expect(r.stderr).not.toContain("rule 1 of");
    const first = r.log.findIndex((l) => l.stream === "stdout");
    expect(r.log.slice(first).every((l) => l.stream === "stdout")).toBe(true);
    expect(r.log[first - 1]).toEqual({ stream: "stderr", text: CLEARED });
  });

  it("stays on while the report goes to --out, even on a terminal", async () => {
    const out = join(work, "report.txt");
    const r = await run(["--data", CLEAN, "--out", out], { progressByDefault: true, stdoutIsTerminal: true });
    expect(r.stderr).toContain(`rule ${RULES.length} of ${RULES.length}`);
    expect(r.stderr.endsWith(CLEARED)).toBe(true);
  });

  it("is cleared before the one line that says why the input cannot be read", async () => {
    // The working copy loads; the source text its source names, read after it, is not UTF-8. (A
    // release that cannot be read no longer stops a run: it is reported as its errors.)
    const data = join(work, "names-a-text");
    cpSync(CLEAN, data, { recursive: true });
    const sources = join(data, "sources.csv");
    writeFileSync(
      sources,
      readFileSync(sources, "utf8").replace("/english/,news,,", "/english/,news,a.txt,"),
    );
    const corpus = join(work, "latin1-corpus");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "a.txt"), Buffer.from([0x4e, 0xe9, 0x0a]));
    const r = await run(["--data", data, "--corpus", corpus, "--progress"]);
    expect(r.code).toBe(2);
    const drawn = r.stderr.slice(0, r.stderr.lastIndexOf(CLEARED));
    const reason = r.stderr.slice(r.stderr.lastIndexOf(CLEARED) + CLEARED.length);
    expect(drawn).toContain("checking references between tables");
    expect(reason).toMatch(/^tally validate: [^\n\r]*a\.txt is not UTF-8[^\n\r]*\n$/);
  });

  it("will not take --progress and --no-progress together", async () => {
    const r = await run(["--progress", "--no-progress"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--progress and --no-progress contradict each other");
  });

  it("is cut to the terminal's width", async () => {
    const r = await run(["--data", CLEAN, "--progress"], { columns: 40 });
    for (const draw of r.stderr.split("\r").filter((d) => d !== "\x1b[K" && d !== ""))
      expect(draw.replace("\x1b[K", "").length).toBeLessThanOrEqual(39);
  });
});
