/**
 * What a cancel stopped. A run of several statements runs them one after another, each committed
 * as it ends, so a cancel part-way leaves the earlier ones' changes in place; and when DuckDB does
 * not stop in time the console starts afresh on the release's tables, which drops whatever the
 * analyst had made in it. Both were silent before: "Cancelled." said neither.
 */
export interface Cancellation {
  /** The statements that had run to their end when the cancel took effect. */
  ran: number;
  /** The statements in the run. */
  count: number;
  /** Whether the console's engine was started afresh because DuckDB did not stop in time. */
  restarted: boolean;
  /** Set for a cancelled CSV download, whose result stays on screen. */
  download?: true;
}

/** The sentence shown once a run was cancelled. */
export function cancelledText({ ran, count, restarted, download }: Cancellation): string {
  const parts: string[] = [];
  if (download) parts.push("Download cancelled: no file was written, and the result stays on screen.");
  else if (count === 1) parts.push("Cancelled.");
  else {
    const stopped = Math.min(ran + 1, count);
    const before =
      ran === 0
        ? "nothing before it had run"
        : `${statements(1, ran).toLowerCase()} had run, and what ${ran === 1 ? "it" : "they"} changed stays`;
    const after = stopped < count ? `; ${statements(stopped + 1, count).toLowerCase()} did not run` : "";
    parts.push(`Cancelled at statement ${stopped} of ${count}: ${before}${after}.`);
  }
  parts.push(
    restarted
      ? "DuckDB did not stop in time, so the console started afresh on the release's tables: tables and views made in it before are gone."
      : "The console is ready for the next query.",
  );
  return parts.join(" ");
}

/** "Statement 2", "Statements 1 and 2", "Statements 1 to 3". */
export function statements(from: number, to: number): string {
  if (from === to) return `Statement ${from}`;
  return `Statements ${from} ${to === from + 1 ? "and" : "to"} ${to}`;
}
