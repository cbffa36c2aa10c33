import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  TINY_CSV,
  TINY_OPTIONAL_CSV,
  withClaimCell,
  withClaimCells,
  writeTinyDataset,
} from "../__fixtures__/tinyDataset.js";
import { cutRelease } from "../release/cutRelease.js";
import { columnsOf } from "../schema/tables.js";
import { runCli, USAGE } from "./runCli.js";

/** Printed after the reason for a bad argument, so the fix is on screen. */
const USAGE_LINE = USAGE.split("\n")[0];

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

  it("hash refuses a release's folder, whose descriptor is frozen with its manifest (an outside audit)", async () => {
    const dataDir = await twoReleases();
    const release = join(dataDir, "releases", "1.0.0");
    const before = await readFile(join(release, "datapackage.json"), "utf8");
    const r = await run("hash", "--data", release);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      `pnpm dataset: ${release} is a release (it holds manifest.json): released files never change, so its datapackage.json is not refreshed; give the working copy's folder (--data), where the tables are edited`,
    ]);
    expect(await readFile(join(release, "datapackage.json"), "utf8")).toBe(before);
    expect((await run("verify", "--data", dataDir)).code).toBe(0);
  });

  it("hash says what it put right besides hashes, such as a field type edited by hand", async () => {
    const dataDir = await writeTinyDataset();
    const path = join(dataDir, "datapackage.json");
    const descriptor = JSON.parse(await readFile(path, "utf8"));
    const claims = descriptor.resources.find((r: { name: string }) => r.name === "claims");
    claims.schema.fields.find((f: { name: string }) => f.name === "value_low").type = "integer";
    await writeFile(path, JSON.stringify(descriptor));
    expect(await run("hash", "--data", dataDir)).toEqual({
      code: 0,
      out: [
        `refreshed ${path}`,
        '  updated: datapackage.json (resources.claims.schema): the Table Schema of claims does not match the row schema (field value_low: type "integer", the row schema\'s "number") [descriptor/stale-fields]',
      ],
      err: [],
    });
    // A resource none of Tally's tables, dropped by the refresh: said once, without a dangling "; ".
    const listed = JSON.parse(await readFile(path, "utf8"));
    listed.resources.push({ name: "extra", path: "extra.csv", schema: { fields: [] } });
    await writeFile(path, JSON.stringify(listed));
    const { out } = await run("hash", "--data", dataDir);
    expect(out[1]).toMatch(
      /^ {2}updated: datapackage\.json \(resources\.extra\): lists a resource "extra" .*Tally neither reads nor checks it \[descriptor\/resource\]$/,
    );
  });

  it("hash writes a descriptor that starts with a byte order mark without it, and says so", async () => {
    // An outside review: Python's json.load refuses such a descriptor, and hash took the mark off
    // without a word.
    const dataDir = await writeTinyDataset();
    const path = join(dataDir, "datapackage.json");
    const before = await readFile(path, "utf8");
    await writeFile(path, `\uFEFF${before}`);
    expect(await run("hash", "--data", dataDir)).toEqual({
      code: 0,
      out: [
        `refreshed ${path}`,
        "  updated: datapackage.json: written without the UTF-8 byte order mark it started with, which Python's json.load refuses",
      ],
      err: [],
    });
    expect(await readFile(path, "utf8")).toBe(before);
  });

  it("hash answers a descriptor that is a pipe or a folder in one line, without waiting or a stack trace", async () => {
    const dataDir = await writeTinyDataset();
    const descriptor = join(dataDir, "datapackage.json");
    await rm(descriptor);
    // A pipe with no writer: checking it for a byte order mark by opening it waited for ever.
    execFileSync("mkfifo", [descriptor]);
    expect(await run("hash", "--data", dataDir)).toEqual({
      code: 2,
      out: [],
      err: [
        `pnpm dataset: ${descriptor} cannot be read: it is not a regular file (a pipe, socket or device)`,
      ],
    });
    await rm(descriptor);
    await mkdir(descriptor);
    expect(await run("hash", "--data", dataDir)).toEqual({
      code: 2,
      out: [],
      err: [`pnpm dataset: ${descriptor} cannot be read (EISDIR)`],
    });
  });

  it("hash says a table's columns are out of order, and exits 1 (an outside review)", async () => {
    const swapped = TINY_CSV.claims
      .split("\n")
      .map((line) => {
        const cells = line.split(",");
        if (cells.length > 3) [cells[1], cells[2]] = [cells[2]!, cells[1]!];
        return cells.join(",");
      })
      .join("\n");
    const dataDir = await writeTinyDataset(undefined, { csv: { claims: swapped } });
    const { code, out, err } = await run("hash", "--data", dataDir);
    expect(code).toBe(1);
    expect(out).toEqual([`refreshed ${join(dataDir, "datapackage.json")}`]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^claims\.csv:1 \(source_id\): columns are out of order: expected claim_id, event_id, source_id, .*; found claim_id, source_id, event_id, .*: datapackage\.json lists them in Tally's order, which a reader that maps columns by position would follow; put them in that order \[csv\/header-order\]$/,
    );
  });

  it("hash names a column the descriptor cannot list, and exits 1 (an outside audit got exit 0 and no word)", async () => {
    const withColumn = (at: number) =>
      TINY_CSV.claims
        .split("\n")
        .map((line, i) => {
          if (line === "") return line;
          const cells = line.split(",");
          cells.splice(at, 0, i === 0 ? "extra_col" : "x");
          return cells.join(",");
        })
        .join("\n");
    const middle = await run(
      "hash",
      "--data",
      await writeTinyDataset(undefined, { csv: { claims: withColumn(2) } }),
    );
    expect(middle.code).toBe(1);
    expect(middle.err).toEqual([
      expect.stringMatching(
        /^claims\.csv:1 \(extra_col\): column "extra_col" \(column 3\) is not a column of claims\.csv, .*: datapackage\.json does not list it, so a reader that checks the header against the Table Schema refuses the file, and one that maps columns by position reads each column after it as the one before \[csv\/header-unknown\]$/,
      ),
    ]);
    const columns = TINY_CSV.claims.split("\n")[0]!.split(",").length;
    const last = await run(
      "hash",
      "--data",
      await writeTinyDataset(undefined, { csv: { claims: withColumn(columns) } }),
    );
    expect(last.code).toBe(1);
    expect(last.err).toEqual([expect.stringMatching(/refuses the file \[csv\/header-unknown\]$/)]);
  });

  it("hash leaves the descriptor as it was when a table's header cannot be read, and says why", async () => {
    const dataDir = await writeTinyDataset();
    const path = join(dataDir, "datapackage.json");
    const before = await readFile(path, "utf8");
    await writeFile(join(dataDir, "events.csv"), TINY_CSV.events.replaceAll(",", ";"));
    const { code, out, err } = await run("hash", "--data", dataDir);
    expect({ code, out }).toEqual({ code: 1, out: [] });
    expect(err).toEqual([
      expect.stringMatching(
        /^events\.csv:1 \(event_id\): its header lacks the columns event_id, title, date and \d+ more, which every events\.csv has \(its header is one name holding ";": another delimiter\?\), so datapackage\.json was left as it was: fix the file, then run pnpm dataset hash/,
      ),
    ]);
    expect(await readFile(path, "utf8")).toBe(before);
  });

  it("hash notes a CSV that starts with a byte order mark, which some readers take into a column's name", async () => {
    const dataDir = await writeTinyDataset(undefined, { csv: { claims: `\uFEFF${TINY_CSV.claims}` } });
    const { code, err } = await run("hash", "--data", dataDir);
    expect(code).toBe(0);
    expect(err).toEqual([
      expect.stringMatching(
        /^note: claims\.csv starts with a UTF-8 byte order mark \(Excel's "CSV UTF-8"\): .*Python's csv module/,
      ),
    ]);
    expect((await run("hash", "--data", await writeTinyDataset())).err).toEqual([]);
  });

  it("hash names a renamed column, and an empty file, as what it likely is", async () => {
    const dataDir = await writeTinyDataset();
    const claims = TINY_CSV.claims.replace(/^([^\n]*)attributed_to/, "$1attributed_by");
    await writeFile(join(dataDir, "claims.csv"), claims);
    expect((await run("hash", "--data", dataDir)).err).toEqual([
      expect.stringMatching(
        /^claims\.csv:1 \(attributed_to\): its header lacks the column attributed_to, which every claims\.csv has \(renamed "attributed_by"\?\), so /,
      ),
    ]);
    // A column taken out, with no other name in its place (a review got "an empty file?").
    await writeFile(join(dataDir, "claims.csv"), TINY_CSV.claims.replace(/^([^\n]*),quote,/, "$1,"));
    expect((await run("hash", "--data", dataDir)).err).toEqual([
      expect.stringMatching(
        /^claims\.csv:1 \(quote\): its header lacks the column quote, which every claims\.csv has \(removed from the file\?\), so /,
      ),
    ]);
    await writeFile(join(dataDir, "claims.csv"), "");
    expect((await run("hash", "--data", dataDir)).err).toEqual([
      expect.stringMatching(
        /^claims\.csv:1 \(claim_id\): its header lacks the columns .* \(an empty file\?\), so /,
      ),
    ]);
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

  it("diff leaves out the rows that did not load cleanly, and names them", async () => {
    // An outside review: a claim with one bad cell was listed as removed, and the second row of a
    // repeated id as a change to the first, under a note that such rows are not compared.
    const dataDir = await twoReleases();
    const claims = withClaimCell(2, "value_low", "abc")
      .split("\n")
      .map((line) =>
        line.startsWith("c-4,") ? line.replace("c-4,", "c-1,").replace("police", "the police") : line,
      )
      .join("\n");
    await writeFile(join(dataDir, "claims.csv"), claims);
    const text = await run("diff", "1.1.0", "working", "--data", dataDir);
    expect(text.code).toBe(0);
    expect(text.out).toEqual([
      "1.1.0 → working",
      "claims: 1 removed (c-4)",
      "claims: not compared, a row did not load cleanly (c-1, c-2)",
    ]);
    // Two rows kept out (c-2's cell, c-1 given twice), under the count of problems (a stale hash too).
    expect(text.err).toEqual([
      "note: working has 3 problems (pnpm validate lists them); 2 rows that did not load cleanly are not compared",
    ]);
    const json = JSON.parse(
      (await run("diff", "1.1.0", "working", "--format", "json", "--data", dataDir)).out.join("\n"),
    );
    expect(json.claims.removed.map((c: { claim_id: string }) => c.claim_id)).toEqual(["c-4"]);
    expect(json.claims.changed).toEqual([]);
    expect(json.not_compared).toEqual({ claims: ["c-1", "c-2"] });
    // A clean pair of releases has nothing left out.
    expect(
      JSON.parse((await run("diff", "1.0.0", "1.1.0", "--format", "json", "--data", dataDir)).out.join("\n"))
        .not_compared,
    ).toEqual({});
  });

  it("verify and list print a file or folder name from the data with its controls escaped, on one line", async () => {
    // git allows a line break in a file name: "evil\n::error::…" printed raw is a workflow command
    // to a CI log (an outside audit), as the validator's formats already knew.
    const dataDir = await twoReleases();
    const evil = "evil\n::error file=a,line=1::INJECTED\u001b[2J.csv";
    await writeFile(join(dataDir, "releases", "1.1.0", evil), "x");
    await mkdir(join(dataDir, "releases", "1.3.0\n::error::x"));
    const verify = await run("verify", "--data", dataDir);
    const list = await run("list", "--data", dataDir);
    expect(verify.code).toBe(1);
    for (const line of [...verify.out, ...verify.err, ...list.out, ...list.err]) {
      for (const control of ["\n", "\u001b"]) expect(line).not.toContain(control);
      expect(line).not.toMatch(/^::/);
    }
    expect(verify.err).toContain(
      "1.1.0: evil\\n::error file=a,line=1::INJECTED\\u001b[2J.csv: evil\\n::error file=a,line=1::INJECTED\\u001b[2J.csv is not part of release 1.1.0 (not in its manifest) [release/extra]",
    );
    expect(list.err[0]).toMatch(/^releases\/1\.3\.0\\n::error::x: a folder not read as a release/);
  });

  it("refuses an option the command does not read, which it would silently ignore", async () => {
    const dataDir = await twoReleases();
    expect(await run("list", "--format", "json", "--data", dataDir)).toEqual({
      code: 2,
      out: [],
      err: ["pnpm dataset: --format applies to diff and propose, not to list", USAGE_LINE],
    });
    expect((await run("verify", "--out", "x.txt", "--data", dataDir)).err[0]).toBe(
      "pnpm dataset: --out applies to propose, not to verify",
    );
  });

  it("diff names what changed in the descriptor, which the rows do not show, in text and JSON", async () => {
    const dataDir = await twoReleases();
    const path = join(dataDir, "datapackage.json");
    const descriptor = JSON.parse(await readFile(path, "utf8"));
    descriptor.title = "A tiny dataset, described";
    await writeFile(path, JSON.stringify(descriptor));
    const line = 'datapackage.json: title "A tiny synthetic dataset" → "A tiny dataset, described"';
    expect((await run("diff", "1.1.0", "working", "--data", dataDir)).out).toEqual(["1.1.0 → working", line]);
    const json = JSON.parse(
      (await run("diff", "1.1.0", "working", "--format", "json", "--data", dataDir)).out.join("\n"),
    );
    expect(json.descriptor_changes).toEqual([
      {
        resource: null,
        property: "title",
        before: "A tiny synthetic dataset",
        after: "A tiny dataset, described",
      },
    ]);
  });

  it("diff's JSON gives each descriptor change whole, where the text cuts values and names three fields (an outside audit)", async () => {
    const dataDir = await twoReleases();
    const path = join(dataDir, "datapackage.json");
    const descriptor = JSON.parse(await readFile(path, "utf8"));
    const long = `One row per article or report that prints at least one figure, ${"and more words ".repeat(8)}`;
    const claims = descriptor.resources.find((r: { name: string }) => r.name === "claims");
    claims.description = long;
    for (const field of claims.schema.fields.slice(0, 5)) field.description = `${field.name}, described anew`;
    await writeFile(path, JSON.stringify(descriptor));
    const text = (await run("diff", "1.1.0", "working", "--data", dataDir)).out;
    expect(text).toContainEqual(expect.stringMatching(/^claims\.csv: description .*…"?$/));
    expect(text).toContainEqual(
      expect.stringMatching(/^claims\.csv: description of 5 fields changed \(.* and 2 more\)$/),
    );
    const json = JSON.parse(
      (await run("diff", "1.1.0", "working", "--format", "json", "--data", dataDir)).out.join("\n"),
    );
    expect(json.descriptor_changes).toContainEqual(
      expect.objectContaining({ resource: "claims.csv", property: "description", after: long }),
    );
    const fields = json.descriptor_changes.filter(
      (c: { field?: string; property: string }) => c.field !== undefined && c.property === "description",
    );
    expect(fields.map((c: { field: string; after: string }) => c.after)).toEqual(
      claims.schema.fields.slice(0, 5).map((f: { name: string }) => `${f.name}, described anew`),
    );
  });

  it("diff between releases names a file whose bytes changed while none of its rows did, unless a row was not compared", async () => {
    const bytesOnly = /^claims\.csv: its bytes changed and none of its rows did /;
    const dataDir = await twoReleases();
    await writeFile(join(dataDir, "claims.csv"), `\uFEFF${withClaimCell(4, "notes", "checked")}`);
    await cutRelease({ dataDir, version: "1.1.1", date: "2024-07-01" });
    expect((await run("diff", "1.1.0", "1.1.1", "--data", dataDir)).out).toEqual([
      "1.1.0 → 1.1.1",
      expect.stringMatching(bytesOnly),
    ]);
    const json = JSON.parse(
      (await run("diff", "1.1.0", "1.1.1", "--format", "json", "--data", dataDir)).out.join("\n"),
    );
    expect(json.descriptor_changes).toEqual([
      {
        resource: "claims.csv",
        property: "bytes",
        note: expect.stringMatching(/^its bytes changed and none of its rows did/),
      },
    ]);
    // A working copy's hashes may be stale until hash runs: its bytes are not compared.
    await writeFile(join(dataDir, "claims.csv"), withClaimCell(4, "notes", "checked"));
    expect((await run("diff", "1.1.1", "working", "--data", dataDir)).out).not.toContainEqual(
      expect.stringMatching(bytesOnly),
    );
    // A row that did not load may be the one that changed: the table is said not compared instead.
    await writeFile(join(dataDir, "claims.csv"), withClaimCells(4, { notes: "checked", value_low: "abc" }));
    await cutRelease({ dataDir, version: "1.1.2", date: "2024-07-02" });
    const { out } = await run("diff", "1.1.1", "1.1.2", "--data", dataDir);
    expect(out).not.toContainEqual(expect.stringMatching(bytesOnly));
    expect(out).toContain("claims: not compared, a row did not load cleanly (c-4)");
  });

  it("diff names an assessment given twice, or in a row that did not load, as not compared (an outside review)", async () => {
    const dataDir = await writeTinyDataset(undefined, {
      csv: { assessments: TINY_OPTIONAL_CSV.assessments },
    });
    await cutRelease({ dataDir, version: "1.0.0", date: "2024-05-01" });
    const [header, row] = TINY_OPTIONAL_CSV.assessments.split("\n") as [string, string];
    // Assessed twice: the first row was compared as a change, the second dropped unseen.
    const twice = [
      header,
      'e-oct,persons_returned,500,600,700,c-1,"Rethought",Tally maintainers,2024-03-01,day',
      row,
    ];
    await writeFile(join(dataDir, "assessments.csv"), twice.join("\n"));
    const { out } = await run("diff", "1.0.0", "working", "--data", dataDir);
    expect(out).toEqual([
      "1.0.0 → working",
      "no changes among the rows compared",
      "assessments: not compared, a row did not load cleanly or assesses an event and metric twice (e-oct / persons_returned)",
    ]);
    const json = JSON.parse(
      (await run("diff", "1.0.0", "working", "--format", "json", "--data", dataDir)).out.join("\n"),
    );
    expect(json.not_compared).toEqual({ assessments: ["e-oct / persons_returned"] });
    expect(json.assessments).toEqual({ added: [], removed: [], changed: [] });
    // A bad cell keeps the row out: it was shown as removed.
    await writeFile(
      join(dataDir, "assessments.csv"),
      [header, row.replace(",200,300,", ",abc,300,")].join("\n"),
    );
    expect((await run("diff", "1.0.0", "working", "--data", dataDir)).out).toEqual([
      "1.0.0 → working",
      "no changes among the rows compared",
      "assessments: not compared, a row did not load cleanly or assesses an event and metric twice (e-oct / persons_returned)",
    ]);
  });

  it("diff leaves out a row kept out by its number of fields, not only by a cell", async () => {
    // An outside review: rows left out for their field count, a quote left open or a header that
    // lacks a column still read as removed.
    const dataDir = await twoReleases();
    const claims = TINY_CSV.claims
      .split("\n")
      .map((line) => (line.startsWith("c-4,") ? `${line},one too many` : line))
      .join("\n");
    await writeFile(join(dataDir, "claims.csv"), claims);
    const { out } = await run("diff", "1.1.0", "working", "--data", dataDir);
    expect(out).toEqual([
      "1.1.0 → working",
      "no changes among the rows compared",
      "claims: not compared, a row did not load cleanly (c-4)",
    ]);
  });

  it("diff names a table that did not load at all as not compared, never as every row removed", async () => {
    // An outside review: events.csv saved with semicolons, a renamed key column and a tab-separated
    // claims.csv each printed "N removed" for every row of the table.
    for (const [table, edit] of [
      ["events", (csv: string) => csv.replaceAll(",", ";")],
      ["claims", (csv: string) => csv.replace(/^claim_id,/, "Claim_ID,")],
      ["claims", (csv: string) => csv.replaceAll(",", "\t")],
      ["claims", () => ""],
    ] as const) {
      const dataDir = await twoReleases();
      await writeFile(join(dataDir, `${table}.csv`), edit(TINY_CSV[table]));
      const text = await run("diff", "1.1.0", "working", "--data", dataDir);
      expect(text.out).toEqual([
        "1.1.0 → working",
        "no changes among the rows compared",
        `${table}: not compared, the table did not load (an empty file, or a header without its key column: another delimiter?)`,
      ]);
      const json = JSON.parse(
        (await run("diff", "1.1.0", "working", "--format", "json", "--data", dataDir)).out.join("\n"),
      );
      expect(json[table]).toEqual({ added: [], removed: [], changed: [] });
      expect(json.tables_not_compared).toEqual([table]);
      // Either side: the release read against a broken working copy, and the other way round.
      const back = await run("diff", "working", "1.1.0", "--data", dataDir);
      expect(back.out.at(-1)).toMatch(new RegExp(`^${table}: not compared, the table did not load`));
    }
  });

  it("diff calls no row removed that may be a row whose id cell was emptied (an outside audit)", async () => {
    const dataDir = await twoReleases();
    // c-2's id cell emptied: its row does not load, and names no claim.
    const claims = withClaimCell(4, "notes", "checked")
      .split("\n")
      .map((line) => (line.startsWith("c-2,") ? line.slice("c-2".length) : line))
      .join("\n");
    await writeFile(join(dataDir, "claims.csv"), claims);
    const text = await run("diff", "1.1.0", "working", "--data", dataDir);
    expect(text.out).toEqual([
      "1.1.0 → working",
      "no changes among the rows compared",
      "claims: not compared, c-2: a row with no claim_id (line 3 of working) did not load, and may be it",
    ]);
    expect(text.err).toEqual([expect.stringMatching(/; 1 row that did not load cleanly is not compared$/)]);
    const json = JSON.parse(
      (await run("diff", "1.1.0", "working", "--format", "json", "--data", dataDir)).out.join("\n"),
    );
    expect(json.claims.removed).toEqual([]);
    expect(json.not_compared).toEqual({ claims: ["c-2"] });
    expect(json.rows_without_key).toEqual({ claims: [{ side: "working", line: 3 }] });
    // The other way round, the release's c-2 would have been "added".
    const back = await run("diff", "working", "1.1.0", "--data", dataDir);
    expect(back.out.at(-1)).toBe(
      "claims: not compared, c-2: a row with no claim_id (line 3 of working) did not load, and may be it",
    );
  });

  it("diff's note counts what a side's problems keep out, which may be nothing", async () => {
    // An outside audit: a CRLF claims.csv (a stale hash and dialect, every row loaded) was noted as
    // "2 problems; rows that did not load cleanly are not compared".
    const dataDir = await twoReleases();
    await writeFile(
      join(dataDir, "claims.csv"),
      withClaimCell(4, "notes", "checked").replaceAll("\n", "\r\n"),
    );
    const crlf = await run("diff", "1.1.0", "working", "--data", dataDir);
    expect(crlf.out).toEqual(["1.1.0 → working", "no changes"]);
    expect(crlf.err).toEqual([
      expect.stringMatching(
        /^note: working has \d problems? \(pnpm validate lists them\); every row loaded and is compared$/,
      ),
    ]);
    await writeFile(join(dataDir, "claims.csv"), withClaimCell(2, "value_low", "abc"));
    const one = await run("diff", "1.1.0", "working", "--data", dataDir);
    expect(one.err).toEqual([
      expect.stringMatching(
        /^note: working has \d problems? \(pnpm validate lists them\); 1 row that did not load cleanly is not compared$/,
      ),
    ]);
  });

  it("verify and list name a folder in releases/ that is not read as a release", async () => {
    // An outside audit: a tampered copy in releases/v1.2.0 passed verify with "ok" for the others.
    const dataDir = await twoReleases();
    await mkdir(join(dataDir, "releases", "v1.2.0"));
    const verified = await run("verify", "--data", dataDir);
    expect(verified.code).toBe(1);
    expect(verified.out).toEqual(["1.0.0: ok", "1.1.0: ok"]);
    expect(verified.err).toEqual([
      expect.stringMatching(/^releases\/v1\.2\.0: a folder not read as a release/),
    ]);
    const listed = await run("list", "--data", dataDir);
    expect(listed.code).toBe(0);
    expect(listed.out).toEqual(["1.0.0\t2024-05-01", "1.1.0\t2024-06-01"]);
    expect(listed.err).toHaveLength(1);
  });

  it("verify holds a manifest to its folder's version, its date and its own files; list says when one does not read", async () => {
    // An outside audit: a manifest claiming 1.2.1 in folder 1.2.0 passed ("ok"), and every later
    // message named 1.2.1; "not a date" was listed as the date; a path outside the folder was
    // reported missing; a manifest that was not JSON was listed as a bare version, nothing said.
    const dataDir = await twoReleases();
    const manifestOf = (v: string) => join(dataDir, "releases", v, "manifest.json");
    const manifest = JSON.parse(await readFile(manifestOf("1.0.0"), "utf8"));
    await writeFile(
      manifestOf("1.0.0"),
      JSON.stringify({
        ...manifest,
        version: "1.2.1",
        files: { ...manifest.files, "../../datapackage.json": manifest.files["datapackage.json"] },
      }),
    );
    await writeFile(join(dataDir, "releases", "1.0.0", "events.csv"), `${TINY_CSV.events}\n`);
    const verified = await run("verify", "--data", dataDir);
    expect(verified.code).toBe(1);
    expect(verified.err).toEqual([
      "1.0.0: manifest.json (version): version is 1.2.1 but the release folder is 1.0.0: a manifest is written with its release and never edited; restore it from version control [release/manifest]",
      expect.stringMatching(/^1\.0\.0: events\.csv: events\.csv of release 1\.0\.0 changed after it was cut/),
      '1.0.0: manifest.json (files): files names "../../datapackage.json", which is not a file of the release\'s own folder: a manifest lists only the files of its release [release/manifest]',
    ]);
    const other = JSON.parse(await readFile(manifestOf("1.1.0"), "utf8"));
    await writeFile(manifestOf("1.1.0"), JSON.stringify({ ...other, created: "not a date" }));
    const dated = await run("verify", "--data", dataDir);
    expect(dated.err.filter((line) => line.startsWith("1.1.0"))).toEqual([
      expect.stringMatching(
        /^1\.1\.0: manifest\.json: created: must be the date the release was cut, as 2024-05-01/,
      ),
    ]);
    await writeFile(manifestOf("1.1.0"), "{");
    const listed = await run("list", "--data", dataDir);
    expect(listed.code).toBe(0);
    expect(listed.out).toEqual(["1.0.0\t2024-05-01", "1.1.0"]);
    expect(listed.err).toEqual([expect.stringMatching(/^1\.1\.0: manifest\.json: is not valid JSON/)]);
  });

  it("refuses a releases path that is a file with one line and exit 2", async () => {
    const dataDir = await writeTinyDataset();
    await writeFile(join(dataDir, "releases"), "");
    for (const command of ["list", "verify"]) {
      const { code, err } = await run(command, "--data", dataDir);
      expect(code).toBe(2);
      expect(err).toEqual([expect.stringMatching(/^pnpm dataset: .*releases is not a folder/)]);
    }
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
    [["frobnicate"], 'pnpm dataset: unknown command "frobnicate": use hash, verify, diff, list or propose'],
    [[], "pnpm dataset: a command is needed: hash, verify, diff, list or propose (--help for usage)"],
    [["propose", "--source-id", "s-wire"], "pnpm dataset: propose needs --text <file> and --source-id <id>"],
    [
      ["propose", "--text", "/nonexistent/a.txt", "--source-id", "s-wire", "--format", "xml"],
      "pnpm dataset: --format must be csv or json, not xml",
    ],
  ])("exits 2 on bad arguments %j", async (argv, message) => {
    expect(await run(...argv, "--data", "/tmp")).toEqual({ code: 2, out: [], err: [message, USAGE_LINE] });
  });

  it("exits 2 on an unknown option (reason and usage line) or unreadable input (reason only)", async () => {
    const option = await run("list", "--colour");
    expect([option.code, option.err.length, option.err[1]]).toEqual([2, 2, USAGE_LINE]);
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

  describe("propose", () => {
    const TEXT = "Police said hundreds were held and returned. About 60 were freed on Oct. 9, 2023.";
    async function textAndData() {
      const dataDir = await writeTinyDataset();
      const text = join(await mkdtemp(join(tmpdir(), "tally-propose-")), "article.txt");
      await writeFile(text, TEXT);
      return { dataDir, text };
    }

    it("prints claims.csv rows for each figure, the speaker and the outlet filled in", async () => {
      const { dataDir, text } = await textAndData();
      const { code, out, err } = await run(
        "propose",
        "--text",
        text,
        "--source-id",
        "s-wire",
        "--data",
        dataDir,
      );
      expect([code, err]).toEqual([0, []]);
      const lines = out.join("\n").split("\n");
      // Every column of claims.csv, the optional ones (reported_via) included.
      expect(lines[0]).toBe(columnsOf("claims").join(","));
      expect(lines.slice(1).map((l) => l.split(",").slice(0, 10))).toEqual([
        [
          "new-1",
          "",
          "s-wire",
          "persons_returned",
          "at_least",
          "100",
          "",
          "hundreds",
          "Police",
          "government",
        ],
        ["new-2", "", "s-wire", "", "about", "60", "60", "About 60", "Police", "government"],
      ]);
    });

    it("--exclude-existing leaves out what claims.csv records for the source; --format json --out writes a file", async () => {
      const { dataDir, text } = await textAndData();
      const out = join(dirname(text), "proposals.json");
      const result = await run(
        "propose",
        "--text",
        text,
        "--source-id",
        "s-wire",
        "--exclude-existing",
        "--format",
        "json",
        "--out",
        out,
        "--data",
        dataDir,
      );
      // The count on standard error: with --out /dev/stdout the proposals are standard output.
      expect(result).toEqual({ code: 0, out: [], err: [`wrote 1 proposal to ${out}`] });
      const written = JSON.parse(await readFile(out, "utf8"));
      expect(
        written.map((p: { claim_id: string; figure_text: string }) => [p.claim_id, p.figure_text]),
      ).toEqual([["new-1", "About 60"]]);
    });

    // An outside audit: docs/propose.md writes `--out /dev/stdout` through when standard output is
    // a file, but that file, which the shell had made, was refused as one that "exists and may hold
    // reviewed proposals" (exit 2), so `propose --out /dev/stdout > proposals.csv` never worked.
    it("writes --out /dev/stdout through to the file standard output is sent to", async () => {
      const { dataDir, text } = await textAndData();
      const cli = fileURLToPath(new URL("../cli.ts", import.meta.url));
      const tsx = new URL("../../../../node_modules/tsx/dist/loader.mjs", import.meta.url).href;
      const out = join(dirname(text), "proposals.csv");
      for (const [flags, before] of [
        ["w", ""],
        ["a", "kept\n"],
      ] as const) {
        writeFileSync(out, before);
        const fd = openSync(out, flags);
        let result: ReturnType<typeof spawnSync>;
        try {
          result = spawnSync(
            process.execPath,
            ["--conditions=@tally/source", "--import", tsx, cli, "propose", "--text", text].concat([
              "--source-id",
              "s-wire",
              "--data",
              dataDir,
              "--out",
              "/dev/stdout",
            ]),
            { stdio: ["ignore", fd, "pipe"], encoding: "utf8", timeout: 120_000 },
          );
        } finally {
          closeSync(fd);
        }
        expect([result.status, result.stderr]).toEqual([0, "wrote 2 proposals to /dev/stdout\n"]);
        const written = readFileSync(out, "utf8");
        expect(written.startsWith(`${before}${columnsOf("claims").join(",")}\n`)).toBe(true);
        expect(written).toContain("About 60");
      }
    });

    it("refuses a text other than the one the source's text_ref names", async () => {
      const { dataDir, text } = await textAndData();
      const sources = await readFile(join(dataDir, "sources.csv"), "utf8");
      await writeFile(
        join(dataDir, "sources.csv"),
        sources.replace("https://example.org/a,news,,", "https://example.org/a,news,article.txt,"),
      );
      const named = await run("propose", "--text", text, "--source-id", "s-wire", "--data", dataDir);
      expect([named.code, named.err]).toEqual([0, []]);
      const other = join(dirname(text), "other.txt");
      await writeFile(other, TEXT);
      expect(await run("propose", "--text", other, "--source-id", "s-wire", "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: [
          `pnpm dataset: source "s-wire" names the text "article.txt" (text_ref in sources.csv), not ${other}: give that text, or the source whose text this is`,
        ],
      });
    });

    // An outside review: a sources.csv saved with semicolons gave "add the source's row first" for
    // a row that is there, and --exclude-existing over a claims.csv that did not load excluded
    // nothing, silently.
    it("says a table did not load rather than that the source is missing or nothing is recorded", async () => {
      const { dataDir, text } = await textAndData();
      const excluding = () =>
        run("propose", "--text", text, "--source-id", "s-wire", "--exclude-existing", "--data", dataDir);
      const sources = await readFile(join(dataDir, "sources.csv"), "utf8");
      await writeFile(join(dataDir, "sources.csv"), sources.replaceAll(",", ";"));
      const semi = await run("propose", "--text", text, "--source-id", "s-wire", "--data", dataDir);
      expect(semi.code).toBe(2);
      expect(semi.err[0]).toMatch(
        new RegExp(
          `^pnpm dataset: ${join(dataDir, "sources.csv")} could not be read \\(sources\\.csv is separated by semicolons`,
        ),
      );
      // A row that is there but did not load (a bad date) is not "missing" either.
      await writeFile(
        join(dataDir, "sources.csv"),
        sources
          .split("\n")
          .map((line) =>
            line.startsWith("s-wire,") ? line.replace(/,\d{4}-\d{2}-\d{2},/, ",2023-13-01,") : line,
          )
          .join("\n"),
      );
      const bad = await run("propose", "--text", text, "--source-id", "s-wire", "--data", dataDir);
      expect(bad.err[0]).toBe(
        `pnpm dataset: source "s-wire" has a row in ${join(dataDir, "sources.csv")} that did not load: run pnpm validate and mend it first`,
      );
      await writeFile(join(dataDir, "sources.csv"), sources);

      await writeFile(join(dataDir, "claims.csv"), TINY_CSV.claims.replaceAll(",", "\t"));
      const tabs = await excluding();
      expect(tabs.code).toBe(2);
      expect(tabs.err[0]).toMatch(/^pnpm dataset: --exclude-existing: .*claims\.csv could not be read/);
      // Without --exclude-existing the claims are not needed: proposals as ever.
      expect((await run("propose", "--text", text, "--source-id", "s-wire", "--data", dataDir)).code).toBe(0);

      await writeFile(join(dataDir, "claims.csv"), withClaimCell(2, "value_low", "abc"));
      const one = await excluding();
      expect(one.code).toBe(0);
      expect(one.err).toEqual([
        "note: 1 claim of claims.csv did not load (run pnpm validate): --exclude-existing cannot exclude what it says",
      ]);
    });

    it("exits 2 on a source id that is not in sources.csv, and on an unreadable text", async () => {
      const { dataDir, text } = await textAndData();
      expect(await run("propose", "--text", text, "--source-id", "s-new", "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: [
          `pnpm dataset: source "s-new" is not in ${join(dataDir, "sources.csv")}: add the source's row first`,
        ],
      });
      expect(
        await run("propose", "--text", "/nonexistent/a.txt", "--source-id", "s-wire", "--data", dataDir),
      ).toEqual({
        code: 2,
        out: [],
        err: ["pnpm dataset: cannot read source text /nonexistent/a.txt: no such file"],
      });
      // Why, as `pnpm validate --corpus` says it: a folder read as a missing file (an outside audit).
      const folder = dirname(text);
      expect(await run("propose", "--text", folder, "--source-id", "s-wire", "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: [`pnpm dataset: cannot read source text ${folder}: a folder, not a file`],
      });
    });

    it("refuses an --out file that exists, and replaces it with --force", async () => {
      const { dataDir, text } = await textAndData();
      const out = join(dirname(text), "reviewed.csv");
      await writeFile(out, "REVIEWED WORK\n");
      const args = ["propose", "--text", text, "--source-id", "s-wire", "--out", out, "--data", dataDir];
      // An outside audit lost a review this way, with exit 0.
      expect(await run(...args)).toEqual({
        code: 2,
        out: [],
        err: [
          `pnpm dataset: --out ${out} exists and may hold reviewed proposals: name another file, or add --force to replace it`,
        ],
      });
      expect(await readFile(out, "utf8")).toBe("REVIEWED WORK\n");
      expect(await run(...args, "--force")).toEqual({
        code: 0,
        out: [],
        err: [`wrote 2 proposals to ${out}`],
      });
      expect((await readFile(out, "utf8")).split("\n")[0]).toMatch(/^claim_id,event_id,source_id,/);
      // Only propose writes a file: elsewhere --force is refused, as every option a command does not read.
      expect((await run("list", "--force", "--data", dataDir)).err[0]).toBe(
        "pnpm dataset: --force applies to propose, not to list",
      );
    });

    it("exits 2 with the usage line on an empty --source-id or a repeated --text", async () => {
      const { dataDir, text } = await textAndData();
      expect(await run("propose", "--text", text, "--source-id", "", "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: ["pnpm dataset: --source-id is empty: give the source's id in sources.csv", USAGE_LINE],
      });
      expect(
        await run("propose", "--text", text, "--text", text, "--source-id", "s-wire", "--data", dataDir),
      ).toEqual({
        code: 2,
        out: [],
        err: ["pnpm dataset: --text was given 2 times; give it once", USAGE_LINE],
      });
    });

    it("exits 2 on a repeated --format, --data or --exclude-existing, which would silently take the last", async () => {
      const { dataDir, text } = await textAndData();
      const args = ["propose", "--text", text, "--source-id", "s-wire"];
      expect(await run(...args, "--format", "json", "--format", "csv", "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: ["pnpm dataset: --format was given 2 times; give it once", USAGE_LINE],
      });
      expect(await run(...args, "--data", dataDir, "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: ["pnpm dataset: --data was given 2 times; give it once", USAGE_LINE],
      });
      expect(await run(...args, "--exclude-existing", "--exclude-existing", "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: ["pnpm dataset: --exclude-existing was given 2 times; give it once", USAGE_LINE],
      });
    });

    it("exits 2 naming the line and character of the first byte that is not UTF-8", async () => {
      const { dataDir, text } = await textAndData();
      // "Café" in Latin-1 on the second line: the é is the byte 0xE9.
      await writeFile(
        text,
        Buffer.from("About 60 were held.\nCaf\xe9 owners said 40 people were held.\n", "latin1"),
      );
      expect(await run("propose", "--text", text, "--source-id", "s-wire", "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: [
          `pnpm dataset: ${text} is not UTF-8 text (first bad byte on line 2, character 4): save it as UTF-8`,
        ],
      });
    });

    it("says on standard error when a text holds no text, or no figure", async () => {
      const { dataDir, text } = await textAndData();
      const propose = () => run("propose", "--text", text, "--source-id", "s-wire", "--data", dataDir);
      await writeFile(text, " \n\t\n");
      expect(await propose()).toEqual({
        code: 0,
        out: [columnsOf("claims").join(",")],
        err: [`note: ${text} holds no text: nothing to propose`],
      });
      await writeFile(text, "Nobody said how many were held.\n");
      expect((await propose()).err).toEqual([`note: no figure found in ${text}`]);
    });

    it("exits 2 on UTF-16 text without a byte order mark, which is valid UTF-8 byte for byte", async () => {
      // An outside audit: read as UTF-8 its NULs cut "60" into 6 and 0, both proposed.
      const { dataDir, text } = await textAndData();
      await writeFile(text, Buffer.from("Police said\nabout 60 were held.\n", "utf16le"));
      expect(await run("propose", "--text", text, "--source-id", "s-wire", "--data", dataDir)).toEqual({
        code: 2,
        out: [],
        err: [
          `pnpm dataset: ${text} holds a NUL character (line 1, character 2), as UTF-16 text or a binary file does: save it as UTF-8 text`,
        ],
      });
    });

    // An outside audit: the escape went into the quote and so to the terminal, the loader refused
    // the row, and the 0 of "ESC ]0;" was proposed as a figure.
    it("leaves control characters and escape sequences out of every row, and says where the first is", async () => {
      const { dataDir, text } = await textAndData();
      await writeFile(
        text,
        "Police said hundreds were held.\nAbout 60 people\x1b]0;x\x07 were freed.\n\u202eAbout 90 fled.\u202c\n",
      );
      const note = `note: ${text} holds 2 control characters or escape sequences (the first U+001B (ESC) on line 2, character 16), which no claims.csv cell may hold: quotes stop at them, and a figure one cuts into or glues a letter to is passed over; remove them from the text to quote whole sentences`;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
      const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
      for (const format of ["csv", "json"]) {
        const r = await run(
          "propose",
          "--text",
          text,
          "--source-id",
          "s-wire",
          "--format",
          format,
          "--data",
          dataDir,
        );
        expect([r.code, r.err], format).toEqual([0, [note]]);
        expect(r.out.join("\n"), format).not.toMatch(CONTROL);
      }
      const csv = await run("propose", "--text", text, "--source-id", "s-wire", "--data", dataDir);
      const [header, ...rows] = parse(csv.out.join("\n")) as string[][];
      const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
      expect(column("figure_text")).toEqual(["hundreds", "About 60"]);
      expect(column("quote")).toEqual(["Police said hundreds were held.", "About 60 people"]);
    });

    it("exits 2 with one line when --out cannot be written", async () => {
      const { dataDir, text } = await textAndData();
      const folder = dirname(text);
      const cases: [string, string][] = [
        [folder, `${folder} is a folder; name a file to write`],
        // A parent that is a file (the text); a missing folder is made, as `pnpm validate --out` makes it.
        [
          join(text, "p.csv"),
          `cannot write ${join(text, "p.csv")}: ENOTDIR: not a directory, stat '${join(text, "p.csv")}'`,
        ],
        ["/dev/full", "cannot write /dev/full: ENOSPC: no space left on device, write"],
      ];
      for (const [out, why] of cases)
        expect(
          await run("propose", "--text", text, "--source-id", "s-wire", "--out", out, "--data", dataDir),
        ).toEqual({ code: 2, out: [], err: [`pnpm dataset: ${why}`] });
    });

    it("refuses an --out that is the source text or a file of the data folder, and writes neither", async () => {
      const { dataDir, text } = await textAndData();
      const claims = join(dataDir, "claims.csv");
      const before = await readFile(claims, "utf8");
      await mkdir(join(dataDir, "sub"));
      const viaDotDot = join(dataDir, "sub", "..", "claims.csv");
      const cases: [string, string][] = [
        [text, `--out ${text} is the source text itself; name another file`],
        [
          claims,
          `--out ${claims} is inside the data folder ${dataDir}; write proposals elsewhere and paste the reviewed rows in`,
        ],
        [
          viaDotDot,
          `--out ${viaDotDot} is inside the data folder ${dataDir}; write proposals elsewhere and paste the reviewed rows in`,
        ],
      ];
      for (const [out, why] of cases)
        expect(
          await run("propose", "--text", text, "--source-id", "s-wire", "--out", out, "--data", dataDir),
        ).toEqual({ code: 2, out: [], err: [`pnpm dataset: ${why}`] });
      expect(await readFile(claims, "utf8")).toBe(before);
      expect(await readFile(text, "utf8")).toBe(TEXT);
    });
  });
});
