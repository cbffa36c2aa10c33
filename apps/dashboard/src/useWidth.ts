import { type RefObject, useEffect, useState } from "react";

/**
 * The element's content width, followed as the window resizes (charts are drawn at a fixed width).
 * The element may appear after the first render (a view that shows "Loading…" first): each render
 * looks again, and the observer follows whichever element the ref holds.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 760): number {
  const [width, setWidth] = useState(fallback);
  const [el, setEl] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (ref.current !== el) setEl(ref.current);
  });
  useEffect(() => {
    if (!el) return;
    const measure = () => setWidth(Math.max(280, Math.floor(el.clientWidth)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return width;
}

/** The chart frame's padding and border on both sides (`.tally-chart`), which the chart must fit inside. */
const FRAME = 22;

/** The width to draw a chart at inside a column `measured` pixels wide: its frame fits, at most 980. */
export function chartWidth(measured: number): number {
  return Math.max(260, Math.min(measured - FRAME, 980));
}
