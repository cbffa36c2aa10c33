import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cutRelease, refreshDescriptor } from "@tally/dataset/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Report, reportSchema } from "../finding.js";
import { formatReport, REPORT_FORMATS } from "../format/index.js";
import { fails } from "../report.js";
import { RULES } from "../rules/index.js";
import { datasetLabel, validate } from "../validate.js";
import { TSX_NODE } from "./__fixtures__/tsxNode.js";
import { USAGE } from "./cliOptions.js";
import { loadTargets } from "./loadTargets.js";

const PACKAGE = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(PACKAGE, "src/cli.ts");
const FIXTURES = join(PACKAGE, "fixtures/integrity");
const work = mkdtempSync(join(tmpdir(), "tally-cli-"));

function cli(args: string[], cwd = PACKAGE) {
  // INIT_CWD as pnpm would set it when the user runs the command from `cwd`.
  const r = spawnSync(process.execPath, [...TSX_NODE, CLI, ...args], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A dataset whose only findings above info are conflict warnings.
const conflicting = join(work, "conflicting");
// A repository-shaped folder: data/ with one release, to exercise the default targets.
const repo = join(work, "repo");

beforeAll(async () => {
  cpSync(join(FIXTURES, "clean"), conflicting, { recursive: true });
  rmSync(join(conflicting, "expected.json"));
  const claims = join(conflicting, "claims.csv");
  writeFileSync(
    claims,
    `${readFileSync(claims, "utf8")}c4,rep,nki,persons,about,600,600,approximately 600,Joo Ok-kyung,ngo,,,,,,false,secretly repatriate approximately 600 North Korean detainees,false,\n`,
  );
  await refreshDescriptor(conflicting);
  mkdirSync(join(repo, "data/releases"), { recursive: true });
  writeFileSync(join(repo, "pnpm-workspace.yaml"), "packages: []\n");
  cpSync(conflicting, join(repo, "data"), { recursive: true });
  cpSync(join(FIXTURES, "release-manifest/releases/1.0.0"), join(repo, "data/releases/1.0.0"), {
    recursive: true,
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("pnpm validate", { timeout: 60_000 }, () => {
  it("exits 0 on a sound dataset and prints the text report", () => {
    const r = cli(["--data", "fixtures/integrity/clean"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^fixtures\/integrity\/clean: 0 errors, 0 warnings, \d+ infos\n/);
  });

  it("exits 1 on a row-level problem such as a wrong column count or an unterminated quote", () => {
    for (const bad of ["column-count", "unterminated-quote"]) {
      const r = cli(["--data", `fixtures/integrity/${bad}`]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`error   integrity      fixtures/integrity/${bad}/claims.csv:`);
    }
  });

  it("exits 0 on conflict warnings, 1 with --fail-on warning", () => {
    expect(cli(["--data", conflicting]).code).toBe(0);
    expect(cli(["--data", conflicting, "--fail-on", "warning"]).code).toBe(1);
  });

  // Twelve runs of the CLI: 40 to 90 s on two cores busy with other work.
  it("exits 2 with one line on stderr when the input cannot be read, adding the usage line for a bad argument", {
    timeout: 180_000,
  }, () => {
    const notJson = join(work, "not-json");
    cpSync(join(FIXTURES, "clean"), notJson, { recursive: true });
    writeFileSync(join(notJson, "datapackage.json"), "{ not json");
    const latin1 = join(work, "latin1");
    cpSync(join(FIXTURES, "clean"), latin1, { recursive: true });
    writeFileSync(join(latin1, "events.csv"), Buffer.from([0x65, 0x76, 0xe9, 0x0a]));
    const missingFile = join(work, "missing-file");
    cpSync(join(FIXTURES, "clean"), missingFile, { recursive: true });
    rmSync(join(missingFile, "claims.csv"));
    // Input that cannot be read: one line saying why.
    for (const args of [
      ["--data", join(work, "nowhere")],
      ["--data", notJson],
      ["--data", latin1],
      ["--data", missingFile],
      ["--data", conflicting, "--corpus", join(work, "no-corpus")],
      ["--data", conflicting, "--release", "9.9.9"],
    ]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr, args.join(" ")).toMatch(/^tally validate: [^\n]+\n$/);
    }
    // A source text that is not UTF-8 is placed as a table is (an outside review got no place).
    const badCorpus = join(work, "latin1-corpus");
    mkdirSync(badCorpus);
    writeFileSync(
      join(badCorpus, "a.txt"),
      Buffer.concat([Buffer.from("first line\nN"), Buffer.from([0xe9]), Buffer.from("e\n")]),
    );
    // Read, and refused, only as a text a source names (a.txt); a stray one is not read at all.
    const namesA = join(work, "names-a");
    cpSync(conflicting, namesA, { recursive: true });
    const sourcesCsv = readFileSync(join(namesA, "sources.csv"), "utf8");
    writeFileSync(
      join(namesA, "sources.csv"),
      sourcesCsv.replace("/english/,news,,", "/english/,news,a.txt,"),
    );
    expect(cli(["--data", conflicting, "--corpus", badCorpus]).code).not.toBe(2);
    const corpusRun = cli(["--data", namesA, "--corpus", badCorpus]);
    expect(corpusRun.code).toBe(2);
    expect(corpusRun.stderr).toBe(
      `tally validate: ${join(badCorpus, "a.txt")} is not UTF-8 text (first bad byte on line 2, character 2): save it as UTF-8\n`,
    );
    // UTF-16 without a byte order mark is valid UTF-8 byte for byte: its NULs give it away.
    writeFileSync(join(badCorpus, "a.txt"), Buffer.from("first\nline", "utf16le"));
    expect(cli(["--data", namesA, "--corpus", badCorpus]).stderr).toBe(
      `tally validate: ${join(badCorpus, "a.txt")} holds a NUL character (line 1, character 2), as UTF-16 text or a binary file does: save it as UTF-8 text\n`,
    );
    // Bad arguments: the reason, then the usage line.
    for (const args of [
      ["--format", "xml"],
      ["--fail-on", "info"],
      ["--annotate", "notice"],
      ["--annotate", ""],
      ["--tolerance", "2"],
      ["--tolerance", "abc"],
      ["--tolerance", "-0.1"],
      ["--format", "markdown", "--max-chars", "1999"],
      ["--format", "markdown", "--max-chars", "64k"],
      ["--unknown"],
      ["positional"],
    ]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr, args.join(" ")).toMatch(/^tally validate: [^\n]+\nUsage: pnpm validate [^\n]+\n$/);
    }
    expect(cli(["--annotate", "notice"]).stderr).toBe(
      `tally validate: --annotate must be one of error, warning, info, not "notice"\n${USAGE.split("\n")[0]}\n`,
    );
    // An outside review: both were taken silently (the second --data won; --annotate did nothing).
    for (const [args, reason] of [
      [["--data", conflicting, "--data", repo], "--data is given more than once; give it once"],
      [["--format", "json", "--format", "text"], "--format is given more than once; give it once"],
      [["--annotate", "error"], "--annotate applies to --format github only, not to --format text"],
      [
        ["--format", "json", "--annotate", "info"],
        "--annotate applies to --format github only, not to --format json",
      ],
      [["--max-chars", "0"], "--max-chars applies to --format markdown only, not to --format text"],
      [
        ["--format", "markdown", "--max-chars", "12.5"],
        '--max-chars must be 0 (no limit) or a whole number of at least 2000, not "12.5"',
      ],
    ] as const) {
      const r = cli([...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toBe(`tally validate: ${reason}\n${USAGE.split("\n")[0]}\n`);
    }
    // A value that starts with a dash: the way to write it, not only that it is ambiguous.
    expect(cli(["--tolerance", "-0.1"]).stderr).toContain("use '--tolerance=-XYZ'");
    expect(cli(["--tolerance=-0.1"]).stderr).toContain("--tolerance must be a fraction from 0 up to");
  });

  it("prints each format in a form its readers parse", () => {
    const json = cli(["--data", conflicting, "--format", "json"]);
    const { summary } = reportSchema.parse(JSON.parse(json.stdout));
    expect(summary.warnings).toBeGreaterThan(0);
    expect(summary.infos).toBeGreaterThan(0);
    // JUnit failures are what --fail-on fails: none of the warnings by default, each with warning.
    const junit = cli(["--data", conflicting, "--format", "junit"]).stdout;
    expect(junit).toMatch(new RegExp(`<testsuites [^>]*failures="${summary.errors}"`));
    const failOnWarning = cli(["--data", conflicting, "--format", "junit", "--fail-on", "warning"]);
    expect(failOnWarning.code).toBe(1);
    expect(failOnWarning.stdout).toMatch(
      new RegExp(`<testsuites [^>]*failures="${summary.errors + summary.warnings}"`),
    );
    expect(cli(["--data", conflicting, "--format", "markdown"]).stdout).toMatch(/^## Tally validation\n/);
  });

  it("cuts the markdown report at --max-chars, saying what it left out", () => {
    // The repository's data and releases print about 35,000 characters: under GitHub's limit.
    const whole = cli(["--format", "markdown"]).stdout;
    expect(whole).not.toContain("Cut at");
    expect(cli(["--format", "markdown", "--max-chars", "0"]).stdout).toBe(whole);
    const cut = cli(["--format", "markdown", "--max-chars", "4000"]);
    expect(cut.code).toBe(0);
    expect(cut.stdout.length).toBeLessThanOrEqual(4000);
    expect(cut.stdout).toMatch(
      /\*\*Cut at 4,000 characters\*\* [^\n]+: [\d,]+ warnings? and [\d,]+ infos not shown\./,
    );
    // Up to its last row, the cut report is the whole one: only closing marks and the note follow.
    expect(whole.startsWith(cut.stdout.slice(0, cut.stdout.lastIndexOf(" |\n") + 3))).toBe(true);
  });

  it("annotates errors and warnings by default, down to --annotate's severity otherwise", () => {
    const { summary } = reportSchema.parse(
      JSON.parse(cli(["--data", conflicting, "--format", "json"]).stdout),
    );
    const github = (...args: string[]) =>
      cli(["--data", conflicting, "--format", "github", ...args])
        .stdout.split("\n")
        .filter(Boolean);
    const annotations = (lines: string[], command: string) =>
      lines.filter((l) => l.startsWith(`::${command} `)).length;
    // The fixture has fewer than 10 findings of a severity at any one file: nothing is capped.
    const byDefault = github();
    // An annotation per error and warning, and the closing count.
    expect(byDefault).toHaveLength(summary.errors + summary.warnings + 1);
    expect(byDefault.at(-1)).toMatch(/^tally validate: \d+ errors?, \d+ warnings?, \d+ infos?; annotated: /);
    expect(annotations(byDefault, "warning")).toBe(summary.warnings);
    expect(annotations(byDefault, "notice")).toBe(0);
    const onlyErrors = github("--annotate", "error");
    expect(annotations(onlyErrors, "warning")).toBe(0);
    expect(onlyErrors).toHaveLength(summary.errors + 1);
    expect(annotations(github("--annotate", "info"), "notice")).toBeGreaterThan(0);
    expect(cli(["--data", conflicting, "--format", "markdown"]).stdout).toMatch(/^## Tally validation\n/);
  });

  it("hands --pairs to the rules: one conflicts warning per pair", () => {
    const report = reportSchema.parse(
      JSON.parse(cli(["--data", conflicting, "--format", "json", "--pairs"]).stdout),
    );
    expect(report.findings.filter((f) => f.severity === "warning").map((f) => f.claim_ids)).toEqual([
      ["c1", "c4"],
      ["c2", "c4"],
    ]);
  });

  it("reads a corpus and checks provenance against it", () => {
    const corpus = join(work, "corpus");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "a.txt"), "nothing relevant");
    const sources = join(conflicting, "sources.csv");
    const before = readFileSync(sources, "utf8");
    const withRef = join(work, "with-ref");
    cpSync(conflicting, withRef, { recursive: true });
    writeFileSync(join(withRef, "sources.csv"), before.replace("/english/,news,,", "/english/,news,a.txt,"));
    const r = cli(["--data", withRef, "--corpus", corpus, "--format", "json"]);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    const provenance = report.findings.filter((f) => f.rule === "provenance" && f.severity === "error");
    expect(provenance.map((f) => f.claim_ids![0])).toEqual(["c1", "c2", "c3"]);
    expect(r.code).toBe(1);
  });

  // An outside review: texts kept as symbolic links (git-annex, DVC) were "not in the corpus", and a
  // stray file that is not UTF-8 (a scan, notes) stopped the run though no source names it.
  it("reads texts through symbolic links and leaves files no source names unread", () => {
    const texts = join(work, "real-texts");
    mkdirSync(texts);
    writeFileSync(join(texts, "a.txt"), "nothing relevant");
    const linked = join(work, "linked-corpus");
    mkdirSync(linked);
    symlinkSync(join(texts, "a.txt"), join(linked, "a.txt"));
    symlinkSync(join(texts, "gone.txt"), join(linked, "dangling.txt"));
    writeFileSync(join(linked, "scan.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0xe9, 0xff, 0x00]));
    const withRef = join(work, "with-ref-linked");
    cpSync(conflicting, withRef, { recursive: true });
    const sources = readFileSync(join(withRef, "sources.csv"), "utf8");
    writeFileSync(join(withRef, "sources.csv"), sources.replace("/english/,news,,", "/english/,news,a.txt,"));
    const r = cli(["--data", withRef, "--corpus", linked, "--format", "json"]);
    expect(r.stderr).toBe("");
    const report = reportSchema.parse(JSON.parse(r.stdout));
    const provenance = report.findings.filter((f) => f.rule === "provenance" && f.severity === "error");
    // The text was read: each quote is looked for in it (and is not there), none is "not in the corpus".
    expect(provenance.map((f) => f.column)).toEqual(["quote", "quote", "quote"]);
  });

  // An outside review: a named text that is a folder, a FIFO or a link to nothing was "not in the
  // corpus", and one the process may not read ended in "internal error: EACCES" or without its name.
  it("stops with exit 2 naming a text that is there but cannot be read, and why", () => {
    const withRef = join(work, "with-ref-unreadable");
    cpSync(conflicting, withRef, { recursive: true });
    const sources = readFileSync(join(withRef, "sources.csv"), "utf8");
    writeFileSync(join(withRef, "sources.csv"), sources.replace("/english/,news,,", "/english/,news,a.txt,"));
    const cases: [string, (path: string) => void, RegExp][] = [
      ["folder", (path) => mkdirSync(path), /: it is a folder, not a file$/],
      ["fifo", (path) => spawnSync("mkfifo", [path]), /: it is a FIFO \(named pipe\), not a file$/],
      [
        "dangling",
        (path) => symlinkSync(join(work, "annex-object-not-fetched"), path),
        /: it is a link to .*annex-object-not-fetched, which does not exist \(a git-annex or DVC file not fetched\?\)$/,
      ],
    ];
    for (const [name, make, why] of cases) {
      const corpus = join(work, `corpus-${name}`);
      mkdirSync(corpus);
      make(join(corpus, "a.txt"));
      // A folder, FIFO or dangling link no source names is left alone, as before.
      make(join(corpus, "other.txt"));
      const r = cli(["--data", withRef, "--corpus", corpus, "--format", "json"]);
      expect(r.code, name).toBe(2);
      expect(r.stdout, name).toBe("");
      const line = r.stderr.trim().split("\n").at(-1)!;
      expect(line, name).toContain(`corpus text ${join(corpus, "a.txt")} cannot be read`);
      expect(line, name).toMatch(why);
    }
  });

  it("writes the report to --out and nothing to stdout", () => {
    const out = join(work, "reports/report.json");
    const r = cli(["--data", conflicting, "--format", "json", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(true);
    expect(reportSchema.parse(JSON.parse(readFileSync(out, "utf8"))).datasets).toHaveLength(1);
    expect(readdirSync(join(work, "reports"))).toEqual(["report.json"]);
  });

  it("prints an absolute --data as given, and a relative one from where the user ran the command", () => {
    const absolute = reportSchema.parse(
      JSON.parse(cli(["--data", conflicting, "--format", "json"], repo).stdout),
    );
    expect(absolute.datasets[0]?.path).toBe(conflicting);
    const located = (report: Report) => report.findings.filter((f) => f.file !== undefined);
    expect(located(absolute).length).toBeGreaterThan(0);
    for (const f of located(absolute)) expect(f.file!.startsWith(`${conflicting}/`), f.file).toBe(true);
    // Under pnpm the process runs from the package's folder; INIT_CWD is where the user was.
    const r = spawnSync(process.execPath, [...TSX_NODE, CLI, "--data", "conflicting", "--format", "json"], {
      cwd: PACKAGE,
      env: { ...process.env, INIT_CWD: work },
      encoding: "utf8",
    });
    const relative = reportSchema.parse(JSON.parse(r.stdout));
    expect(relative.datasets[0]?.path).toBe("conflicting");
    expect(located(relative).length).toBeGreaterThan(0);
    for (const f of located(relative)) expect(f.file!.startsWith("conflicting/"), f.file).toBe(true);
  });

  it("ends quietly with the SIGPIPE status when the reader closes the pipe (`| head`)", async () => {
    const crowded = join(work, "crowded");
    cpSync(conflicting, crowded, { recursive: true });
    // 150 × 150 conflicting pairs: a --pairs report of several MB, far more than a pipe holds.
    const rows = Array.from({ length: 300 }, (_, i) => {
      const v = i % 2 === 0 ? 200 : 600;
      return `p${i},rep,nki,persons,about,${v},${v},about ${v},Joo Ok-kyung,ngo,,,,,,false,repatriate about ${v} North Korean detainees,false,`;
    });
    writeFileSync(
      join(crowded, "claims.csv"),
      `${readFileSync(join(crowded, "claims.csv"), "utf8")}${rows.join("\n")}\n`,
    );
    await refreshDescriptor(crowded);
    const quoted = [process.execPath, ...TSX_NODE, CLI, "--data", crowded, "--format", "json", "--pairs"]
      .map((a) => `'${a}'`)
      .join(" ");
    const r = spawnSync(
      "bash",
      ["-c", `set -o pipefail; ${quoted} | head -c 100 > /dev/null; echo "status $?"`],
      {
        cwd: PACKAGE,
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("status 141\n");
  });

  it("keeps an unreadable path's reason on one line, a line break in the path shown as \\n", () => {
    // An outside review: `--data $'/nonexistent\nx'` printed "dataset directory /nonexistent" alone.
    const r = cli(["--data", "/nonexistent\nx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("tally validate: dataset directory /nonexistent\\nx does not exist\n");
  });

  it("will not write the report over a file of the dataset it validates", () => {
    // An outside review: `--out <data>/claims.csv` exited 0 with the table replaced by the report.
    const copy = join(work, "out-over-data");
    cpSync(conflicting, copy, { recursive: true });
    const before = readFileSync(join(copy, "claims.csv"), "utf8");
    for (const file of ["claims.csv", "datapackage.json"]) {
      const r = cli(["--data", copy, "--format", "json", "--out", join(copy, file)]);
      expect(r.code, file).toBe(2);
      expect(r.stderr).toBe(
        `tally validate: will not write the report over ${join(copy, file)}: it is ${file} of the dataset being validated\n`,
      );
    }
    expect(readFileSync(join(copy, "claims.csv"), "utf8")).toBe(before);
    // Nor anywhere else in its folder, a file no run reads included (an outside review overwrote
    // the changelog and a frozen release's CSV); beside the folder, a report is like any other.
    writeFileSync(join(copy, "CHANGELOG.md"), "# Changelog\n");
    for (const file of ["CHANGELOG.md", "report.json", "releases/1.0.0/claims.csv"]) {
      const r = cli(["--data", copy, "--format", "json", "--out", join(copy, file)]);
      expect(r.code, file).toBe(2);
      expect(r.stderr).toBe(
        `tally validate: will not write the report inside ${copy}, the folder of a dataset being validated: write it elsewhere\n`,
      );
    }
    expect(readFileSync(join(copy, "CHANGELOG.md"), "utf8")).toBe("# Changelog\n");
    expect(existsSync(join(copy, "report.json"))).toBe(false);
    expect(cli(["--data", copy, "--format", "json", "--out", `${copy}-report.json`]).code).toBe(0);
  });

  it("will not write the report into the data folder when the command runs inside it", () => {
    const copy = join(work, "out-from-inside");
    cpSync(join(repo, "data"), join(copy, "data"), { recursive: true });
    writeFileSync(join(copy, "pnpm-workspace.yaml"), "packages: []\n");
    const before = readFileSync(join(copy, "data", "claims.csv"), "utf8");
    // Run from data/ itself, as pnpm runs it: in the repository's root, with INIT_CWD the folder the
    // user typed the command in. The relative --out names data/claims.csv.
    const run = spawnSync(process.execPath, [...TSX_NODE, CLI, "--format", "json", "--out", "claims.csv"], {
      cwd: copy,
      env: { ...process.env, INIT_CWD: join(copy, "data") },
      encoding: "utf8",
    });
    const r = { code: run.status, stderr: run.stderr };
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^tally validate: will not write the report over .*claims\.csv: it is claims\.csv of the dataset being validated\n$/,
    );
    expect(readFileSync(join(copy, "data", "claims.csv"), "utf8")).toBe(before);
  });

  it("will not write the report over a release's manifest or a source text of the corpus", () => {
    // An outside review: both were replaced by the report, exit 0; the next run failed on them.
    const copy = join(work, "out-over-inputs");
    cpSync(join(repo, "data"), copy, { recursive: true });
    const [version] = readdirSync(join(copy, "releases"));
    const manifest = join(copy, "releases", version!, "manifest.json");
    const before = readFileSync(manifest, "utf8");
    const r = cli(["--data", copy, "--release", version!, "--out", manifest]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `tally validate: will not write the report over ${manifest}: it is manifest.json of the dataset being validated\n`,
    );
    expect(readFileSync(manifest, "utf8")).toBe(before);

    const corpus = join(work, "out-over-corpus");
    mkdirSync(corpus);
    const text = "article.txt";
    // A source names the text, as a corpus's texts are named.
    const sources = join(copy, "sources.csv");
    writeFileSync(sources, readFileSync(sources, "utf8").replace(",news,,\n", `,news,${text},\n`));
    const article = "Daily NK: about 200 were repatriated.\n";
    writeFileSync(join(corpus, text), article);
    const c = cli(["--data", copy, "--corpus", corpus, "--out", join(corpus, text)]);
    expect(c.code).toBe(2);
    expect(c.stderr).toBe(
      `tally validate: will not write the report over ${join(corpus, text)}: it is a source text of the --corpus being read\n`,
    );
    expect(readFileSync(join(corpus, text), "utf8")).toBe(article);
    // An outside audit: a file no source names (the folder's README) is refused too, as README's
    // --out row says, but it was called "a source text of the --corpus being read".
    writeFileSync(join(corpus, "README.md"), "notes\n");
    const n = cli(["--data", copy, "--corpus", corpus, "--out", join(corpus, "README.md")]);
    expect(n.code).toBe(2);
    expect(n.stderr).toBe(
      `tally validate: will not write the report over ${join(corpus, "README.md")}: it is a file of the --corpus folder (a text no source names yet is still a text)\n`,
    );
    expect(readFileSync(join(corpus, "README.md"), "utf8")).toBe("notes\n");
  });

  it("leaves an earlier --out report as it was when the run cannot be read", () => {
    const out = join(work, "kept/report.json");
    mkdirSync(join(work, "kept"), { recursive: true });
    writeFileSync(out, "earlier report\n");
    const r = cli(["--data", join(work, "no-such-dataset"), "--format", "json", "--out", out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("earlier report\n");
    expect(readdirSync(join(work, "kept"))).toEqual(["report.json"]);
  });

  // An outside review: `--data data` checked the working copy alone, so a broken release passed.
  it("validates the releases of a --data folder, as a run without it validates data/'s", () => {
    const targets = (r: { stdout: string }) =>
      (JSON.parse(r.stdout) as Report).datasets.map((d) => `${d.kind} ${d.version}`);
    const named = cli(["--data", join(repo, "data"), "--format", "json"]);
    const found = cli(["--format", "json"], repo);
    expect(targets(named)).toEqual(["working 1.0.0", "release 1.0.0"]);
    expect(targets(named)).toEqual(targets(found));
    expect(named.code).toBe(found.code);
  });

  it.each(REPORT_FORMATS)(
    "--format %s streams what formatReport prints of the same findings, to stdout and to --out",
    async (format) => {
      const datasets = await loadTargets({ data: null, release: null }, repo);
      const rules = RULES.map((r) => r.id);
      const runs = datasets.map((d) => ({
        ref: d.ref,
        label: datasetLabel(d),
        findings: validate(d).findings,
        rules,
      }));
      const expected = formatReport(runs, format);
      const code = fails(
        runs.flatMap((r) => r.findings),
        "error",
      )
        ? 1
        : 0;
      const printed = cli(["--format", format], repo);
      expect(printed.stderr).toBe("");
      expect(printed.code).toBe(code);
      expect(printed.stdout).toBe(expected);
      const out = join(work, `formats/report.${format}`);
      const written = cli(["--format", format, "--out", out], repo);
      expect(written.stderr).toBe("");
      expect(written.code).toBe(code);
      expect(written.stdout).toBe("");
      expect(readFileSync(out, "utf8")).toBe(expected);
    },
  );

  it("reports a folder in releases/ that is not read as a release as an error of the working copy", () => {
    // An outside audit: releases/v1.2.0, a tampered copy, was skipped without a word (exit 0).
    const data = join(work, "stray-release");
    cpSync(join(repo, "data"), data, { recursive: true });
    cpSync(join(data, "releases/1.0.0"), join(data, "releases/v1.2.0"), { recursive: true });
    const r = cli(["--data", data, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.datasets.map((d) => `${d.kind} ${d.version}`)).toEqual(["working 1.0.0", "release 1.0.0"]);
    const stray = report.findings.filter((f) => f.details?.code === "release/folder-name");
    expect(stray).toMatchObject([
      {
        severity: "error",
        file: `${data}/releases/v1.2.0`,
        dataset: expect.stringContaining("stray-release"),
      },
    ]);
    expect(stray[0]!.message).toContain("named by its exact version, 1.2.0");
  });

  it("reports a release that cannot be loaded as its errors, and validates the rest", () => {
    // A release without a required table stopped the whole run with exit 2, while verify listed it.
    const data = join(work, "unreadable-release");
    cpSync(join(repo, "data"), data, { recursive: true });
    rmSync(join(data, "releases/1.0.0/events.csv"));
    const r = cli(["--data", data, "--format", "json"]);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.datasets.map((d) => `${d.kind} ${d.version}`)).toEqual(["working 1.0.0", "release 1.0.0"]);
    // The fixture's release has an edited claims.csv as well (release/changed), still reported.
    const ofRelease = report.findings.filter((f) => f.dataset.endsWith("@1.0.0") && f.severity === "error");
    expect(ofRelease.map((f) => [f.file, f.details?.code])).toEqual([
      [`${data}/releases/1.0.0/claims.csv`, "release/changed"],
      [`${data}/releases/1.0.0/events.csv`, "release/missing"],
      [`${data}/releases/1.0.0/events.csv`, "release/unreadable"],
    ]);
    expect(ofRelease[2]!.message).toMatch(/events\.csv is missing.*no rule read its rows/);
    // The working copy was validated as ever: its conflict is there.
    expect(report.findings.some((f) => f.details?.code === "conflicts/readings")).toBe(true);
    // Named by --release, the release still cannot be validated: exit 2, one line.
    const alone = cli(["--data", data, "--release", "1.0.0"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/^tally validate: .*events\.csv is missing[^\n]*\n$/);
  });

  it("warns when a release's source text differs from the one its quotes were checked against", async () => {
    const data = join(work, "checked-release");
    cpSync(conflicting, data, { recursive: true });
    const sha = (text: string) => createHash("sha256").update(text).digest("hex");
    await cutRelease({ dataDir: data, version: "1.0.0", verifiedCorpus: { "t.txt": sha("as it was\n") } });
    const corpus = join(work, "checked-corpus");
    mkdirSync(corpus);
    const changed = (text: string) => {
      writeFileSync(join(corpus, "t.txt"), text);
      const args = ["--data", data, "--release", "1.0.0", "--corpus", corpus, "--format", "json"];
      const report = reportSchema.parse(JSON.parse(cli(args).stdout));
      return report.findings.filter((f) => f.details?.code === "provenance/text-changed");
    };
    expect(changed("as it was\n")).toEqual([]);
    // A byte order mark alone: readCorpus reads past it, so the quotes meet the same text.
    expect(changed("\uFEFFas it was\n")).toEqual([]);
    expect(changed("as it was, and a line more\n")).toEqual([
      expect.objectContaining({
        severity: "warning",
        file: join(data, "releases/1.0.0/manifest.json"),
        column: "corpus.t.txt",
      }),
    ]);
  });

  it("validates the working data/ and every release by default, or one release with --release", () => {
    const all = reportSchema.parse(JSON.parse(cli(["--format", "json"], repo).stdout));
    expect(all.datasets).toEqual([
      { label: "data", name: "integrity-fixture", version: "1.0.0", path: "data", kind: "working" },
      {
        label: "integrity-fixture@1.0.0",
        name: "integrity-fixture",
        version: "1.0.0",
        path: "data/releases/1.0.0",
        kind: "release",
      },
    ]);
    const changed = all.findings.filter((f) => f.details?.code === "release/changed");
    expect(changed).toEqual([
      expect.objectContaining({ dataset: "integrity-fixture@1.0.0", file: "data/releases/1.0.0/claims.csv" }),
    ]);
    const one = cli(["--release", "1.0.0", "--format", "json"], repo);
    expect(one.code).toBe(1);
    expect(reportSchema.parse(JSON.parse(one.stdout)).datasets).toHaveLength(1);
  });
});
