import { inWords } from "@tally/dataset";
import type { Finding, Severity } from "../finding.js";
import { SEVERITY_RANK } from "../report.js";
import { visibleControls } from "./escape.js";
import { DEFAULT_REPORT_OPTIONS, type OpenReport } from "./reportStream.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/**
 * Annotations of one severity in a whole run. GitHub shows at most 10 error, 10 warning and 10
 * notice annotations per step (and 50 per job) and silently drops the rest. The cap was once per
 * file: three files of a dataset gave 13 errors, and GitHub hid 3 that the closing lines did not
 * count (an outside review). What is not annotated is counted per file instead.
 */
export const ANNOTATIONS_PER_SEVERITY = 10;

// GitHub workflow command escaping (as @actions/core's escapeData and escapeProperty): data
// escapes %, CR, LF; property values also ':' and ','. No data can then end the command's line.
// Every other control (ESC would colour the log, NUL cut it), and the bidirectional and invisible
// characters, are shown as escapes, as in the text report: the log is read in a browser.
const escapeData = (s: string) =>
  visibleControls(s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
const escapeProperty = (s: string) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

function annotation(f: Finding): string {
  const props: string[] = [];
  if (f.file !== undefined) props.push(`file=${escapeProperty(f.file)}`);
  if (f.line !== undefined) props.push(`line=${f.line}`);
  props.push(`title=${escapeProperty(`${f.rule} (${f.dataset})`)}`);
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}\n`;
}

const plural = (n: number, severity: Severity) => `${n} more ${severity}${n === 1 ? "" : "s"}`;

/**
 * A plain line, not an annotation (which the step's quota could drop): how many findings of each
 * severity at `file` were not annotated. The file name goes through visibleControls so that it
 * cannot start a line, which a workflow command would.
 */
function notAnnotated(file: string | undefined, over: Record<Severity, number>): string {
  const counts = (Object.keys(over) as Severity[]).filter((s) => over[s] > 0).map((s) => plural(over[s], s));
  const at = file === undefined ? "findings at no file" : visibleControls(file);
  return `tally validate: ${at}: ${counts.join(", ")} not annotated (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per severity in a step; the text report has them all)\n`;
}

/**
 * A plain last line with every finding counted and what was annotated: a step failed by
 * `--fail-on warning` with `--annotate error` printed nothing at all, and said not why (an outside
 * review).
 */
function closingLine(found: Record<Severity, number>, annotate: Severity): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const shown = (Object.keys(found) as Severity[]).filter((s) => SEVERITY_RANK[s] >= SEVERITY_RANK[annotate]);
  return `tally validate: ${count(found.error, "error")}, ${count(found.warning, "warning")}, ${count(found.info, "info")}; annotated: ${inWords(shown.map((s) => `${s}s`))} (--annotate ${annotate})\n`;
}

/**
 * GitHub Actions annotations, `::error file=…,line=…::message` one a line as they are found, for
 * findings at or above `--annotate` (default warning: infos would crowd out the rest); the first
 * `ANNOTATIONS_PER_SEVERITY` of each severity, then one line per file with what was left out, and
 * a last line counting every finding.
 * Counts per file are kept, a few integers for each file a dataset has.
 */
export const openGithubReport: OpenReport = (
  _runs,
  write,
  _newSpool,
  { annotate } = DEFAULT_REPORT_OPTIONS,
) => {
  const lowest = SEVERITY_RANK[annotate];
  const annotated: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const found: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const left = new Map<string | undefined, Record<Severity, number>>();
  return {
    add(f) {
      found[f.severity]++;
      if (SEVERITY_RANK[f.severity] < lowest) return;
      if (annotated[f.severity] < ANNOTATIONS_PER_SEVERITY) {
        annotated[f.severity]++;
        write(annotation(f));
        return;
      }
      const counts = left.get(f.file) ?? { error: 0, warning: 0, info: 0 };
      left.set(f.file, counts);
      counts[f.severity]++;
    },
    endRun() {},
    end() {
      for (const [file, over] of left) write(notAnnotated(file, over));
      write(closingLine(found, annotate));
    },
  };
};
