/**
 * The query engine's download, as the engine status says it. DuckDB-WASM's worker fetches its
 * WebAssembly file itself (streaming compilation, the browser's HTTP cache and its compiled-code
 * cache all apply) and reports the bytes that have arrived through `instantiate`'s progress
 * handler; this turns those reports into what the status line shows and what a screen reader is
 * told. About 34 MB: on a slow connection "Starting DuckDB-WASM…" alone said nothing for minutes
 * (an outside audit).
 */
import type { Progress } from "./engine.js";

/** One report of DuckDB-WASM's `InstantiationProgress` (the fields read here). */
export interface DownloadReport {
  bytesLoaded: number;
  /** The response's Content-Length, 0 when it has none. */
  bytesTotal: number;
}

/** Decimal megabytes to one place: "34.2". */
export function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** Megabytes arrived, rounded down: "34.2 of 34.2" only once all of it is there. */
function arrived(bytes: number): string {
  return (Math.floor(bytes / 1e5) / 10).toFixed(1);
}

/**
 * The file's size. `known` is the size of the build's own file: a compressed response's
 * Content-Length counts compressed bytes while `bytesLoaded` counts the file's (the body is
 * decoded before the worker reads it), so the header is taken only when the build did not say
 * and it is no less than what has arrived. null: not known.
 */
export function downloadTotal(report: DownloadReport, known: number | null): number | null {
  if (known !== null && known > 0) return known;
  if (report.bytesTotal > 0 && report.bytesTotal >= report.bytesLoaded) return report.bytesTotal;
  return null;
}

export const DOWNLOADED = "Query engine downloaded; starting it…";

/**
 * What the status line shows: "Downloading the query engine: 12.3 of 34.2 MB", the figures held
 * together by no-break spaces (at 390 px "MB" was left alone on a line of its own).
 */
export function downloadText(loaded: number, total: number | null): string {
  if (total === null) return `Downloading the query engine: ${arrived(loaded)}\u00a0MB so far`;
  if (loaded >= total) return DOWNLOADED;
  return `Downloading the query engine: ${arrived(loaded)}\u00a0of\u00a0${megabytes(total)}\u00a0MB`;
}

/**
 * What a screen reader is told, in steps of a quarter: the size when it starts, then 25, 50 and
 * 75%, then that it is done. The line on screen changes several times a second, which read out
 * would bury everything else.
 */
export function spokenDownload(loaded: number, total: number | null): string {
  if (total === null) return "Downloading the query engine…";
  if (loaded >= total) return DOWNLOADED;
  const quarter = Math.floor((loaded / total) * 4) * 25;
  return quarter === 0
    ? `Downloading the query engine (${megabytes(total)} MB)…`
    : `Downloading the query engine: ${quarter}% of ${megabytes(total)} MB`;
}

export interface DownloadOptions {
  /** The least time between two changes of the line on screen, in ms. */
  showEvery?: number;
  /** The least time between two announcements of the steps between start and end, in ms. */
  speakEvery?: number;
  /** How long the download may go without a byte, once it has started, before it is given up, in ms. */
  stallAfter?: number;
  now?: () => number;
}

export interface DownloadTracker {
  /** The handler for `AsyncDuckDB.instantiate`. */
  report: (report: DownloadReport) => void;
  /**
   * Rejects when bytes stop arriving part-way: the worker neither fails nor answers when the
   * connection drops mid-download, which would leave the status at "12.3 of 34.2 MB" for ever.
   */
  stalled: Promise<never>;
  /** Stops reporting and watching (the engine started, or failed otherwise). */
  stop: () => void;
}

/**
 * Passes DuckDB-WASM's reports on to `progress`, the line on screen at most every `showEvery` ms
 * (the worker reports every chunk, thousands of them) and the words read out only when
 * `spokenDownload` says another thing, and then at most every `speakEvery` ms, but for the end.
 */
export function trackDownload(
  progress: Progress,
  file: string,
  known: number | null,
  {
    showEvery = 200,
    speakEvery = 5_000,
    stallAfter = 60_000,
    now = () => performance.now(),
  }: DownloadOptions = {},
): DownloadTracker {
  let shown = "";
  let shownAt = Number.NEGATIVE_INFINITY;
  let spoken = "";
  let spokenAt = Number.NEGATIVE_INFINITY;
  let last: { at: number; loaded: number; total: number | null } | null = null;
  let stopped = false;
  let watch: ReturnType<typeof setInterval> | undefined;
  let giveUp: (e: Error) => void = () => {};
  const stalled = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  stalled.catch(() => {});

  const stop = () => {
    stopped = true;
    clearInterval(watch);
  };

  const report = ({ bytesLoaded, bytesTotal }: DownloadReport) => {
    if (stopped) return;
    const at = now();
    const total = downloadTotal({ bytesLoaded, bytesTotal }, known);
    const done = total !== null && bytesLoaded >= total;
    last = { at, loaded: bytesLoaded, total };
    if (done) clearInterval(watch);
    else if (watch === undefined)
      watch = setInterval(
        () => {
          if (stopped || last === null || now() - last.at < stallAfter) return;
          stop();
          const where =
            last.total === null
              ? `${arrived(last.loaded)} MB`
              : `${arrived(last.loaded)} of ${megabytes(last.total)} MB`;
          giveUp(
            new Error(
              `the download of ${file} stopped at ${where} (nothing arrived for ${Math.round(stallAfter / 1000)} s)`,
            ),
          );
        },
        Math.min(5_000, stallAfter),
      );
    const text = downloadText(bytesLoaded, total);
    let say = spokenDownload(bytesLoaded, total);
    if (say !== spoken && spoken !== "" && !done && at - spokenAt < speakEvery) say = spoken;
    if (text === shown && say === spoken) return;
    if (say === spoken && at - shownAt < showEvery) return;
    shown = text;
    shownAt = at;
    if (say !== spoken) {
      spoken = say;
      spokenAt = at;
    }
    progress(text, say);
  };
  return { report, stalled, stop };
}
