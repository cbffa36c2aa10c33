import { useSyncExternalStore } from "react";

/**
 * What DuckDB-WASM is doing right now (`text` "" when idle), shown while it starts and loads
 * tables; `spoken` is what its live region says, which changes less often than the line on screen
 * while the engine downloads (see `Loading`).
 */
export interface ProgressState {
  text: string;
  spoken: string;
}

let current: ProgressState = { text: "", spoken: "" };
const listeners = new Set<() => void>();

export function setProgress(text: string, spoken: string = text): void {
  current = { text, spoken };
  for (const l of listeners) l();
}

export function useProgress(): ProgressState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
