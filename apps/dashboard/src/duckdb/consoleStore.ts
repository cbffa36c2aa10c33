import { useSyncExternalStore } from "react";
import type { ConsoleResult, SqlConsole } from "./console.js";
import type { Cancellation } from "./consoleCancel.js";
import { Refused, refusal } from "./consoleSql.js";
import type { Progress } from "./engine.js";

/**
 * The SQL console's state, kept outside React so that a running query, its result and its
 * engine survive leaving the view and coming back: one store per release (base + version).
 */
export interface ConsoleState {
  engine: SqlConsole | null;
  engineError: unknown;
  progress: string;
  /** What the progress's live region says (see `Progress`): `progress` unless the engine downloads. */
  progressSpoken: string;
  /** What the console is busy with, if anything. */
  busy: null | "running" | "cancelling" | "downloading";
  /** The text being run (or last run). */
  sql: string | null;
  /** Text typed in the editor since the last run, kept so that leaving the view does not lose it. */
  draft: Draft | null;
  /**
   * A text asked to run before the engine was ready, which runs as soon as it is (Ctrl+Enter
   * pressed while DuckDB-WASM starts was lost before).
   */
  queued: string | null;
  /** Rows received so far by the query in flight. */
  received: number;
  result: ConsoleResult | null;
  /**
   * The text whose run gave `result`, which the editor's may differ from: after an edit, or after
   * Back to an earlier run's address, where the result is still the later run's.
   */
  resultOf: string | null;
  error: unknown;
  /** What the last cancel stopped, until the next run or download. */
  cancelled: Cancellation | null;
  /**
   * Whether a run was asked for while the console was busy, which does not run it: Ctrl+Enter
   * pressed during a long query did nothing at all before, not even say so.
   */
  askedWhileBusy: boolean;
}

/**
 * A text typed and not run, with the text the address held as it was typed (`over`, null for none):
 * going back to an address that holds another text shows that text, not the draft.
 */
export interface Draft {
  text: string;
  over: string | null;
}

const INITIAL: ConsoleState = {
  engine: null,
  engineError: null,
  progress: "",
  progressSpoken: "",
  busy: null,
  sql: null,
  draft: null,
  queued: null,
  received: 0,
  result: null,
  resultOf: null,
  error: null,
  cancelled: null,
  askedWhileBusy: false,
};

interface Store {
  state: ConsoleState;
  listeners: Set<() => void>;
  starting: Promise<void> | null;
  /** Bumped by every run and cancel, so a run that settles after it was cancelled is ignored. */
  generation: number;
}

const stores = new Map<string, Store>();

function storeOf(key: string): Store {
  let s = stores.get(key);
  if (!s) {
    s = { state: INITIAL, listeners: new Set(), starting: null, generation: 0 };
    stores.set(key, s);
  }
  return s;
}

function set(s: Store, patch: Partial<ConsoleState>): void {
  s.state = { ...s.state, ...patch };
  for (const l of s.listeners) l();
}

export function consoleKey(base: string, version: string): string {
  return `${base}\n${version}`;
}

export function useConsoleState(key: string): ConsoleState {
  const s = storeOf(key);
  return useSyncExternalStore(
    (l) => {
      s.listeners.add(l);
      return () => s.listeners.delete(l);
    },
    () => s.state,
  );
}

/** Keeps the editor's text for when the view comes back; a run of it clears it. */
export function keepDraft(key: string, draft: Draft): void {
  set(storeOf(key), { draft });
}

/**
 * Starts the console's own engine once per release; later calls are no-ops. A text queued while
 * it started runs once it is ready; one that can never run is dropped with the engine's error.
 */
export function startConsole(key: string, open: (progress: Progress) => Promise<SqlConsole>): void {
  const s = storeOf(key);
  if (s.starting) return;
  s.starting = open((progress, spoken = progress) => set(s, { progress, progressSpoken: spoken }))
    .then((engine) => {
      const { queued } = s.state;
      set(s, { engine, progress: "", progressSpoken: "", queued: null });
      if (queued !== null) void runSql(key, queued);
    })
    .catch((engineError: unknown) => set(s, { engineError, progress: "", progressSpoken: "", queued: null }));
}

// Re-rendering per record batch (about 1,500 for 3M rows) would itself stall the page.
const COUNT_EVERY_MS = 150;

function counter(s: Store, generation: number): (n: number) => void {
  let last = 0;
  return (received) => {
    const now = performance.now();
    if (now - last < COUNT_EVERY_MS || s.generation !== generation) return;
    last = now;
    set(s, { received });
  };
}

/**
 * Runs `sql` on the release's console, unless it is refused (INSTALL, LOAD) or the console is busy;
 * before its engine is ready, queues it to run then (the last text asked for).
 */
export async function runSql(key: string, sql: string): Promise<void> {
  const s = storeOf(key);
  const engine = s.state.engine;
  if (s.state.engineError !== null) return;
  if (s.state.busy) {
    set(s, { askedWhileBusy: true });
    return;
  }
  const generation = ++s.generation;
  const refused = refusal(sql);
  if (refused) {
    set(s, { sql, draft: null, queued: null, result: null, error: new Refused(refused), cancelled: null });
    return;
  }
  if (!engine) {
    set(s, { sql, draft: null, queued: sql, error: null, cancelled: null });
    return;
  }
  set(s, {
    busy: "running",
    sql,
    draft: null,
    received: 0,
    error: null,
    cancelled: null,
    askedWhileBusy: false,
  });
  try {
    const result = await engine.run(sql, counter(s, generation));
    if (s.generation === generation) set(s, { busy: null, result, resultOf: sql });
  } catch (error) {
    if (s.generation === generation) set(s, { busy: null, result: null, error });
  }
}

// A queued text, or a run that ended as Cancel was pressed: its result is dropped all the same.
const NOTHING_RAN: Cancellation = { ran: 0, count: 1, restarted: false };

export async function cancelSql(key: string): Promise<void> {
  const s = storeOf(key);
  if (s.state.queued !== null) {
    set(s, { queued: null, cancelled: NOTHING_RAN });
    return;
  }
  const engine = s.state.engine;
  if (!engine || (s.state.busy !== "running" && s.state.busy !== "downloading")) return;
  const was = s.state.busy;
  ++s.generation;
  set(s, { busy: "cancelling", askedWhileBusy: false });
  try {
    const stopped = await engine.cancel();
    // A cancelled download leaves the result it was writing on screen; "Writing the CSV…" that
    // only vanished left the reader to wonder whether a file had been written.
    if (was === "running")
      set(s, { busy: null, result: null, error: null, cancelled: stopped ?? NOTHING_RAN });
    else set(s, { busy: null, cancelled: { ...(stopped ?? NOTHING_RAN), download: true } });
  } catch (error) {
    set(s, { busy: null, error });
  }
}

/** The full result on screen as CSV; null when cancelled or failed (the state says why). */
export async function csvOf(key: string): Promise<Blob | null> {
  const s = storeOf(key);
  const { engine, result } = s.state;
  if (!engine || !result || s.state.busy) return null;
  const generation = ++s.generation;
  set(s, { busy: "downloading", received: 0, cancelled: null, askedWhileBusy: false });
  try {
    const blob = await engine.csv(result, counter(s, generation));
    if (s.generation !== generation) return null;
    set(s, { busy: null });
    return blob;
  } catch (error) {
    if (s.generation === generation) set(s, { busy: null, error });
    return null;
  }
}
