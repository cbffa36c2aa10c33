/**
 * What on the page opens claim `claimId`: a chart's mark (a `role="button"` carrying
 * `data-claim-id`) or another control marked `data-opens-claim` (a table row's Open button). The
 * evidence panel gives focus back to it when the control that opened the panel is gone, or there
 * was none (a shared link, Back): the view's heading, far above a claim a link scrolled to, lost
 * the reader's place (an outside review, at 390 px). The first on screen, else the first drawn;
 * never one that is not drawn (a closed data table's), nor one inside `outside` (the panel).
 */
export function claimControl(claimId: string, outside: Element | null): HTMLElement | SVGElement | null {
  const id = CSS.escape(claimId);
  const found = [
    ...document.querySelectorAll<HTMLElement | SVGElement>(
      `[role="button"][data-claim-id="${id}"], [data-opens-claim="${id}"]`,
    ),
  ].filter((el) => !outside?.contains(el) && drawn(el));
  return found.find(onScreen) ?? found[0] ?? null;
}

/** Whether `el` is laid out at all: focus() does nothing to one that is not. */
export function drawn(el: Element): boolean {
  return el.getClientRects().length > 0;
}

function onScreen(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}
