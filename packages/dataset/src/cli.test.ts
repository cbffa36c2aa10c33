import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeTinyDataset } from "./__fixtures__/tinyDataset.js";

const TSX = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));

describe("pnpm dataset, the process", () => {
  it("ends quietly with status 141 when its reader stops early", async () => {
    // An outside audit: `propose … | head -c 100` printed an unhandled 'error' event (EPIPE).
    const dataDir = await writeTinyDataset();
    const text = join(await mkdtemp(join(tmpdir(), "tally-epipe-")), "article.txt");
    // Far more proposals than a pipe's buffer holds.
    await writeFile(text, "Police held 40 people on the road. ".repeat(3000));
    const command = [
      TSX,
      "--conditions=@tally/source",
      CLI,
      "propose",
      "--text",
      text,
      "--source-id",
      "s-wire",
    ]
      .concat(["--data", dataDir])
      .map((a) => `'${a}'`)
      .join(" ");
    const run = spawnSync(
      "bash",
      ["-c", `set -o pipefail; ${command} | head -c 100 > /dev/null; echo "status $?"`],
      {
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("status 141\n");
    // A whole node process under tsx: on a busy 2-core machine its start alone passed 5 s.
  }, 60_000);
});
