import type { Finding } from "../finding.js";
import type { OpenReport } from "./reportStream.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

// GitHub workflow command escaping: data escapes %, CR, LF; property values also ':' and ','.
const escapeData = (s: string) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (s: string) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

function annotation(f: Finding): string {
  const props: string[] = [];
  if (f.file !== undefined) props.push(`file=${escapeProperty(f.file)}`);
  if (f.line !== undefined) props.push(`line=${f.line}`);
  props.push(`title=${escapeProperty(`${f.rule} (${f.dataset})`)}`);
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}\n`;
}

/** GitHub Actions annotations: `::error file=…,line=…::message`, one a line, as they are found. */
export const openGithubReport: OpenReport = (_runs, write) => ({
  add: (f) => write(annotation(f)),
  endRun() {},
  end() {},
});
