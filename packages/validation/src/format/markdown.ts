import { type Finding, type Report, severitySchema } from "../finding.js";
import { countSeverity, emptySummary, SUMMARY_KEY, where } from "../report.js";
import type { OpenReport } from "./reportStream.js";
import { spoolsBySeverity } from "./spool.js";

const cell = (s: string) => s.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\r?\n/g, " ");

const HEADINGS = { error: "Errors", warning: "Warnings", info: "Info" } as const;

const TABLE_HEAD = "| rule | where | message |\n| --- | --- | --- |\n";

function row(f: Finding): string {
  const at = where(f) || [f.event_id, f.metric].filter(Boolean).join(" / ");
  return `| ${cell(f.rule)} | ${cell(at)} | ${cell(f.message)} |\n`;
}

/**
 * A report to paste into a pull request: a summary table of every dataset's counts, then each
 * dataset's findings by severity. A dataset's rows wait in one spool per severity until its counts
 * are in; its section then waits in another until the table above it has every dataset's counts.
 */
export const openMarkdownReport: OpenReport = (runs, write, newSpool) => {
  const rows = spoolsBySeverity(newSpool);
  const sections = newSpool();
  const appendSection = (text: string) => sections.append(text);
  const counted: Report["summary"][] = [];
  let run = emptySummary();
  return {
    add(f) {
      countSeverity(run, f);
      rows[f.severity].append(row(f));
    },
    endRun() {
      const label = runs[counted.length]!.label;
      counted.push(run);
      if (run.errors + run.warnings + run.infos > 0) sections.append(`\n### ${cell(label)}\n`);
      for (const severity of severitySchema.options) {
        const count = run[SUMMARY_KEY[severity]];
        if (count === 0) continue;
        const heading = `${HEADINGS[severity]} (${count})`;
        // Infos are context: folded so errors and warnings stay in view.
        if (severity === "info")
          sections.append(`\n<details>\n<summary>${heading}</summary>\n\n${TABLE_HEAD}`);
        else sections.append(`\n#### ${heading}\n\n${TABLE_HEAD}`);
        rows[severity].drain(appendSection);
        if (severity === "info") sections.append("\n</details>\n");
      }
      run = emptySummary();
    },
    end() {
      write("## Tally validation\n\n| dataset | errors | warnings | infos |\n| --- | ---: | ---: | ---: |\n");
      runs.forEach((r, i) => {
        const s = counted[i]!;
        write(`| ${cell(r.label)} | ${s.errors} | ${s.warnings} | ${s.infos} |\n`);
      });
      sections.drain(write);
    },
  };
};
