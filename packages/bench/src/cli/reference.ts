import { parseArgs } from "node:util";
import { conflictGroups, loadDataset, openReference } from "../reference/duckdbReference.js";

// The reference process: `tsx reference.ts --data <dir>` loads the CSVs into native DuckDB, finds
// the conflicting groups with SQL and prints one JSON line: { loadMs, queryMs, groups }.
try {
  const { values } = parseArgs({
    options: { data: { type: "string" }, tolerance: { type: "string", default: "0.1" } },
  });
  if (!values.data) throw new Error("--data <dir> is required");
  const session = await openReference();
  const t0 = performance.now();
  await loadDataset(session.connection, values.data);
  const t1 = performance.now();
  const result = await conflictGroups(session.connection, Number(values.tolerance));
  const t2 = performance.now();
  session.close();
  console.log(JSON.stringify({ loadMs: t1 - t0, queryMs: t2 - t1, ...result }));
} catch (error) {
  console.error(`reference: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
