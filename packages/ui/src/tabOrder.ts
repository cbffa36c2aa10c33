// A details' summary too: with a chart one Tab stop, the control after it is its data table's
// summary, and Tab past an evidence panel a chart's mark opened fell off the page's end.
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), details > summary:first-of-type, [tabindex]:not([tabindex="-1"])';

/** What Tab reaches in `root`, in document order, leaving out what is hidden. */
function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

/** The last place in `container` Tab reaches, or null when it holds none. */
export function lastTabbable(container: Element): HTMLElement | null {
  return tabbables(container).at(-1) ?? null;
}

/**
 * Focuses what Tab reaches after `from` in the page, passing over `outside`: true when there is
 * one. From an evidence panel, Tab goes on from the control that opened it, not from the panel's
 * own place at the end of the page, which it left (an outside review: only Escape came back).
 */
export function focusAfter(from: Element, outside: Element): boolean {
  const order = tabbables(document).filter((el) => !outside.contains(el));
  const next = order.find(
    (el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !from.contains(el),
  );
  next?.focus();
  return next !== undefined;
}
