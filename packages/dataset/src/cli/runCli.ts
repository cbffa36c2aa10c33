import { existsSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, normalize, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { bomNote, descriptorHasBom, filesWithBom } from "../csv/byteOrderMark.js";
import { refreshDescriptor } from "../datapackage/refreshDescriptor.js";
import { describeDiff, NO_CHANGES } from "../diff/describeDiff.js";
import { diffReleases } from "../diff/diffReleases.js";
import { DatasetReadError } from "../load/errors.js";
import type { LoadedDataset } from "../load/loadedDataset.js";
import { DESCRIPTOR_FILE, decodeSourceText } from "../load/readDatasetFiles.js";
import { formatProblem } from "../problemText.js";
import { controlsNote } from "../propose/controls.js";
import { refuseExistingOut, refuseInputAsOut } from "../propose/outPath.js";
import { proposeClaims } from "../propose/proposeClaims.js";
import { PROPOSAL_FORMATS, type ProposalFormat, proposalPieces } from "../propose/writeProposals.js";
import { defaultDataDir, releasesDir } from "../release/dataDir.js";
import {
  BYTES_ONLY,
  bytesOnlyLine,
  bytesOnlyTables,
  descriptorChanges,
  descriptorDiff,
} from "../release/descriptorChanges.js";
import { releaseFolders } from "../release/listReleases.js";
import { loadRelease, loadWorkingCopy } from "../release/loadRelease.js";
import { MANIFEST_FILE } from "../release/manifest.js";
import { readReleaseManifest, verifyRelease } from "../release/verifyRelease.js";
import { TABLE_NAMES, TABLES, type TableName } from "../schema/tables.js";
import { FileWriteError, writeWholeFile } from "../wholeFile.js";
import {
  keylessSuspects,
  mergeUncompared,
  type Uncompared,
  uncomparedKeys,
  unreadTables,
  withoutTables,
  withoutUncompared,
} from "./uncompared.js";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const USAGE = `usage: pnpm dataset <command> [--data <dir>]
  hash                      refresh datapackage.json (hashes, sizes, Table Schemas)
  verify                    check every release against its manifest
  diff <a> <b> [--format text|json]   compare two releases (a version or "working")
  list                      list the releases
  propose --text <file> --source-id <id> [--format csv|json] [--out <file> [--force]] [--exclude-existing]
                            propose one claims.csv row per figure in a source text, for review
                            (--force replaces an --out file that exists)
  -h, --help                show this help

Exit codes: 0 done; 1 hash could not describe a table, or verify found a release that does not
match its manifest or a folder of releases/ not named by a version; 2 a bad argument, input that
could not be read or output that could not be written; 141 stdout closed before the end (| head).`;

/** Bad arguments: exit 2 with a one-line reason, like unreadable input. */
class UsageError extends Error {}

/** Arguments that are well formed but name what the data lacks: exit 2, without the usage line. */
class RefusedError extends Error {}

async function hash(dataDir: string, io: CliIo): Promise<number> {
  // A release's descriptor is frozen with its manifest: refreshed, it no longer matches, and the
  // release fails verify (an outside audit ran hash on releases/1.0.0, which rewrote it, exit 0).
  if (existsSync(join(dataDir, MANIFEST_FILE)))
    throw new RefusedError(
      `${dataDir} is a release (it holds ${MANIFEST_FILE}): released files never change, so its ${DESCRIPTOR_FILE} is not refreshed; give the working copy's folder (--data), where the tables are edited`,
    );
  // Written anew without it; said, since Python's json.load refuses a descriptor that has one.
  const marked = descriptorHasBom(dataDir);
  const { path, written, problems, updated } = await refreshDescriptor(dataDir);
  if (written) io.out(`refreshed ${path}`);
  if (written && marked)
    io.out(
      `  updated: ${DESCRIPTOR_FILE}: written without the UTF-8 byte order mark it started with, which Python's json.load refuses`,
    );
  for (const problem of updated) io.out(`  updated: ${formatProblem(problem)}`);
  for (const problem of problems) io.err(formatProblem(problem));
  const csvMarked = filesWithBom(dataDir);
  if (csvMarked.length > 0) io.err(bomNote(csvMarked));
  return problems.length > 0 ? 1 : 0;
}

async function verify(dataDir: string, io: CliIo): Promise<number> {
  const { versions, stray } = await releaseFolders(dataDir);
  for (const problem of stray) io.err(formatProblem(problem));
  if (versions.length === 0) io.out(`no releases in ${releasesDir(dataDir)}`);
  let failed = stray.length;
  for (const version of versions) {
    const problems = await verifyRelease(join(releasesDir(dataDir), version));
    if (problems.length === 0) io.out(`${version}: ok`);
    else failed++;
    for (const problem of problems) io.err(`${version}: ${formatProblem(problem)}`);
  }
  return failed > 0 ? 1 : 0;
}

async function list(dataDir: string, io: CliIo): Promise<number> {
  const { versions, stray } = await releaseFolders(dataDir);
  for (const problem of stray) io.err(formatProblem(problem));
  for (const version of versions) {
    // A manifest that does not read leaves the version without its date, and says why on stderr
    // (it printed the bare version, exit 0, with nothing said: an outside audit).
    const manifest = await readReleaseManifest(join(releasesDir(dataDir), version));
    if ("code" in manifest) {
      io.err(`${version}: ${formatProblem(manifest)}`);
      io.out(version);
    } else io.out(`${version}\t${manifest.created}`);
  }
  return 0;
}

/**
 * What a side's problems mean for the diff: how many rows and tables they keep out of it, which
 * may be none (a stale hash or dialect leaves every row compared).
 */
function problemsNote(name: string, loaded: LoadedDataset, keys: Uncompared): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const rows =
    Object.values(keys).reduce((n, side) => n + side.length, 0) +
    Object.values(loaded.keyless ?? {}).reduce((n, lines) => n + lines.length, 0);
  const tables = loaded.unread?.length ?? 0;
  const left = [rows > 0 ? count(rows, "row") : null, tables > 0 ? count(tables, "table") : null].filter(
    (part) => part !== null,
  );
  const problems = `${name} has ${count(loaded.problems.length, "problem")} (pnpm validate lists them)`;
  return left.length === 0
    ? `note: ${problems}; every row loaded and is compared`
    : `note: ${problems}; ${left.join(" and ")} that did not load cleanly ${rows + tables === 1 ? "is" : "are"} not compared`;
}

