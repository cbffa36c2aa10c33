import { useSyncExternalStore } from "react";

/** What DuckDB-WASM is doing right now ("" when idle), shown while it starts and loads tables. */
let current = "";
const listeners = new Set<() => void>();

export function setProgress(message: string): void {
  current = message;
  for (const l of listeners) l();
}

export function useProgress(): string {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
