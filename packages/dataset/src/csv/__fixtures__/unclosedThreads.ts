// Run as a child process by parallelPlain.test.ts: row threads asked for a piece and never closed,
// as a load that stops early leaves them. The process must still end once the answer is in. The
// file-check thread reads the file too: both threads run CommonJS text, whatever the parent runs.
import { openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFilesInThread } from "../../load/fileChecks.js";
import { RowThreads } from "../rowThreads.js";

const path = join(tmpdir(), `tally-unclosed-${process.pid}.csv`);
writeFileSync(path, "a,b\n1,2\n3,4\n");
const threads = new RowThreads(1, 8);
// And threads never asked for anything, as a load that fails before its first table leaves them.
new RowThreads(1, 8);
const answer = await threads.ask(0, {
  read: 1,
  fd: openSync(path, "r"),
  from: 4,
  to: 12,
  final: true,
  crlf: false,
});
const [check] = checkFilesInThread([path]);
process.stdout.write(`${answer.rows} rows, ${(await check!).bytes} bytes\n`);
rmSync(path);
