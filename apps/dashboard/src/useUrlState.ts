import { useCallback, useSyncExternalStore } from "react";
import { formatUrlState, parseUrlState, type UrlState } from "./urlState.js";

const CHANGE = "tally:urlchange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

export type UrlPatch = Partial<Omit<UrlState, "filters">> & { filters?: Partial<UrlState["filters"]> };

export function applyPatch(state: UrlState, patch: UrlPatch): UrlState {
  return { ...state, ...patch, filters: { ...state.filters, ...patch.filters } };
}

/** Navigates within the app: pushes (or replaces) the query string and notifies subscribers. */
export function navigate(state: UrlState, replace = false): void {
  const url = `${window.location.pathname}${formatUrlState(state)}`;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  window.dispatchEvent(new Event(CHANGE));
}

/** The view state in the URL, and a setter that writes a patch back (a new history entry). */
export function useUrlState(): [UrlState, (patch: UrlPatch, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = parseUrlState(search);
  const update = useCallback((patch: UrlPatch, options?: { replace?: boolean }) => {
    navigate(applyPatch(parseUrlState(window.location.search), patch), options?.replace);
  }, []);
  return [state, update];
}

/** An href for a state change, so links can be opened in a new tab and read by screen readers. */
export function hrefFor(state: UrlState, patch: UrlPatch): string {
  return `${window.location.pathname}${formatUrlState(applyPatch(state, patch))}`;
}
