import { cutIndex, inWords } from "@tally/dataset";
import { type Finding, type Report, type Severity, severitySchema } from "../finding.js";
import { countSeverity, emptySummary, type RunHead, SUMMARY_KEY, where } from "../report.js";
import { CharBudget } from "./charBudget.js";
import { escapeMarkup, LINE_BREAK, visibleControls } from "./escape.js";
import { DEFAULT_REPORT_OPTIONS, GITHUB_COMMENT_CHARS, type OpenReport } from "./reportStream.js";
import { type Spool, spoolsBySeverity } from "./spool.js";

/**
 * The marks with which text from data would become markup in GitHub's markdown: a code span (in
 * which GitHub prints entities as written), emphasis, strikethrough, a link or image, an e-mail
 * address's `@`, and `$…$` math, which GitHub typesets (an outside review: data could print
 * `$\huge …$`). Each is escaped with a backslash; `_` only where it can open or close emphasis
 * (at a word's edge), as ids are full of it and GitHub reads no emphasis inside a word.
 */
const MARKDOWN_MARKS = /[`*~[\]@$]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/**
 * An `@` where an @mention can start (not after a letter, digit or `_`), which notifies whoever it
 * names each time the report is posted. GitHub finds mentions in the rendered text, where the
 * backslash is gone (github/markup#1168): a zero-width space after the `@` breaks them, as
 * `ISSUE_REFS` does. One inside a word, as in a label such as "tally@1.0.0", mentions no one.
 */
const MENTIONS = /(?<![\p{L}\p{N}_])\\@/gu;

/**
 * What GitHub links without any mark: `http://` and `https://` addresses and `www.` names (GFM's
 * autolink literals). A backslash before the `:` or the `.` leaves the text as printed, unlinked:
 * an outside review saw "https://evil.example/login" in a claim become a link in the report.
 * Wherever the letters stand: GitHub links "x_https://…" and "a_www.…" too (a later review; a
 * word boundary there missed them); markdown prints a backslash before a `:` or `.` as nothing.
 */
const AUTOLINKS = /(?<=(?:https?|ftp))(?=:\/\/)|(?<=www)(?=\.)/giu;

/**
 * What GitHub links to an issue or pull request, and cross-references there each time the report
 * is posted: `#1`, `owner/repo#1`, `GH-1`. A backslash is no escape for these (github/markup#303);
 * a zero-width space between the mark and the number is, and prints nothing (an outside review:
 * "UN resolution #1" in a claim linked issue 1). Commit hashes are left: GitHub links only those
 * of the repository, and every claim id such as "c0999949" looks like one.
 */
