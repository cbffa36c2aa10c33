import { useSyncExternalStore } from "react";

/** One line of text any component can show, set from outside React (the engine's start-up). */
function textStore() {
  let current = "";
  const listeners = new Set<() => void>();
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  };
  return {
    set(text: string): void {
      current = text;
      for (const l of listeners) l();
    },
    useText(): string {
      return useSyncExternalStore(subscribe, () => current);
    },
  };
}

/** What DuckDB-WASM is doing right now ("" when idle), shown while it starts and loads tables. */
const progress = textStore();
export const setProgress = progress.set;
export const useProgress = progress.useText;

/**
 * What a screen reader is told once the engine is ready. The progress line simply goes away, which
 * says nothing to someone who cannot see it go: the filters, the other events and the SQL console
 * wait for the engine.
 */
const announcement = textStore();
export const announce = announcement.set;
export const useAnnouncement = announcement.useText;
