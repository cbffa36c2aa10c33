/**
 * Moves focus to the page's main heading (made focusable from script only), so a screen reader
 * announces where the reader now is. For when what had focus is gone: a view replaced by another,
 * or an evidence panel closed that no control on the page had opened (a shared link, Back).
 * False while there is no heading yet (a view still loading).
 *
 * `reveal` scrolls it into sight: what the reader was reading is gone from under them, and focus
 * they cannot see is no place to go on from. Without it the page stays where it is (a view just
 * drawn starts at its top anyway).
 */
export function focusHeading({ reveal = false }: { reveal?: boolean } = {}): boolean {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!heading) return false;
  if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  heading.focus({ preventScroll: !reveal });
  return true;
}
