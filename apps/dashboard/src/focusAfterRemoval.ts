import { focusHeading } from "@tally/ui";

/** How long a view may take to draw its heading after the control went. */
const SETTLES_MS = 3000;

/**
 * When a control the reader activated goes away with what it acted on ("Clear this filter" in the
 * notice it clears, "Open the latest release"), focus fell to the page's body, and a keyboard
 * reader started again from "Skip to content" (an outside audit, in four notices). Once the page
 * has settled, focus that is nowhere and whose control is gone goes to the view's heading; a view
 * that moved focus itself (the evidence panel's Close, back to its opener) is left alone.
 */
export function focusAfterRemoval(doc: Document = document): () => void {
  let frame = 0;
  const activated = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== "Enter" && event.key !== " ") return;
    const control = event.target;
    if (!(control instanceof Element)) return;
    cancelAnimationFrame(frame);
    const until = performance.now() + SETTLES_MS;
    // From the second frame on (React commits the click's state, then the effects that may move
    // focus run), until the heading is there: a release opened from a notice draws "Loading…" first.
    let frames = 0;
    const attempt = () => {
      const lost = doc.activeElement === null || doc.activeElement === doc.body;
      if (!lost || control.isConnected) return;
      if (++frames >= 2 && focusHeading()) return;
      if (performance.now() < until) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
  };
  doc.addEventListener("click", activated, true);
  doc.addEventListener("keydown", activated, true);
  return () => {
    cancelAnimationFrame(frame);
    doc.removeEventListener("click", activated, true);
    doc.removeEventListener("keydown", activated, true);
  };
}
