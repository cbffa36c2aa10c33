import { type Finding, type Report, type Severity, severitySchema } from "../finding.js";
import { countSeverity, emptySummary, SUMMARY_KEY, where } from "../report.js";
import { escapeMarkup, LINE_BREAK, visibleControls } from "./escape.js";
import type { OpenReport } from "./reportStream.js";
import { type Spool, spoolsBySeverity } from "./spool.js";

/**
 * The marks with which text from data would become markup in GitHub's markdown: a code span (in
 * which GitHub prints entities as written), emphasis, strikethrough, a link or image, and an
 * @mention that notifies whoever it names when the report is pasted into a pull request. Each is
 * escaped with a backslash; `_` is left alone, as ids are full of it and GitHub reads no emphasis
 * inside a word.
 */
const MARKDOWN_MARKS = /[`*~[\]@]/g;

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
      .replace(LINE_BREAK, " "),
  );

const HEADINGS = { error: "Errors", warning: "Warnings", info: "Info" } as const;

const TABLE_HEAD = "| rule | where | message |\n| --- | --- | --- |\n";

function row(f: Finding): string {
  const at = where(f) || [f.event_id, f.metric].filter(Boolean).join(" / ");
  return `| ${cell(f.rule)} | ${cell(at)} | ${cell(f.message)} |\n`;
}

/** Writes one dataset's section, draining its rows' spools into `write`. */
function writeSection(
  label: string,
  counts: Report["summary"],
  rows: Record<Severity, Spool>,
  write: (text: string) => void,
): void {
  if (counts.errors + counts.warnings + counts.infos > 0) write(`\n### ${cell(label)}\n`);
  for (const severity of severitySchema.options) {
    const count = counts[SUMMARY_KEY[severity]];
    if (count === 0) continue;
    const heading = `${HEADINGS[severity]} (${count})`;
    // Infos are context: folded so errors and warnings stay in view.
    if (severity === "info") write(`\n<details>\n<summary>${heading}</summary>\n\n${TABLE_HEAD}`);
    else write(`\n#### ${heading}\n\n${TABLE_HEAD}`);
    rows[severity].drain(write);
    if (severity === "info") write("\n</details>\n");
  }
}

/**
 * A report to paste into a pull request: a summary table of every dataset's counts, then each
 * dataset's findings by severity. A dataset's rows wait in one spool per severity until its counts
 * are in; each section but the last then waits in another until the table above it has every
 * dataset's counts.
 */
export const openMarkdownReport: OpenReport = (runs, write, newSpool) => {
  const rows = spoolsBySeverity(newSpool);
  const sections = newSpool();
  const appendSection = (text: string) => sections.append(text);
  const counted: Report["summary"][] = [];
  const writeHead = () => {
    write("## Tally validation\n\n| dataset | errors | warnings | infos |\n| --- | ---: | ---: | ---: |\n");
    runs.forEach((r, i) => {
      const s = counted[i]!;
      write(`| ${cell(r.label)} | ${s.errors} | ${s.warnings} | ${s.infos} |\n`);
    });
  };
  let run = emptySummary();
  return {
    add(f) {
      countSeverity(run, f);
      rows[f.severity].append(row(f));
    },
    endRun() {
      const { label } = runs[counted.length]!;
      counted.push(run);
      if (counted.length < runs.length) writeSection(label, run, rows, appendSection);
      else {
        // The last section completes the table, so it goes straight out after the table and the
        // sections before it instead of through a second spool: 13-15 s instead of 18-19 at 2M findings.
        writeHead();
        sections.drain(write);
        writeSection(label, run, rows, write);
      }
      run = emptySummary();
    },
    end() {
      if (runs.length === 0) writeHead();
    },
  };
};
