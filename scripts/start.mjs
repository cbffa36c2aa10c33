#!/usr/bin/env node
// `npm start`: install, build and validate the dataset, build the dashboard, serve it on localhost.
import { install, pnpm } from "./lib/proc.mjs";

install();
for (const [label, args] of [
  ["Building release artifacts and findings", ["run", "build:data"]],
  ["Validating the working copy and every release", ["run", "validate"]],
  ["Building the dashboard", ["--filter", "@tally/dashboard", "run", "build"]],
]) {
  console.log(`\n== ${label}`);
  const status = pnpm(args);
  if (status !== 0) {
    console.error(`${label} failed (exit ${status}); see the output above.`);
    process.exit(status);
  }
}
const port = process.env.PORT ?? "4173";
console.log(`\n== Serving the dashboard at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
process.exit(
  pnpm(["--filter", "@tally/dashboard", "exec", "vite", "preview", "--host", "127.0.0.1", "--port", port]),
);
