// `pnpm dataset:release <version>`: validates the working copy and, only when it has no errors,
// freezes it into data/releases/<version>/ with a manifest and a CHANGELOG entry.
import { parseArgs } from "node:util";
import { cutRelease, DatasetReadError, loadWorkingCopy, ReleaseRefusedError } from "@tally/dataset/node";
import { countSeverities, datasetLabel, formatReport, RULES, validate } from "@tally/validation";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { data: { type: "string" } },
});
const [version] = positionals;
if (version === undefined || positionals.length !== 1) {
  console.error("usage: pnpm dataset:release <version> [--data <dir>]");
  process.exit(2);
}
try {
  const dataDir = values.data;
  const working = await loadWorkingCopy(dataDir ? { dataDir } : {});
  const { findings } = validate(working);
  const { errors } = countSeverities(findings);
  if (errors > 0) {
    const run = { ref: working.ref, label: datasetLabel(working), findings, rules: RULES.map((r) => r.id) };
    console.error(formatReport([run], "text"));
    console.error(
      `release refused: the working copy has ${errors} validation error${errors === 1 ? "" : "s"}`,
    );
    process.exit(1);
  }
  const result = await cutRelease({ version, ...(dataDir ? { dataDir } : {}) });
  console.log(`released ${version} → ${result.dir}\n\n${result.changelogEntry}`);
} catch (error) {
  if (error instanceof ReleaseRefusedError || error instanceof DatasetReadError) {
    console.error(`release refused: ${error.message}`);
    process.exit(error instanceof DatasetReadError ? 2 : 1);
  }
  throw error;
}
