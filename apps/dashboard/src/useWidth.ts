import { useCallback, useRef, useState } from "react";

/**
 * The content width of the element the returned callback ref is attached to, followed as it
 * resizes. A callback ref hears of every element React attaches: a view that swaps its chart
 * column for "Loading…" and back (switching the event picker) gets the new column measured at
 * once. The old hook compared a ref object after each render and could keep observing the
 * detached column, so the chart stayed at the width it was first measured at.
 *
 * The width is null until the element is attached and measured (in the same commit, before the
 * browser paints): a chart drawn at a guessed width first would be laid out twice, which on a
 * release's first load cost more than anything else on the way to the first chart. An element
 * that measures 0 (hidden) gets `fallback`.
 */
export function useWidth<T extends HTMLElement = HTMLDivElement>(
  fallback = 760,
): [(el: T | null) => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (el: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!el) return;
      const measure = () => {
        // A detached or hidden element measures 0: keep the last real width rather than shrink to it.
        if (el.isConnected && el.clientWidth > 0) setWidth(Math.max(280, Math.floor(el.clientWidth)));
        else setWidth((w) => w ?? fallback);
      };
      measure();
      observer.current = new ResizeObserver(measure);
      observer.current.observe(el);
    },
    [fallback],
  );
  return [ref, width];
}

/** The chart frame's padding and border on both sides (`.tally-chart`), which the chart must fit inside. */
const FRAME = 22;

/** The width to draw a chart at inside a column `measured` pixels wide: its frame fits, at most 980. */
export function chartWidth(measured: number): number {
  return Math.max(260, Math.min(measured - FRAME, 980));
}
