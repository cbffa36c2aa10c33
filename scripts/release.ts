// `pnpm dataset:release <version> [--corpus <dir>] [--data <dir>]`: validates the working copy and,
// only when it has no errors, freezes it into data/releases/<version>/ with a manifest and a
// CHANGELOG entry. With --corpus every quote is checked against its source text first, and the
// manifest records that it was and the texts' hashes; without it the manifest says it was not.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatProblem, semverSchema } from "@tally/dataset";
import {
  bomNote,
  cutRelease,
  DatasetReadError,
  defaultDataDir,
  filesWithBom,
  loadWorkingCopy,
  ReleaseRefusedError,
} from "@tally/dataset/node";
import { countSeverities, datasetLabel, formatReport, RULES, validate } from "@tally/validation";
import {
  CLOSED_PIPE_EXIT,
  readCorpus,
  readCorpusDigests,
  repeatedOption,
  textRefsOf,
} from "@tally/validation/node";

const USAGE = `Usage: pnpm dataset:release <version> [--corpus <dir>] [--data <dir>]

Validates the working copy and, when it has no errors, freezes it as release <version>.

  --corpus <dir>   the source texts named by sources.csv text_ref: every quote is checked
                   against its text, any provenance error refuses the release, and the
                   manifest records "quotes_verified": true with each text's sha256
  --data <dir>     the dataset folder (default data/)
  -h, --help       show this help

Without --corpus the release is still cut, with "quotes_verified": false in its manifest
(a figure_text that does not state its claim's figure still refuses it).
The version must be as large a step as the change calls for (major: the package renamed, a
table dropped, fields added, dropped, re-ordered, retyped or tightened, keys changed, rows
removed that kept rows name;
minor: a table or rows added; patch: corrections, and a row removed that nothing names): the
refusal names the smallest version that will do.
Exit codes: 0 released; 1 refused (validation errors, existing or lower version, too small a
step for the change); 2 bad arguments or unreadable input.
`;

function usageError(message: string): never {
  console.error(`dataset:release: ${message}\n${USAGE.split("\n")[0]}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      tokens: true,
      allowPositionals: true,
      options: {
        data: { type: "string" },
        corpus: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError((error as Error).message.split("\n")[0]!);
  }
}
const { positionals, values, tokens } = parse();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const twice = repeatedOption(tokens);
if (twice !== undefined) usageError(twice);
const [version] = positionals;
if (version === undefined) usageError("name the version to cut, such as 1.2.0");
if (positionals.length !== 1) usageError(`one version, not ${positionals.length}: ${positionals.join(" ")}`);
// A version that is not one is a bad argument (exit 2), told before the data is loaded and validated.
if (!semverSchema.safeParse(version).success)
  usageError(`${JSON.stringify(version)} is not a semver version such as 1.2.0`);
// semver ignores build metadata when it orders versions: 1.1.1+build.5 and 1.1.1 would be one release.
if (version.includes("+"))
  usageError(
    `${JSON.stringify(version)} carries build metadata (+…), which semver leaves out when it orders releases: name the release without it`,
  );
// A reader piping the entry into `head` closes the pipe: the release is cut, and that is not a crash.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(CLOSED_PIPE_EXIT);
  throw error;
});
for (const key of ["data", "corpus"] as const)
  if (values[key] !== undefined && values[key].trim() === "") usageError(`--${key} needs a value`);

try {
  const dataDir = values.data;
  const working = await loadWorkingCopy(dataDir ? { dataDir } : {});
  const corpusDir = values.corpus === undefined ? null : resolve(values.corpus);
  const corpus = corpusDir === null ? undefined : await readCorpus(corpusDir, textRefsOf([working]));
  const { findings } = validate(working, corpus ? { corpus } : {});
  const { errors } = countSeverities(findings);
  if (errors > 0) {
    // The errors alone: they are what refuses the release; warnings and infos are pnpm validate's.
    const onlyErrors = findings.filter((f) => f.severity === "error");
    const run = {
      ref: working.ref,
      label: datasetLabel(working),
      findings: onlyErrors,
      rules: RULES.map((r) => r.id),
    };
    console.error(formatReport([run], "text"));
    console.error(
      `release refused: the working copy has ${errors} validation error${errors === 1 ? "" : "s"} (above; pnpm validate lists the warnings and infos too)`,
    );
    process.exit(1);
  }
  // The texts the quotes were checked against: those the sources name, hashed as they are on disk.
  // The same digest the provenance rule compares a release's texts with later (readCorpusDigests).
  const verifiedCorpus =
    corpusDir === null
      ? undefined
      : Object.fromEntries(
          [...(await readCorpusDigests(corpusDir, textRefsOf([working])))].map(([ref, [sha]]) => [ref, sha!]),
        );
  const result = await cutRelease({
    version,
    ...(dataDir ? { dataDir } : {}),
    ...(verifiedCorpus ? { verifiedCorpus } : {}),
  });
  console.log(`released ${version} → ${result.dir}\n\n${result.changelogEntry}`);
  // Said once the release has kept it: before, the note told the maintainer to save the file
  // without it "before a release", and the release went ahead (an outside audit).
  const marked = filesWithBom(dataDir ?? defaultDataDir());
  if (marked.length > 0) console.error(bomNote(marked, true));
  // What the released descriptor (and the working copy's, which is now the same) left out.
  for (const problem of result.dropped) console.error(`note: ${formatProblem(problem)}`);
  if (verifiedCorpus === undefined)
    console.log(`quotes not verified: no --corpus was given, so manifest.json says "quotes_verified": false`);
} catch (error) {
  if (error instanceof ReleaseRefusedError || error instanceof DatasetReadError) {
    console.error(`release refused: ${error.message.split("\n")[0]}`);
    process.exit(error instanceof DatasetReadError ? 2 : 1);
  }
  throw error;
}
