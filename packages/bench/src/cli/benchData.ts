import { generateDataset } from "../generate/generateDataset.js";
import { BENCH_DATA_USAGE, parseBenchDataArgs } from "./benchDataArgs.js";
import { firstLine } from "./cliArgs.js";

try {
  const args = parseBenchDataArgs(process.argv.slice(2));
  if (args === "help") {
    process.stdout.write(BENCH_DATA_USAGE);
    process.exit(0);
  }
  const { claims, seed, profile, out } = args;
  const started = performance.now();
  const expected = await generateDataset({ claims, seed, out, profile });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const readings = Object.entries(expected.conflicts.readings)
    .map(([n, groups]) => `${groups} with ${n} readings`)
    .join(", ");
  console.log(
    `${out} (${expected.profile}): ${expected.rows.claims} claims, ${expected.rows.events} events, ` +
      `${expected.rows.sources} sources; ${expected.groups} event+metric groups, ` +
      `${expected.conflicts.groups} conflicting (${readings}); ${expected.conflicts.pairs} conflicting pairs, ` +
      `${expected.findings.errors} planted errors (${seconds} s)`,
  );
} catch (error) {
  console.error(`bench:data: ${firstLine(error)}\n${BENCH_DATA_USAGE.split("\n")[0]}`);
  process.exit(2);
}
