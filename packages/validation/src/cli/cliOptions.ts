import { parseArgs } from "node:util";
import { type Severity, severitySchema } from "../finding.js";
import { GITHUB_COMMENT_CHARS, REPORT_FORMATS, type ReportFormat } from "../format/index.js";
import { DEFAULT_TOLERANCE } from "../ruleContext.js";
import { repeatedOption } from "./repeatedOption.js";

export interface CliOptions {
  data: string | null;
  release: string | null;
  corpus: string | null;
  failOn: "error" | "warning";
  tolerance: number;
  format: ReportFormat;
  annotate: Severity;
  maxChars: number;
  out: string | null;
  pairs: boolean;
  /** `--progress` true, `--no-progress` false; null leaves it to whether stderr is a terminal. */
  progress: boolean | null;
  help: boolean;
}

/** Bad command-line arguments: exit 2 with this one-line message. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Room for the summary table, a heading and the note of what was cut, with a few rows. */
const MIN_MAX_CHARS = 2000;

export const USAGE = `Usage: pnpm validate [options]

Validates the working data/ and every release in data/releases/.

  --data <dir>            validate this dataset directory and every release in its releases/
                          instead (laid out like data/)
  --release <version>     validate only this release (of data/, or of --data)
  --corpus <dir>          source texts named by sources.csv text_ref: each quote is checked against
                          its text (figure_text is checked against its quote and the
                          claim's figure either way)
  --fail-on <severity>    error (default) or warning: exit 1 when a finding is at or above it
  --tolerance <fraction>  relative tolerance for "about" figures (default ${DEFAULT_TOLERANCE})
  --format <format>       ${REPORT_FORMATS.join(", ")} (default text)
  --annotate <severity>   github format: error, warning (default) or info, the lowest severity annotated
  --max-chars <n>         markdown format: cut the report at n characters, with a note of what is left
                          out (default ${GITHUB_COMMENT_CHARS}, GitHub's limit for a comment; at least
                          ${MIN_MAX_CHARS}, or 0 for no limit)
  --out <file>            write the report to this file instead of stdout
  --pairs                 conflicts: one warning per conflicting pair, not one per group's readings
  --progress              show how far the run has got on stderr, even where it is not a terminal
                          (default: shown on a terminal, unless CI is set)
  --no-progress           never show it
  -h, --help              show this help

Exit codes: 0 nothing at or above --fail-on; 1 something was; 2 a bad argument, input that
could not be read or a report that could not be written; 141 stdout closed before the end (| head).
`;

export function parseCliOptions(argv: readonly string[]): CliOptions {
  let values: Record<string, string | boolean | undefined>;
  let tokens: { kind: string; name?: string }[];
  try {
    ({ values, tokens } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      tokens: true,
      options: {
        data: { type: "string" },
        release: { type: "string" },
        corpus: { type: "string" },
        "fail-on": { type: "string", default: "error" },
        tolerance: { type: "string", default: String(DEFAULT_TOLERANCE) },
        format: { type: "string", default: "text" },
        annotate: { type: "string", default: "warning" },
        "max-chars": { type: "string", default: String(GITHUB_COMMENT_CHARS) },
        out: { type: "string" },
        pairs: { type: "boolean", default: false },
        progress: { type: "boolean" },
        "no-progress": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    // One line, but all of it: node's later lines hold the fix ("use '--tolerance=-XYZ'").
    throw new UsageError((error as Error).message.split("\n").join(" "));
  }
  const twice = repeatedOption(tokens);
  if (twice !== undefined) throw new UsageError(twice);
  const given = tokens.flatMap((t) => (t.kind === "option" && t.name !== undefined ? [t.name] : []));
  if (given.includes("progress") && given.includes("no-progress"))
    throw new UsageError("--progress and --no-progress contradict each other; give one");
  const failOn = values["fail-on"] as string;
  if (failOn !== "error" && failOn !== "warning")
    throw new UsageError(`--fail-on must be error or warning, not ${JSON.stringify(failOn)}`);
  const format = values.format as string;
  if (!(REPORT_FORMATS as string[]).includes(format))
    throw new UsageError(
      `--format must be one of ${REPORT_FORMATS.join(", ")}, not ${JSON.stringify(format)}`,
    );
  const annotate = values.annotate as string;
  if (!(severitySchema.options as string[]).includes(annotate))
    throw new UsageError(
      `--annotate must be one of ${severitySchema.options.join(", ")}, not ${JSON.stringify(annotate)}`,
    );
  if (given.includes("annotate") && format !== "github")
    throw new UsageError(`--annotate applies to --format github only, not to --format ${format}`);
  if (given.includes("max-chars") && format !== "markdown")
    throw new UsageError(`--max-chars applies to --format markdown only, not to --format ${format}`);
  const maxCharsText = (values["max-chars"] as string).trim();
  const maxChars = /^\d+$/.test(maxCharsText) ? Number(maxCharsText) : Number.NaN;
  if (!(maxChars === 0 || (maxChars >= MIN_MAX_CHARS && Number.isSafeInteger(maxChars))))
    throw new UsageError(
      `--max-chars must be 0 (no limit) or a whole number of at least ${MIN_MAX_CHARS}, not ${JSON.stringify(values["max-chars"])}`,
    );
  const toleranceText = values.tolerance as string;
  const tolerance = /^\d*\.?\d+$/.test(toleranceText.trim()) ? Number(toleranceText) : Number.NaN;
  if (!(tolerance >= 0 && tolerance < 1))
    throw new UsageError(
      `--tolerance must be a fraction from 0 up to (not including) 1, such as 0.1, not ${JSON.stringify(toleranceText)}`,
    );
  const text = (key: string) => {
    const v = values[key] as string | undefined;
    if (v === undefined) return null;
    if (v.trim() === "") throw new UsageError(`--${key} needs a value`);
    return v;
  };
  return {
    data: text("data"),
    release: text("release"),
    corpus: text("corpus"),
    failOn,
    tolerance,
    format: format as ReportFormat,
    annotate: annotate as Severity,
    maxChars,
    out: text("out"),
    pairs: values.pairs === true,
    progress: values.progress === true ? true : values["no-progress"] === true ? false : null,
    help: values.help === true,
  };
}
