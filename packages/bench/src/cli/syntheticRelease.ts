import { parseArgs } from "node:util";
import { buildSyntheticRelease } from "../browser/syntheticRelease.js";

// `syntheticRelease --dataset <dir> --work <dir>`: cuts and builds a generated dataset's release in
// a process of its own, so a build that runs out of memory is reported instead of ending the bench.
try {
  const { values } = parseArgs({
    options: { dataset: { type: "string" }, work: { type: "string" } },
  });
  if (!values.dataset || !values.work) throw new Error("--dataset and --work are required");
  const built = await buildSyntheticRelease(values.dataset, values.work, (line) => console.log(line));
  console.log(JSON.stringify(built));
} catch (error) {
  console.error(`syntheticRelease: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
