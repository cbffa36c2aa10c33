import { LoadError } from "./dataSource.js";
import { useProgress } from "./progress.js";

/** An error in place: what went wrong and what to do, never a stack trace. */
export function ErrorBox({ error, title = "Something went wrong" }: { error: unknown; title?: string }) {
  const message = error instanceof Error ? error.message : String(error);
  const hint =
    error instanceof LoadError
      ? error.hint
      : "Check the query or the filters and try again; reloading the page starts over.";
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
      <p className="hint">{hint}</p>
    </div>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </div>
  );
}

/** DuckDB-WASM's start-up progress, wherever a view waits for it. */
export function EngineStatus() {
  const message = useProgress();
  if (!message) return null;
  return <Loading label={message} />;
}
