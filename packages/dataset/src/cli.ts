import { runCli } from "./cli/runCli.js";

// A reader that stops early (`| head`) closes the pipe: the run ends quietly with the status a
// shell gives a process a closed pipe stopped (128 + SIGPIPE), as `pnpm validate` does. An outside
// audit got an unhandled 'error' event's stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(141);
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
