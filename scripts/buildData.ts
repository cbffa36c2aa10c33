// `pnpm build:data [--data <dir>] [--out <dir>] [--corpus <dir>] [--tolerance <t>]`: the release
// build (artifacts, findings, summary for every release, and the index the dashboard reads).
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatProblem, visibleControls } from "@tally/dataset";
import { DatasetReadError, defaultDataDir, strayReleaseFolders, verifyRelease } from "@tally/dataset/node";
import { FileWriteError, makeFolder } from "@tally/dataset/wholeFile";
import { buildReleases, repeatedOption } from "@tally/validation/node";

const USAGE = `Usage: pnpm build:data [--data <dir>] [--out <dir>] [--corpus <dir>] [--tolerance <t>]

Builds the release artifacts (CSV, Arrow IPC, Parquet, findings.json, summary.json for every
release in <data>/releases, and index.json) that the dashboard serves.

  --data <dir>       the data package (default: data/)
  --out <dir>        where to write (default: artifacts/data/)
  --corpus <dir>     the source texts, so quotes are checked (default: ../shared/seeds when present)
  --tolerance <t>    the conflict rule's tolerance for "about" figures, a fraction (default 0.1)
  -h, --help         show this help

SOURCE_DATE_EPOCH (seconds since 1970, as reproducible builds set it) is written as each
findings.json's "generated" time instead of the clock, so two builds of the same data are
byte for byte the same, index.json's hashes included.

Exit codes: 0 built; 1 built, but a release does not match its manifest, a folder of releases/
is not named by a version, or a release could not be read; 2 a bad argument, or input or output
that could not be read or written.
`;

function usageError(message: string): never {
  console.error(`build:data: ${message}\n${USAGE.split("\n")[0]}`);
  process.exit(2);
}

const { values, tokens } = (() => {
  try {
    return parseArgs({
      tokens: true,
      options: {
        data: { type: "string" },
        out: { type: "string" },
        corpus: { type: "string" },
        tolerance: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError((error as Error).message.split("\n")[0]!);
  }
})();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const twice = repeatedOption(tokens);
if (twice !== undefined) usageError(twice);
for (const key of ["data", "out", "corpus", "tolerance"] as const)
  if (values[key] !== undefined && values[key].trim() === "") usageError(`--${key} needs a value`);
const root = resolve(import.meta.dirname, "..");
const outRoot = resolve(values.out ?? join(root, "artifacts", "data"));
// The project's own source texts sit beside the clone when available; quotes are then checked.
const seeds = resolve(root, "..", "shared", "seeds");
const corpusDir = values.corpus ?? (existsSync(seeds) ? seeds : undefined);
const tolerance = values.tolerance === undefined ? undefined : Number(values.tolerance);
const epoch = process.env.SOURCE_DATE_EPOCH;
// Twelve digits at most stay within the dates Date holds: more would throw or write "Invalid Date".
if (epoch !== undefined && epoch !== "" && !/^\d{1,12}$/.test(epoch.trim()))
  usageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got ${JSON.stringify(epoch)}`);
const generated = epoch === undefined || epoch === "" ? undefined : new Date(Number(epoch) * 1000);
if (tolerance !== undefined && !(tolerance >= 0 && tolerance < 1))
  usageError(`--tolerance must be a fraction from 0 to below 1, got ${values.tolerance}`);

/** An error from the file system (ENOTDIR, EACCES, ENOSPC…): the machine's answer, not a bug of ours. */
const isSystemError = (error: unknown) =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === "string";
const dataDir = resolve(values.data ?? defaultDataDir());
const releasesDir = join(dataDir, "releases");

// Checked before the output folder is made: a mistyped --data left an empty --out behind, and was
// told "no releases in <dir>/releases" of a folder that was not there (an outside audit).
// A path that cannot even be looked at (ENOTDIR, EACCES, a name too long) is answered the same way.
const dataProblem = (() => {
  try {
    const stat = statSync(dataDir, { throwIfNoEntry: false });
    if (stat === undefined) return "does not exist";
    return stat.isDirectory() ? undefined : "is not a folder";
  } catch (error) {
    return `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
})();
if (dataProblem !== undefined) {
  console.error(`build:data: data directory ${dataDir} ${dataProblem}`);
  process.exit(2);
}

let unreadable = 0;
try {
  // One level at a time: Node's recursive mkdir loops for minutes under /proc (an outside review).
  makeFolder(outRoot);
  const index = await buildReleases({
    dataDir,
    outRoot,
    ...(corpusDir ? { corpusDir } : {}),
    ...(tolerance === undefined ? {} : { tolerance }),
    ...(generated === undefined ? {} : { generated }),
    onRelease: (entry, ms) =>
      console.log(`built ${entry.version}: ${entry.counts.claims} claims in ${Math.round(ms)} ms`),
    // The others are built, as for an edited release; this one cannot be, and is not published.
    onUnreadable: (version, error) => {
      unreadable++;
      console.error(
        `build:data: release ${version} cannot be read, and is left out: ${visibleControls(error.message)} (pnpm dataset verify lists every difference from its manifest)`,
      );
    },
  });
  console.log(
    `wrote ${join(outRoot, "index.json")} (${index.releases.length} release${index.releases.length === 1 ? "" : "s"}, latest ${index.latest})`,
  );
  // Built as they stand, so the dashboard can show what is wrong; but a release whose files no
  // longer match its manifest is not the release that was cut, and publishing it must fail CI (an
  // outside review edited a released claim and build:data exited 0).
  let unfaithful = 0;
  for (const { version } of index.releases) {
    const problems = await verifyRelease(join(releasesDir, version));
    if (problems.length === 0) continue;
    unfaithful++;
    console.error(
      `build:data: release ${version} does not match its manifest: ${formatProblem(problems[0]!)}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`,
    );
  }
  if (unfaithful > 0)
    console.error(
      "build:data: released files never change: restore them from version control (pnpm dataset verify lists every difference)",
    );
  // A release copied in as releases/v1.2.0 was left out of the index without a word (an outside
  // audit): CI must not publish without it unasked.
  const stray = await strayReleaseFolders(dataDir);
  for (const problem of stray) console.error(`build:data: ${formatProblem(problem)}`);
  if (unfaithful > 0 || stray.length > 0 || unreadable > 0) process.exit(1);
} catch (error) {
  // Bad input and unwritable output in one line, as every command answers (README): never a stack trace.
  if (error instanceof DatasetReadError || error instanceof FileWriteError || isSystemError(error)) {
    console.error(`build:data: ${(error as Error).message.split("\n")[0]}`);
    process.exit(2);
  }
  throw error;
}
