#!/usr/bin/env node
import { runCli } from "./cli/runCli.js";

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    // pnpm runs a script from the package's own folder and names the user's in INIT_CWD: relative
    // paths the user typed (and those printed back) are theirs.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stdoutFd: process.stdout.fd,
    stderr: (text) => process.stderr.write(text),
    // CI=true (GitHub Actions, GitLab, most others) marks a log, which would keep every redraw.
    progressByDefault: process.stderr.isTTY === true && !process.env.CI,
    columns: process.stderr.columns,
    stdoutIsTerminal: process.stdout.isTTY === true,
  });
} catch (error) {
  // A bug, not bad input: still one line, and an exit code CI cannot mistake for a pass.
  process.stderr.write(`tally validate: internal error: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
