import { useSyncExternalStore } from "react";

/**
 * Whether the window matches a CSS media query, kept current as it is resized: for what CSS alone
 * cannot do at a breakpoint, such as putting something first in the page's order (Tab's order,
 * not only where it is drawn). False where there is no window (a server render).
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener("change", changed);
      return () => list?.removeEventListener("change", changed);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