/** Per table, the rows either side could not load that name no key, by side and line. */
function rowsWithoutKey(
  a: string,
  before: LoadedDataset,
  b: string,
  after: LoadedDataset,
  unread: readonly TableName[],
): Partial<Record<TableName, { side: string; line: number }[]>> {
  const out: Partial<Record<TableName, { side: string; line: number }[]>> = {};
  for (const table of TABLE_NAMES) {
    if (unread.includes(table)) continue;
    const rows = [
      ...(before.keyless?.[table] ?? []).map((line) => ({ side: a, line })),
      ...(after.keyless?.[table] ?? []).map((line) => ({ side: b, line })),
    ];
    if (rows.length > 0) out[table] = rows;
  }
  return out;
}

function load(version: string, dataDir: string): Promise<LoadedDataset> {
  return version === "working" ? loadWorkingCopy({ dataDir }) : loadRelease(version, { dataDir });
}

async function diff(positionals: string[], format: string, dataDir: string, io: CliIo): Promise<number> {
  const [a, b, ...rest] = positionals;
  if (a === undefined || b === undefined || rest.length > 0)
    throw new UsageError("diff needs exactly two versions, e.g. diff 1.0.0 working");
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json, not ${format}`);
  const [before, after] = [await load(a, dataDir), await load(b, dataDir)];
  const [beforeKeys, afterKeys] = [uncomparedKeys(before), uncomparedKeys(after)];
  for (const [name, loaded, keys] of [
    [a, before, beforeKeys],
    [b, after, afterKeys],
  ] as const)
    if (loaded.problems.length > 0) io.err(problemsNote(name, loaded, keys));
  const unread = unreadTables(before, after);
  const keyed = mergeUncompared(beforeKeys, afterKeys);
  for (const table of unread) delete keyed[table];
  const suspects = keylessSuspects(before, after, keyed, unread);
  const uncompared = mergeUncompared(keyed, suspects);
  const result = diffReleases(
    withoutTables(withoutUncompared(before.tables, uncompared), unread),
    withoutTables(withoutUncompared(after.tables, uncompared), unread),
    { before: before.absentColumns, after: after.absentColumns },
  );
  // What the rows do not show: descriptions, dialects, fields (none when a descriptor did not load).
  // A working copy's hashes may be stale until `hash` runs: its bytes are compared only between releases.
  const both = before.descriptor != null && after.descriptor != null;
  const bytesOnly =
    both && a !== "working" && b !== "working"
      ? bytesOnlyTables(
          before.descriptor!,
          after.descriptor!,
          result,
          new Set([...Object.keys(uncompared), ...unread]),
        )
      : [];
  const described = both
    ? [...descriptorChanges(before.descriptor!, after.descriptor!), ...bytesOnly.map(bytesOnlyLine)]
    : [];
  if (format === "json")
    io.out(
      JSON.stringify(
        {
          from: a,
          to: b,
          ...result,
          // Whole values, one entry per change (the text cuts values short and groups fields).
          descriptor_changes: [
            ...(both ? descriptorDiff(before.descriptor!, after.descriptor!) : []),
            ...bytesOnly.map((resource) => ({ resource, property: "bytes", note: BYTES_ONLY })),
          ],
          not_compared: uncompared,
          tables_not_compared: unread,
          rows_without_key: rowsWithoutKey(a, before, b, after, unread),
        },
        null,
        2,
      ),
    );
  else {
    const lines = describeDiff(result, described);
    // Nothing changed among the rows compared, but some were not: "no changes" above the rows
    // left out read as a verdict on them too (an outside audit).
    const partial = Object.keys(uncompared).length > 0 || unread.length > 0;
    const headline =
      lines.length === 1 && lines[0] === NO_CHANGES && partial
        ? ["no changes among the rows compared"]
        : lines;
    for (const line of [`${a} → ${b}`, ...headline]) io.out(line);
    for (const [table, keys] of Object.entries(keyed))
      io.out(
        table === "assessments"
          ? `${table}: not compared, a row did not load cleanly or assesses an event and metric twice (${keys.join(", ")})`
          : `${table}: not compared, a row did not load cleanly (${keys.join(", ")})`,
      );
    const keyless = rowsWithoutKey(a, before, b, after, unread);
    for (const table of TABLE_NAMES) {
      const keys = suspects[table];
      if (keys === undefined) continue;
      const key = TABLES[table].key as string;
      const rows = keyless[table]!;
      const where = rows.map((r) => `line ${r.line} of ${r.side}`).join(", ");
      io.out(
        `${table}: not compared, ${keys.join(", ")}: ${rows.length === 1 ? "a row" : `${rows.length} rows`} with no ${key} (${where}) did not load, and may be ${keys.length === 1 ? "it" : "them"}`,
      );
    }
    for (const table of unread)
      io.out(
        `${table}: not compared, the table did not load (an empty file, or a header without its key column: another delimiter?)`,
      );
  }
  return 0;
}

interface ProposeArgs {
  text: string[] | undefined;
  sourceId: string[] | undefined;
  format: string;
  out: string[] | undefined;
  excludeExisting: boolean;
  force: boolean;
}

/** Why a file could not be read, in words: "cannot read source text /tmp" said nothing of why. */
function unreadableWhy(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error.code ?? error.message;
  }
}

/** The one value of an option taken once; a second would silently replace the first. */
function once<T extends string | boolean>(name: string, values: T[] | undefined): T | undefined {
  if (values !== undefined && values.length > 1)
    throw new UsageError(`${name} was given ${values.length} times; give it once`);
  return values?.[0];
}

/** Whether `textFile` is the file a `text_ref` names: that path, or it under some corpus folder. */
function namesText(textFile: string, textRef: string): boolean {
  const named = normalize(textRef);
  const given = resolve(textFile);
  return given === resolve(named) || given.endsWith(`${sep}${named}`);
}

async function propose(args: ProposeArgs, dataDir: string, io: CliIo): Promise<number> {
  const textFile = once("--text", args.text);
  const sourceId = once("--source-id", args.sourceId);
  const out = once("--out", args.out);
  const { format } = args;
  if (textFile === undefined || sourceId === undefined)
    throw new UsageError("propose needs --text <file> and --source-id <id>");
  if (sourceId.trim() === "")
    throw new UsageError("--source-id is empty: give the source's id in sources.csv");
  if (!(PROPOSAL_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be csv or json, not ${format}`);
  const bytes = await readFile(textFile).catch((error: NodeJS.ErrnoException) => {
    throw new DatasetReadError(`cannot read source text ${textFile}: ${unreadableWhy(error)}`, textFile);
  });
  // A quote is checked against the text as printed: a replacement character would be invented text.
  const text = decodeSourceText(bytes, textFile);
  if (out !== undefined) {
    refuseInputAsOut(out, { textFile, dataDir });
    if (!args.force) refuseExistingOut(out);
  }
  // The working copy gives the metrics to guess from, the outlet and the claims already recorded.
  const working = await loadWorkingCopy({ dataDir });
  const { tables } = working;
  const source = tables.sources.find((s) => s.source_id === sourceId);
  // A table that did not load says so, rather than a source "not in" a file saved with semicolons
  // or claims excluded from a claims.csv that was never read (an outside review).
  const unreadFile = (table: "sources" | "claims") =>
    working.unread?.includes(table)
      ? `${join(dataDir, `${table}.csv`)} could not be read (${working.problems.find((p) => p.file === `${table}.csv`)?.message ?? "no header with its key column"}): run pnpm validate`
      : null;
  // docs/propose.md adds the source's row before running propose; an unknown id is a typo, which
  // with --exclude-existing would silently exclude nothing.
  if (source === undefined)
    throw new RefusedError(
      unreadFile("sources") ??
        (working.unloaded?.sources?.includes(sourceId)
          ? `source ${JSON.stringify(sourceId)} has a row in ${join(dataDir, "sources.csv")} that did not load: run pnpm validate and mend it first`
          : `source ${JSON.stringify(sourceId)} is not in ${join(dataDir, "sources.csv")}: add the source's row first`),
    );
  // The text the source's row names is the one the provenance rule will read the quotes in: another
  // would tie its figures to the wrong source (an outside review proposed one text's figures for
  // another's source, and --exclude-existing then excluded nothing).
  if (source.text_ref !== null && !namesText(textFile, source.text_ref))
    throw new RefusedError(
      `source ${JSON.stringify(sourceId)} names the text ${JSON.stringify(source.text_ref)} (text_ref in sources.csv), not ${textFile}: give that text, or the source whose text this is`,
    );
  if (args.excludeExisting) {
    const claimsUnread = unreadFile("claims");
    if (claimsUnread !== null) throw new RefusedError(`--exclude-existing: ${claimsUnread}`);
    const left = working.unloaded?.claims?.length ?? 0;
    if (left > 0)
      io.err(
        `note: ${left === 1 ? "1 claim" : `${left} claims`} of claims.csv did not load (run pnpm validate): --exclude-existing cannot exclude what ${left === 1 ? "it says" : "they say"}`,
      );
  }
  const proposals = proposeClaims(text, {
    sourceId,
    metrics: tables.metrics,
    claims: tables.claims,
    outlet: source.outlet,
    excludeExisting: args.excludeExisting,
  });
  // Left out of every row, said once with where the first is (an outside audit found escapes in quotes).
  const controls = controlsNote(text, textFile);
  if (controls !== null) io.err(controls);
  // A header alone said nothing of why (an outside audit gave an empty file and got exit 0, unsaid).
  if (proposals.length === 0)
    io.err(
      text.trim() === ""
        ? `note: ${textFile} holds no text: nothing to propose`
        : `note: no figure found in ${textFile}${args.excludeExisting ? " that claims.csv does not record already" : ""}`,
    );
  const pieces = proposalPieces(proposals, format as ProposalFormat);
  if (out === undefined) for (const piece of pieces) io.out(piece.replace(/\n$/, ""));
  else {
    await writeWholeFile(out, (fd) => {
      // Only the write is the file's failure: a piece that cannot be made is no fault of --out.
      for (const piece of pieces)
        try {
          writeFileSync(fd, piece);
        } catch (error) {
          throw new FileWriteError(`cannot write ${out}: ${(error as Error).message.split("\n")[0]}`);
        }
    });
    // On standard error: with `--out /dev/stdout` the proposals are standard output (an outside review).
    io.err(`wrote ${proposals.length === 1 ? "1 proposal" : `${proposals.length} proposals`} to ${out}`);
  }
  return 0;
}

