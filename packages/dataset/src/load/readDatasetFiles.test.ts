import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTinyDataset } from "../__fixtures__/tinyDataset.js";
import { DatasetReadError } from "./errors.js";
import { readDatasetFiles } from "./readDatasetFiles.js";

/** A tiny dataset, changed by `change`. */
async function dataset(change: (dir: string) => void): Promise<string> {
  const dir = await writeTinyDataset();
  change(dir);
  return dir;
}

/** The error `readDatasetFiles` throws for `dir`: its class, message and path. */
async function failure(dir: string) {
  const error = await readDatasetFiles(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetReadError);
  const { message, path } = error as DatasetReadError;
  return { message, path };
}

describe("readDatasetFiles says in one line why a dataset cannot be read", () => {
  it("reads a clean dataset: the descriptor parsed, each table's bytes as stored", async () => {
    const files = await readDatasetFiles(await dataset(() => {}));
    expect((files.descriptor as { name: string }).name).toBeTypeOf("string");
    expect(new TextDecoder().decode(files.csv.events).split("\n")[0]).toBe(
      "event_id,title,date,date_precision,date_inferred,date_end,location,category,notes",
    );
    expect(files.optional).toEqual({});
  });

  it("a file where the directory should be", async () => {
    const file = join(await writeTinyDataset(), "events.csv");
    expect(await failure(file)).toEqual({ message: `${file} is not a directory`, path: file });
  });

  it("a missing descriptor, and a missing table, each with why it is needed", async () => {
    const noDescriptor = await dataset((dir) => rmSync(join(dir, "datapackage.json")));
    const descriptor = join(noDescriptor, "datapackage.json");
    expect(await failure(noDescriptor)).toEqual({
      message: `${descriptor} is missing: every dataset needs its Frictionless descriptor`,
      path: descriptor,
    });
    const noEvents = await dataset((dir) => rmSync(join(dir, "events.csv")));
    expect((await failure(noEvents)).message).toBe(
      `${join(noEvents, "events.csv")} is missing: every dataset needs its events table`,
    );
  });

  it("a file that exists but cannot be read gives the system's code, not 'missing'", async () => {
    const dir = await dataset((d) => {
      rmSync(join(d, "claims.csv"));
      mkdirSync(join(d, "claims.csv"));
    });
    const claims = join(dir, "claims.csv");
    expect(await failure(dir)).toEqual({ message: `${claims} cannot be read (EISDIR)`, path: claims });
    // An optional table is skipped only when it is absent, never when it cannot be read.
    const optional = await dataset((d) => mkdirSync(join(d, "assessments.csv")));
    expect((await failure(optional)).message).toBe(
      `${join(optional, "assessments.csv")} cannot be read (EISDIR)`,
    );
  });

  it("a table that is a loop of symbolic links is bad input, not an internal error", async () => {
    const dir = await dataset((d) => {
      rmSync(join(d, "claims.csv"));
      symlinkSync("claims.csv", join(d, "claims.csv"));
    });
    const claims = join(dir, "claims.csv");
    expect(await failure(dir)).toEqual({ message: `${claims} cannot be read (ELOOP)`, path: claims });
  });

  it("a table that is a link to nothing is a file not fetched, never an optional table left out", async () => {
    const optional = await dataset((d) =>
      symlinkSync("../annex/objects/assessments.csv", join(d, "assessments.csv")),
    );
    const assessments = join(optional, "assessments.csv");
    expect(await failure(optional)).toEqual({
      message: `${assessments} cannot be read: it is a link to ../annex/objects/assessments.csv, which does not exist (a git-annex or DVC file not fetched?)`,
      path: assessments,
    });
    const units = await dataset((d) => symlinkSync("/nowhere/units.csv", join(d, "units.csv")));
    expect((await failure(units)).message).toMatch(
      /units\.csv cannot be read: it is a link to \/nowhere\/units\.csv,/,
    );
    const claims = await dataset((d) => {
      rmSync(join(d, "claims.csv"));
      symlinkSync("gone.csv", join(d, "claims.csv"));
    });
    expect((await failure(claims)).message).toBe(
      `${join(claims, "claims.csv")} cannot be read: it is a link to gone.csv, which does not exist (a git-annex or DVC file not fetched?)`,
    );
  });

  it("a descriptor that is not UTF-8 is refused at the line of its first bad byte", async () => {
    const dir = await dataset((d) => {
      const lines = ['{\n  "name": "x",\n  "title": "Nord-Cor', "\xe9", 'e",\n  "version": "1.0.0"\n}\n'];
      writeFileSync(join(d, "datapackage.json"), Buffer.from(lines.join(""), "latin1"));
    });
    const descriptor = join(dir, "datapackage.json");
    expect(await failure(dir)).toEqual({
      message: `${descriptor} is not UTF-8 text (first bad byte on line 3, character 21): save it as UTF-8`,
      path: descriptor,
    });
  });

  it("places the bad byte itself, not a rightful U+FFFD before it, and counts characters as an editor does", async () => {
    // An outside audit: a genuine U+FFFD on line 2 drew the error there, 19 lines early.
    const header = "event_id,title,date,date_precision,date_inferred,date_end,location,category,notes\n";
    const row = (location: string) =>
      `rep,Forced repatriation,2023-10-09,day,false,,${location},forced_repatriation,\n`;
    const dir = await dataset((d) => {
      const bytes = Buffer.concat([
        Buffer.from(header + row("Dandong \uFFFD") + row("Tumen 🙂 ok"), "utf8"),
        Buffer.from("rep2,x,2023-10-09,day,false,,Hye", "utf8"),
        Buffer.from([0xe9, 0x2c]),
        Buffer.from("san,forced_repatriation,\n", "utf8"),
      ]);
      writeFileSync(join(d, "events.csv"), bytes);
    });
    expect((await failure(dir)).message).toBe(
      `${join(dir, "events.csv")} is not UTF-8 text (first bad byte on line 4, character 33): save it as UTF-8`,
    );
    // A stray continuation byte after an emoji: the emoji is one character, not two.
    const emoji = await dataset((d) => {
      writeFileSync(
        join(d, "events.csv"),
        Buffer.concat([Buffer.from(`${header}🙂🙂`, "utf8"), Buffer.from([0x80])]),
      );
    });
    expect((await failure(emoji)).message).toBe(
      `${join(emoji, "events.csv")} is not UTF-8 text (first bad byte on line 2, character 3): save it as UTF-8`,
    );
    // A file that ends inside a character: the cut character is the bad one.
    const cut = await dataset((d) => {
      writeFileSync(
        join(d, "events.csv"),
        Buffer.concat([Buffer.from(`${header}ab`, "utf8"), Buffer.from([0xf0, 0x9f])]),
      );
    });
    expect((await failure(cut)).message).toBe(
      `${join(cut, "events.csv")} is not UTF-8 text (first bad byte on line 2, character 3): save it as UTF-8`,
    );
  });

  it("a table that is a pipe is refused at once, not waited on for ever", async () => {
    // An outside review: a FIFO in place of metrics.csv, with no writer, hung the run.
    const dir = await dataset((d) => {
      rmSync(join(d, "metrics.csv"));
      execFileSync("mkfifo", [join(d, "metrics.csv")]);
    });
    expect((await failure(dir)).message).toBe(
      `${join(dir, "metrics.csv")} cannot be read: it is not a regular file (a pipe, socket or device)`,
    );
  });

  it("a table that is not UTF-8 is refused at the line of its first bad byte", async () => {
    const dir = await dataset((d) => {
      const header = "event_id,title,date,date_precision,date_inferred,date_end,location,category,notes\n";
      const row = "rep,Forced repatriation,2023-10-09,day,false,,Dandong\xe9,forced_repatriation,\n";
      writeFileSync(join(d, "events.csv"), Buffer.from(header + row, "latin1"));
    });
    expect((await failure(dir)).message).toBe(
      `${join(dir, "events.csv")} is not UTF-8 text (first bad byte on line 2, character 54): save it as UTF-8`,
    );
  });
});
