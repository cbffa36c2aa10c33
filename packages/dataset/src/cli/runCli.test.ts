import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TINY_CSV, withClaimCell, writeTinyDataset } from "../__fixtures__/tinyDataset.js";
import { cutRelease } from "../release/cutRelease.js";
import { runCli } from "./runCli.js";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function twoReleases() {
  const dataDir = await writeTinyDataset();
  await cutRelease({ dataDir, version: "1.0.0", date: "2024-05-01" });
  await writeFile(join(dataDir, "claims.csv"), withClaimCell(4, "notes", "checked"));
  await cutRelease({ dataDir, version: "1.1.0", date: "2024-06-01" });
  return dataDir;
}

describe("pnpm dataset", () => {
  it("hash refreshes a stale descriptor", async () => {
    const dataDir = await writeTinyDataset(undefined, {
      csv: { claims: `${TINY_CSV.claims}\n` },
      staleDescriptor: true,
    });
    const before = await readFile(join(dataDir, "datapackage.json"), "utf8");
    expect(await run("hash", "--data", dataDir)).toEqual({
      code: 0,
      out: [`refreshed ${join(dataDir, "datapackage.json")}`],
      err: [],
    });
    expect(await readFile(join(dataDir, "datapackage.json"), "utf8")).not.toBe(before);
  });

  it("list, verify and diff work on releases", async () => {
    const dataDir = await twoReleases();
    expect((await run("list", "--data", dataDir)).out).toEqual(["1.0.0\t2024-05-01", "1.1.0\t2024-06-01"]);
    expect(await run("verify", "--data", dataDir)).toEqual({
      code: 0,
      out: ["1.0.0: ok", "1.1.0: ok"],
      err: [],
    });
    expect((await run("diff", "1.0.0", "1.1.0", "--data", dataDir)).out).toEqual([
      "1.0.0 → 1.1.0",
      'claims: 1 changed (c-4: notes (empty) → "checked")',
    ]);
    const json = JSON.parse(
      (await run("diff", "1.0.0", "working", "--format", "json", "--data", dataDir)).out.join("\n"),
    );
    expect(json.claims.changed).toEqual([
      { id: "c-4", changes: [{ field: "notes", before: null, after: "checked" }] },
    ]);
  });

  it("verify exits 1 and names the file when a released byte changed", async () => {
    const dataDir = await twoReleases();
    await writeFile(join(dataDir, "releases", "1.0.0", "events.csv"), `${TINY_CSV.events}\n`);
    const { code, out, err } = await run("verify", "--data", dataDir);
    expect(code).toBe(1);
    expect(out).toEqual(["1.1.0: ok"]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^1\.0\.0: events\.csv: events\.csv of release 1\.0\.0 changed after it was cut/);
  });

  it.each([
    [["diff", "1.0.0"], "pnpm dataset: diff needs exactly two versions, e.g. diff 1.0.0 working"],
    [["frobnicate"], 'pnpm dataset: unknown command "frobnicate": use hash, verify, diff or list'],
    [[], "pnpm dataset: a command is needed: hash, verify, diff or list (--help for usage)"],
  ])("exits 2 on bad arguments %j", async (argv, message) => {
    expect(await run(...argv, "--data", "/tmp")).toEqual({ code: 2, out: [], err: [message] });
  });

  it("exits 2 with one line on an unknown option or unreadable input", async () => {
    const option = await run("list", "--colour");
    expect([option.code, option.err.length]).toEqual([2, 1]);
    expect(option.err[0]).toMatch(/^pnpm dataset: Unknown option '--colour'/);
    expect(await run("hash", "--data", "/nonexistent/tally")).toEqual({
      code: 2,
      out: [],
      err: ["pnpm dataset: data directory /nonexistent/tally does not exist"],
    });
    const dataDir = await twoReleases();
    const missing = await run("diff", "1.0.0", "3.0.0", "--data", dataDir);
    expect([missing.code, missing.err]).toEqual([
      2,
      [`pnpm dataset: release 3.0.0 does not exist in ${join(dataDir, "releases")} (releases: 1.0.0, 1.1.0)`],
    ]);
  });
});
