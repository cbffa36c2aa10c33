import { useEffect, useRef } from "react";

/** Whether a box of the viewport's coordinates lies whole in the part of it the page can show. */
export function inView(box: { top: number; bottom: number }, height: number, paddingBottom: number): boolean {
  return box.top >= 0 && box.bottom <= height - paddingBottom;
}

/**
 * For how many frames after its evidence closes a claim's row is kept in sight through the
 * layout's changes. Counted in frames, not milliseconds: the change that closing makes comes a
 * frame or two later however busy the machine, while on a loaded one those frames took more than
 * the second once allowed, and the row the focus went back to was left 1,700 px out of sight.
 */
const CLOSE_SETTLES_FRAMES = 10;

/**
 * Keeps the opened claim's row or mark on screen beside its evidence. Opening a claim changes the
 * layout under the reader: at 1280 px the Claims table narrows into cards and the clicked row went
 * 1,700 px down the page, and closing it moved the row (and the focus given back to it) away again;
 * below 1,000 px the evidence sheet covered the bar just tapped (an outside review). After each
 * render that shows the evidence for `claimId`, or that closed it, in a layout not yet seen, the
 * element `selector` finds is scrolled into what is left in view (the middle, or its top first if
 * it is taller), unless it is whole in view already; once closed, the control the focus went back
 * to takes its place when there is one. Below 1,000 px the page's scroll padding
 * (styles.css) keeps it above the sheet.
 */
export function useRevealSelected(claimId: string | null, selector: string | null, layout: string): void {
  const revealed = useRef<string | null>(null);
  // The element of the claim last opened: closing its evidence changes the layout again.
  const last = useRef<string | null>(null);
  // Frames since the evidence closed (null while open), and the pending frame that counts them.
  const closedFor = useRef<number | null>(null);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  useEffect(() => {
    const open = claimId !== null && selector !== null;
    if (open) {
      closedFor.current = null;
      cancelAnimationFrame(frame.current);
    } else if (last.current !== null) {
      // Only the layout changes that closing makes are followed: a later one (the window resized
      // past a breakpoint) must not pull the reader back to a claim closed long ago.
      if (closedFor.current === null) {
        closedFor.current = 0;
        const tick = () => {
          if (closedFor.current === null || ++closedFor.current >= CLOSE_SETTLES_FRAMES) return;
          frame.current = requestAnimationFrame(tick);
        };
        frame.current = requestAnimationFrame(tick);
      } else if (closedFor.current >= CLOSE_SETTLES_FRAMES) last.current = null;
    }
    const find = open ? selector : last.current;
    if (find === null) return;
    const key = `${open ? claimId : ""}\u0000${find}\u0000${layout}`;
    if (revealed.current === key) return;
    // Closed, the control the focus went back to is what the reader must see: a data table's
    // Open button, not the chart mark of its claim 2,500 px above it (an outside review). A
    // heading that took the focus for want of a control to return to is no such place.
    const focused = document.activeElement;
    const returned =
      !open && focused instanceof Element && focused !== document.body && !/^H[1-6]$/.test(focused.tagName)
        ? focused
        : null;
    const target = returned ?? document.querySelector(find);
    const panel = open && document.querySelector(`.tally-evidence[data-claim-id="${CSS.escape(claimId)}"]`);
    // Not drawn yet (the claim's rows or the panel still loading): the next render tries again.
    if (!target || (open && !panel)) return;
    revealed.current = key;
    last.current = find;
    const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0;
    const room = window.innerHeight - padding;
    const box = target.getBoundingClientRect();
    if (!inView(box, window.innerHeight, padding))
      target.scrollIntoView({ block: box.height > room - 24 ? "start" : "center" });
  });
}

/** The selector of a claim's element among those of `scope` that carry `attribute`. */
export function claimSelector(scope: string, attribute: string, claimId: string | null): string | null {
  return claimId === null ? null : `${scope} [${attribute}="${CSS.escape(claimId)}"]`;
}
