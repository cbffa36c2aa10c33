import { join } from "node:path";
import { runBench } from "../runBench.js";
import { BENCH_USAGE, earlierRecord, parseBenchArgs } from "./benchArgs.js";
import { firstLine, UsageError } from "./cliArgs.js";

try {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args === "help") {
    process.stdout.write(BENCH_USAGE);
    process.exit(0);
  }
  const { runs, outDir } = args;
  const record = await runBench({
    sizes: args.sizes,
    profiles: args.profiles,
    seed: args.seed,
    ...(runs ? { runs } : {}),
    parts: args.parts,
    outDir,
    dataRoot: args.dataRoot,
    command: `pnpm bench ${process.argv.slice(2).join(" ")}`.trim(),
    ...(args.merge ? { merge: await earlierRecord(outDir) } : {}),
    profileWhenMissed: args.profileWhenMissed,
    log: (line) => console.log(line),
  });
  console.log(`wrote ${join(outDir, "BENCHMARKS.md")} and BENCHMARKS.json`);
  if (record.failures.length > 0) {
    console.error(`bench: finding counts differ from expected.json:\n${record.failures.join("\n")}`);
    process.exit(1);
  }
} catch (error) {
  const badArgs =
    error instanceof UsageError || String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
  console.error(`bench: ${firstLine(error)}${badArgs ? `\n${BENCH_USAGE.split("\n")[0]}` : ""}`);
  process.exit(2);
}