/** `pnpm dataset …`: returns the exit code (0 ok, 1 problems found, 2 unreadable input or bad arguments). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: "string", multiple: true },
        format: { type: "string", multiple: true },
        text: { type: "string", multiple: true },
        "source-id": { type: "string", multiple: true },
        out: { type: "string", multiple: true },
        // Taken as a list only so that a repeat is refused, as every other option's is.
        "exclude-existing": { type: "boolean", multiple: true },
        force: { type: "boolean", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const dataDir = once("--data", values.data) ?? defaultDataDir();
    const format = once("--format", values.format);
    const excludeExisting = once("--exclude-existing", values["exclude-existing"]) ?? false;
    const force = once("--force", values.force) ?? false;
    if (!existsSync(dataDir)) throw new DatasetReadError(`data directory ${dataDir} does not exist`, dataDir);
    if (command !== "diff" && rest.length > 0)
      throw new UsageError(`${command} takes no arguments, got ${rest.join(" ")}`);
    // An option the command does not read would be silently ignored (`list --format json` printed text).
    const givenFor: [string, boolean, readonly string[]][] = [
      ["--format", format !== undefined, ["diff", "propose"]],
      ["--text", values.text !== undefined, ["propose"]],
      ["--source-id", values["source-id"] !== undefined, ["propose"]],
      ["--out", values.out !== undefined, ["propose"]],
      ["--exclude-existing", excludeExisting, ["propose"]],
      ["--force", force, ["propose"]],
    ];
    for (const [option, given, commands] of givenFor)
      if (given && command !== undefined && !commands.includes(command))
        throw new UsageError(`${option} applies to ${commands.join(" and ")}, not to ${command}`);
    switch (command) {
      case "hash":
        return await hash(dataDir, io);
      case "verify":
        return await verify(dataDir, io);
      case "list":
        return await list(dataDir, io);
      case "diff":
        return await diff(rest, format ?? "text", dataDir, io);
      case "propose":
        return await propose(
          {
            text: values.text,
            sourceId: values["source-id"],
            format: format ?? "csv",
            out: values.out,
            excludeExisting,
            force,
          },
          dataDir,
          io,
        );
      case undefined:
        throw new UsageError("a command is needed: hash, verify, diff, list or propose (--help for usage)");
      default:
        throw new UsageError(
          `unknown command ${JSON.stringify(command)}: use hash, verify, diff, list or propose`,
        );
    }
  } catch (error) {
    const badArgs =
      error instanceof TypeError && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
    const refused =
      error instanceof DatasetReadError || error instanceof RefusedError || error instanceof FileWriteError;
    if (refused || error instanceof UsageError || badArgs) {
      io.err(`pnpm dataset: ${(error as Error).message.split("\n")[0]}`);
      if (!refused) io.err(USAGE.split("\n")[0]!);
      return 2;
    }
    throw error;
  }
}
