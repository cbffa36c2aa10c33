import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

// readFile as the validator calls it, to count how often each corpus text is read.
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  return { ...fs, readFile: vi.fn(fs.readFile) };
});

const { readFile } = await import("node:fs/promises");
const { cutRelease, refreshDescriptor } = await import("@tally/dataset/node");
const { runCli } = await import("./runCli.js");

const FIXTURES = fileURLToPath(new URL("../../fixtures/integrity", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "tally-corpus-reads-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("pnpm validate --corpus", () => {
  it("reads each source text once, for its quotes and its digest alike", async () => {
    // A text some source names and the release records as checked was read twice: by readCorpus
    // for the quotes and by readCorpusDigests for its sha256.
    const data = join(work, "data");
    cpSync(join(FIXTURES, "clean"), data, { recursive: true });
    rmSync(join(data, "expected.json"));
    const sources = join(data, "sources.csv");
    writeFileSync(sources, readFileSync(sources, "utf8").replace(/^(dnk,.*,news),,$/m, "$1,t.txt,"));
    await refreshDescriptor(data);
    const text = "Police held 200 people.\n";
    const sha = createHash("sha256").update(text).digest("hex");
    await cutRelease({ dataDir: data, version: "1.0.0", verifiedCorpus: { "t.txt": sha } });
    const corpus = join(work, "corpus");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "t.txt"), text);

    vi.mocked(readFile).mockClear();
    const out: string[] = [];
    const args = ["--data", data, "--release", "1.0.0", "--corpus", corpus, "--format", "json"];
    await runCli(args, { cwd: work, stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
    const report = JSON.parse(out.join(""));
    // The text was read for both: its quotes were looked for, and it is the one checked.
    expect(
      report.findings.some(
        (f: { details?: { code?: string } }) => f.details?.code === "provenance/text-changed",
      ),
    ).toBe(false);
    const reads = vi.mocked(readFile).mock.calls.filter(([path]) => String(path) === join(corpus, "t.txt"));
    expect(reads).toHaveLength(1);
  });
});