const ISSUE_REFS = /(#|\bGH-)(?=\d)/giu;

/**
 * A value from data, for a table cell or a heading: HTML as text (GitHub renders raw HTML, so
 * `</details>` would close the fold and "<dir>" vanish), `\` and `|` escaped so the cell stays
 * one cell, every line break a space so the row stays one row, markdown's marks escaped so that
 * data reads as the text it is, and every other control (NUL, ESC), bidirectional or invisible
 * character shown as an escape.
 */
const cell = (s: string) =>
  visibleControls(
    escapeMarkup(s)
      .replaceAll("\\", "\\\\")
      .replaceAll("|", "\\|")
      .replace(MARKDOWN_MARKS, "\\$&")
      .replace(AUTOLINKS, "\\")
      .replace(ISSUE_REFS, "$1&#8203;")
      .replace(MENTIONS, "@&#8203;")
      .replace(LINE_BREAK, " "),
  );

const HEADINGS = { error: "Errors", warning: "Warnings", info: "Info" } as const;

const TABLE_HEAD = "| rule | where | message |\n| --- | --- | --- |\n";

/**
 * Characters of a message a row prints. A message that quotes a megabyte cell filled the whole
 * comment budget alone, so its table showed no row at all (an outside review): cut, it leaves room
 * for the rest, and says where the whole of it is.
 */
export const MESSAGE_CHARS = 2_000;

function shortened(message: string): string {
  if (message.length <= MESSAGE_CHARS) return message;
  const end = cutIndex(message, MESSAGE_CHARS);
  return `${message.slice(0, end)}… (${(message.length - end).toLocaleString("en-US")} more characters: --format text prints it whole)`;
}

function row(f: Finding): string {
  const at = where(f) || [f.event_id, f.metric].filter(Boolean).join(" / ");
  return `| ${cell(f.rule)} | ${cell(at)} | ${cell(shortened(f.message))} |\n`;
}

/** Closes a severity's table: the infos' fold. */
const tableEnd = (severity: Severity) => (severity === "info" ? "\n</details>\n" : "");

/**
 * Writes one dataset's section, draining its rows' spools into `write`, as far as `budget` lets
 * it: a table is opened only with room to close it, and past the cut only counted.
 */
function writeSection(
  label: string,
  counts: Report["summary"],
  rows: Record<Severity, Spool>,
  write: (text: string) => void,
  budget: CharBudget,
): void {
  const heading = `\n### ${cell(label)}\n`;
  const any = counts.errors + counts.warnings + counts.infos > 0;
  const headed = any && budget.take(heading.length);
  if (headed) write(heading);
  for (const severity of severitySchema.options) {
    const count = counts[SUMMARY_KEY[severity]];
    if (count === 0) continue;
    const title = `${HEADINGS[severity]} (${count})`;
    // Infos are context: folded so errors and warnings stay in view.
    const open =
      severity === "info"
        ? `\n<details>\n<summary>${title}</summary>\n\n${TABLE_HEAD}`
        : `\n#### ${title}\n\n${TABLE_HEAD}`;
    const end = tableEnd(severity);
    if (!(headed && budget.take(open.length + end.length))) {
      budget.omit(severity, count);
      rows[severity].drain(() => {});
      continue;
    }
    write(open);
    budget.drainRows(rows[severity], count, severity, write);
    write(end);
  }
}

/** The summary table of every dataset's counts, which opens the report. */
function headOf(runs: readonly RunHead[], counted: readonly Report["summary"][]): string {
  let head = "## Tally validation\n\n| dataset | errors | warnings | infos |\n| --- | ---: | ---: | ---: |\n";
  runs.forEach((r, i) => {
    const s = counted[i]!;
    head += `| ${cell(r.label)} | ${s.errors} | ${s.warnings} | ${s.infos} |\n`;
  });
  return head;
}

/** The widest the summary table can be, held back from the start since it is written last. */
const widestHead = (runs: readonly RunHead[]) => {
  const most = {
    errors: Number.MAX_SAFE_INTEGER,
    warnings: Number.MAX_SAFE_INTEGER,
    infos: Number.MAX_SAFE_INTEGER,
  };
  return headOf(
    runs,
    runs.map(() => most),
  ).length;
};

/** Held back for `cutNote`, which says what a cut report left out. */
const NOTE_CHARS = 400;

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Says where the report was cut and what it left out (at most `NOTE_CHARS` long). */
function cutNote(limit: number, omitted: CharBudget["omitted"]): string {
  const left = [
    omitted.error > 0 ? plural(omitted.error, "error", "errors") : "",
    omitted.warning > 0 ? plural(omitted.warning, "warning", "warnings") : "",
    omitted.info > 0 ? plural(omitted.info, "info", "infos") : "",
  ].filter(Boolean);
  return `\n---\n\n**Cut at ${limit.toLocaleString("en-US")} characters** (\`--max-chars\`; GitHub takes at most ${GITHUB_COMMENT_CHARS.toLocaleString("en-US")} in a comment): ${inWords(left)} not shown. \`--format text\` lists every finding; \`--max-chars 0\` prints this report whole.\n`;
}

/**
 * A report to paste into a pull request: a summary table of every dataset's counts, then each
 * dataset's findings by severity, cut at `options.maxChars` characters (GitHub's limit for a
 * comment unless told otherwise) with a note of what was left out. A dataset's rows wait in one
 * spool per severity until its counts are in; each section but the last then waits in another
 * until the table above it has every dataset's counts.
 */
export const openMarkdownReport: OpenReport = (runs, write, newSpool, options = DEFAULT_REPORT_OPTIONS) => {
  const rows = spoolsBySeverity(newSpool);
  const sections = newSpool();
  const appendSection = (text: string) => sections.append(text);
  const counted: Report["summary"][] = [];
  const limit = options.maxChars;
  const budget = new CharBudget(limit, widestHead(runs) + NOTE_CHARS);
  let run = emptySummary();
  // Characters of each severity's rows spooled in this run. Once they reach the limit, a row among
  // them cannot fit (the budget is the limit less the reserve) and no later one is printed: later
  // rows are only counted, which `drainRows` does from `run`'s counts. The dense 1M benchmark
  // prints 65 KB and used to format and spool all of its 505,036 rows to get there.
  let spooled = { error: 0, warning: 0, info: 0 };
  const bounded = limit > 0;
  return {
    add(f) {
      countSeverity(run, f);
      if (bounded && spooled[f.severity] >= limit) return;
      const text = row(f);
      spooled[f.severity] += text.length;
      rows[f.severity].append(text);
    },
    endRun() {
      spooled = { error: 0, warning: 0, info: 0 };
      const { label } = runs[counted.length]!;
      counted.push(run);
      if (counted.length < runs.length) writeSection(label, run, rows, appendSection, budget);
      else {
        // The last section completes the table, so it goes straight out after the table and the
        // sections before it instead of through a second spool: 13-15 s instead of 18-19 at 2M findings.
        write(headOf(runs, counted));
        sections.drain(write);
        writeSection(label, run, rows, write, budget);
        if (budget.cut) write(cutNote(limit, budget.omitted));
      }
      run = emptySummary();
    },
    end() {
      if (runs.length === 0) write(headOf(runs, counted));
    },
  };
};
