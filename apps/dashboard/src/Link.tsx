import type { ReactNode } from "react";
import { hrefFor, type UrlPatch, useUrlState } from "./useUrlState.js";

/** An in-app link: a real href (open in new tab, copy link) that navigates without a reload. */
export function Link({
  to,
  children,
  className,
  label,
}: {
  to: UrlPatch;
  children: ReactNode;
  className?: string;
  /** The accessible name, when the text leans on its row or heading ("use" in release 1.0.0's row). */
  label?: string;
}) {
  const [state, update] = useUrlState();
  return (
    <a
      className={className}
      aria-label={label}
      href={hrefFor(state, to)}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        update(to);
      }}
    >
      {children}
    </a>
  );
}
