import type { ReactNode } from "react";
import { LoadError } from "./dataSource.js";
import { useProgress } from "./progress.js";

/**
 * An error's message for a reader. DuckDB-WASM sends its errors as JSON
 * (`{"exception_type":"Parser","exception_message":"syntax error at or near …\n\nLINE 1: …"}`),
 * which an outside review saw printed raw: those read as "Parser error: syntax error at or near …",
 * their line breaks kept (the LINE 1 excerpt and its caret line up).
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.startsWith("{")) return message;
  try {
    const parsed = JSON.parse(message) as { exception_type?: unknown; exception_message?: unknown };
    if (typeof parsed.exception_message !== "string") return message;
    const type = typeof parsed.exception_type === "string" ? `${parsed.exception_type} error: ` : "";
    return `${type}${parsed.exception_message}`;
  } catch {
    return message;
  }
}

/**
 * Whether a message points at a column with a caret under an excerpt ("LINE 1: selec nonsense" /
 * "        ^", as DuckDB writes): it is shown in a fixed-width font, where the caret lands under
 * the character it means (in the page's font it stood under "LINE 1:", an outside review).
 */
export function pointsAtColumn(message: string): boolean {
  return /\n *\^ *(\n|$)/.test(message);
}

/**
 * An error in place: what went wrong and what to do (`hint` when the caller knows it), never a
 * stack trace. `otherwise` is what to do when neither the caller nor the error says: the views
 * query what their filters pick, the SQL console only what is typed.
 */
export function ErrorBox({
  error,
  title = "Something went wrong",
  hint: given,
  otherwise = "Check the query or the filters and try again; reloading the page starts over.",
  pageHeading = false,
}: {
  error: unknown;
  title?: string;
  hint?: string;
  otherwise?: string;
  /** The page's only content: its title is the page's h1. */
  pageHeading?: boolean;
}) {
  const message = errorMessage(error);
  const hint = given ?? (error instanceof LoadError ? error.hint : otherwise);
  return (
    <div className="error" role="alert">
      <Title text={title} pageHeading={pageHeading} />
      <p className={pointsAtColumn(message) ? "error-message code" : "error-message"}>{message}</p>
      <p className="hint">{hint}</p>
    </div>
  );
}

/**
 * A link that names something the release does not have (a view, event, metric or claim): what
 * it names, in `title`, and what to do instead.
 */
export function LinkNotice({
  testId,
  title,
  children,
  pageHeading = false,
}: {
  testId: string;
  title: ReactNode;
  children: ReactNode;
  /** The page's only content: its title is the page's h1. */
  pageHeading?: boolean;
}) {
  return (
    <div className="error" role="alert" data-testid={testId}>
      <Title text={title} pageHeading={pageHeading} />
      <p>{children}</p>
    </div>
  );
}

/**
 * A notice's title: the page's h1 where the notice is all the page shows (an unknown release or
 * view, a data address that cannot be read), which had none (axe: page-has-heading-one).
 */
function Title({ text, pageHeading }: { text: ReactNode; pageHeading: boolean }) {
  return pageHeading ? <h1 className="error-title">{text}</h1> : <strong>{text}</strong>;
}

/**
 * Something under way, in a live region. `spoken`, when it differs from `label`, is what a screen
 * reader is told instead: a line that changes several times a second (the query engine's download,
 * "12.3 of 34.2 MB") is shown outside the live region, hidden from assistive technology, and the
 * region holds the fewer words `spoken` gives.
 */
export function Loading({ label, spoken = label }: { label: string; spoken?: string }) {
  const apart = spoken !== label;
  return (
    <div className="loading">
      <span className="spinner" aria-hidden="true" />
      <span role="status" aria-live="polite" className={apart ? "visually-hidden" : undefined}>
        {spoken}
      </span>
      {apart && <span aria-hidden="true">{label}</span>}
    </div>
  );
}

/** DuckDB-WASM's start-up progress, wherever a view waits for it. */
export function EngineStatus() {
  const { text, spoken } = useProgress();
  if (!text) return null;
  return <Loading label={text} spoken={spoken} />;
}

/**
 * A view's query waiting, and under it the engine's progress: side by side, the two ran on as one
 * line ("Querying claims…◌ Query engine downloaded; starting it…").
 */
export function WaitingForEngine({ label }: { label: string }) {
  return (
    <div className="waiting">
      <Loading label={label} />
      <EngineStatus />
    </div>
  );
}

/**
 * What a screen reader is told once the engine is ready for the release on screen: the progress
 * line simply goes away, which says nothing to someone who cannot see it go, and the filters, the
 * other events and the SQL console wait for the engine. A live region mounted from the first paint
 * (one added with its text is often not read), empty until then; its words come from the session
 * of the version shown, so going back to a release opened before names that release.
 */
export function EngineAnnouncement({ readyVersion }: { readyVersion: string | null }) {
  return (
    <p className="visually-hidden" role="status" data-testid="engine-announcement">
      {readyVersion === null
        ? ""
        : `Query engine ready: release ${readyVersion}'s filters, events and SQL console can be used.`}
    </p>
  );
}
