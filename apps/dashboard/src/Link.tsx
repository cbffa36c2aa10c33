import type { ReactNode } from "react";
import { hrefFor, type UrlPatch, useUrlState } from "./useUrlState.js";

/** An in-app link: a real href (open in new tab, copy link) that navigates without a reload. */
export function Link({ to, children, className }: { to: UrlPatch; children: ReactNode; className?: string }) {
  const [state, update] = useUrlState();
  return (
    <a
      className={className}
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
