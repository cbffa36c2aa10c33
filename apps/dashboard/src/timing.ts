/**
 * Read-only timing hooks for the benchmarks and browser tests, on `window.__tally`: the app's
 * performance marks, the duration of recent DuckDB-WASM queries, the DuckDB bundle in use, and a
 * promise that settles once the engine has loaded the release. Nothing here changes what is shown.
 */

export const MARKS = {
  /** summary.json parsed: everything the first view needs is in hand. */
  summary: "tally:summary",
  /** The discrepancy chart's first bars are in the page and painted (`markWhenPainted`). */
  firstChart: "tally:first-chart",
  /** DuckDB-WASM has started and loaded the release's tables. */
  engineReady: "tally:engine-ready",
} as const;

export interface QueryTiming {
  sql: string;
  /** When the query finished, in ms since navigation start. */
  at: number;
  ms: number;
  rows: number;
}

export interface TallyHooks {
  /** `tally:*` performance marks by name, in ms since navigation start. */
  readonly marks: Readonly<Record<string, number>>;
  /** Duration of the last query the app's session ran, or null before the first. */
  readonly lastQueryMs: number | null;
  /** The last (up to) 50 queries, oldest first. */
  readonly queries: readonly QueryTiming[];
  /** "mvp" or "eh" once the engine has started. */
  readonly bundle: string | null;
  /** Resolves once the engine has loaded the release; rejects when it could not. */
  readonly ready: Promise<void>;
}

const KEEP = 50;
const queries: QueryTiming[] = [];
let bundle: string | null = null;
let settle: { resolve: () => void; reject: (e: unknown) => void } | null = null;
const ready = new Promise<void>((resolve, reject) => {
  settle = { resolve, reject };
});
// A failure is reported in place by the views; an unobserved rejection here is not an error.
ready.catch(() => {});

/** Marks `name` once per page load. */
export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, "mark").length === 0) performance.mark(name);
}

/**
 * Marks `name` once the element `selector` finds is in the page and a frame holding it has been
 * painted: `requestAnimationFrame` runs just before a paint, and a task queued from it runs after
 * that paint. A view's effect runs before the browser paints, so a mark set there came before the
 * bars were on screen. Checks again each frame (at most `frames`) while the element is missing.
 */
export function markWhenPainted(
  name: string,
  selector: string,
  { root = document as ParentNode, frames = 600 }: { root?: ParentNode; frames?: number } = {},
): void {
  if (performance.getEntriesByName(name, "mark").length > 0) return;
  const check = (left: number) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (root.querySelector(selector) !== null) markOnce(name);
        else if (left > 0) check(left - 1);
      }, 0),
    );
  check(frames);
}

export function recordQuery(sql: string, ms: number, rows: number): void {
  queries.push({ sql, at: performance.now(), ms, rows });
  if (queries.length > KEEP) queries.shift();
}

export function engineReady(chosen: string): void {
  bundle = chosen;
  markOnce(MARKS.engineReady);
  settle?.resolve();
}

export function engineFailed(error: unknown): void {
  settle?.reject(error);
}

/** Installs `window.__tally` (getters only: a script cannot change what they report). */
export function installTimingHooks(target: object = window): void {
  const hooks: TallyHooks = Object.freeze({
    get marks() {
      const out: Record<string, number> = {};
      for (const m of performance.getEntriesByType("mark"))
        if (m.name.startsWith("tally:")) out[m.name] = m.startTime;
      return Object.freeze(out);
    },
    get lastQueryMs() {
      return queries.at(-1)?.ms ?? null;
    },
    get queries() {
      return Object.freeze(queries.map((q) => Object.freeze({ ...q })));
    },
    get bundle() {
      return bundle;
    },
    ready,
  });
  Object.defineProperty(target, "__tally", { value: hooks, writable: false, configurable: false });
}
