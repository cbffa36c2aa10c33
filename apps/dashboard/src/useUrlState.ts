import { useCallback, useSyncExternalStore } from "react";
import { focusMarkOf } from "./focusMark.js";
import { formatUrlState, parseUrlState, type UrlState } from "./urlState.js";

const CHANGE = "tally:urlchange";

/**
 * Every subscriber behind one pair of window listeners: a view with thousands of links (Findings
 * at 10k claims had 23,389) spent 3.6 s adding a listener pair per link and 3.5 s removing them.
 */
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of [...listeners]) listener();
};

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener("popstate", notify);
    window.addEventListener(CHANGE, notify);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0) return;
    window.removeEventListener("popstate", notify);
    window.removeEventListener(CHANGE, notify);
  };
}

const getSearch = () => window.location.search;

/** The last query string parsed, so that a thousand links rendered together parse it once. */
let parsed: { search: string; state: UrlState } | undefined;
function stateOf(search: string): UrlState {
  if (parsed?.search !== search) parsed = { search, state: parseUrlState(search) };
  return parsed.state;
}

export type UrlPatch = Partial<Omit<UrlState, "filters">> & { filters?: Partial<UrlState["filters"]> };

export function applyPatch(state: UrlState, patch: UrlPatch): UrlState {
  return { ...state, ...patch, filters: { ...state.filters, ...patch.filters } };
}

/**
 * How long after a picker's change another change of it replaces that history entry rather than
 * adding one: the arrow keys step a closed <select> through its options, one change each, and each
 * step was an entry for Back to go through (an outside review). A pause longer than this settles.
 */
export const SETTLE_MS = 1500;

/** What a history entry a picker pushed remembers: which picker, and when it last changed it. */
interface Settling {
  settle: string;
  at: number;
}

export interface NavigateOptions {
  replace?: boolean;
  /**
   * The picker making the change: changes of one picker in quick succession (`SETTLE_MS`) make
   * one history entry, the last choice's, as long as nothing else navigated between them.
   */
  settle?: string;
}

/** Navigates within the app: pushes (or replaces) the query string and notifies subscribers. */
export function navigate(state: UrlState, options: NavigateOptions = {}): void {
  const url = `${window.location.pathname}${formatUrlState(state)}`;
  const now = Date.now();
  const last = window.history.state as Partial<Settling> | null;
  const settling =
    options.settle !== undefined && last?.settle === options.settle && now - (last.at ?? 0) < SETTLE_MS;
  const entry: Settling | null = options.settle === undefined ? null : { settle: options.settle, at: now };
  if (options.replace || settling) window.history.replaceState(entry, "", url);
  else {
    // The entry left keeps where focus was, for Back to put it there again (`focusMark`); left
    // from outside the view (the menu), it keeps none, not the link of an earlier visit.
    const focus = focusMarkOf(document.activeElement);
    if (focus !== null || (last as { focus?: unknown } | null)?.focus !== undefined)
      window.history.replaceState({ ...last, focus: focus ?? undefined }, "");
    window.history.pushState(entry, "", url);
  }
  window.dispatchEvent(new Event(CHANGE));
}

/** The view state in the URL, and a setter that writes a patch back (a new history entry). */
export function useUrlState(): [UrlState, (patch: UrlPatch, options?: NavigateOptions) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = stateOf(search);
  const update = useCallback((patch: UrlPatch, options?: NavigateOptions) => {
    navigate(applyPatch(parseUrlState(window.location.search), patch), options);
  }, []);
  return [state, update];
}

/** An href for a state change, so links can be opened in a new tab and read by screen readers. */
export function hrefFor(state: UrlState, patch: UrlPatch): string {
  return `${window.location.pathname}${formatUrlState(applyPatch(state, patch))}`;
}
