import { type RefObject, useEffect, useState } from "react";

/** The element's content width, followed as the window resizes (charts are drawn at a fixed width). */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 760): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(360, Math.floor(el.clientWidth)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
