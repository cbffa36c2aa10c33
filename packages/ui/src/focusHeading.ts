/**
 * Moves focus to the page's main heading (made focusable from script only), so a screen reader
 * announces where the reader now is. For when what had focus is gone: a view replaced by another,
 * or an evidence panel closed that no control on the page had opened (a shared link, Back).
 * False while there is no heading yet (a view still loading).
 */
export function focusHeading(): boolean {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!heading) return false;
  if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}
