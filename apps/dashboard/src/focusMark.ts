/**
 * Where keyboard focus was in a view left by a link, kept in its history entry so that Back can
 * put it there again. Back to Findings from a claim link it had scrolled 1,600 px down to put focus
 * on the view's heading, far above what the page showed, and the next Tab started over at the top
 * (an outside audit). Elements are found again by what a reader sees of them: the same tag, text
 * and link, the nth such in the view, which a view drawn again from the same address repeats.
 */
export interface FocusMark {
  tag: string;
  text: string;
  href: string | null;
  nth: number;
}

/**
 * What can hold focus in a view: HTML controls and a chart's marks, SVG elements (an outside audit
 * left Trends' summary chart for Discrepancies from a mark, and Back put focus on the heading).
 */
type Focusable = HTMLElement | SVGElement;

function alike(mark: Pick<FocusMark, "tag" | "text" | "href">): Focusable[] {
  return [...document.querySelectorAll<Focusable>(`main ${mark.tag}`)].filter(
    (e) => e.textContent === mark.text && e.getAttribute("href") === mark.href,
  );
}

/** The mark of `element`, or null when it is not a control in the view (the nav, the page's body). */
export function focusMarkOf(element: Element | null): FocusMark | null {
  if (
    !(element instanceof HTMLElement || element instanceof SVGElement) ||
    element.closest("main") === null ||
    element.matches("main h1")
  )
    return null;
  const mark = {
    tag: element.tagName.toLowerCase(),
    text: element.textContent ?? "",
    href: element.getAttribute("href"),
  };
  return { ...mark, nth: alike(mark).indexOf(element) };
}

/** The element a mark names, once its view has drawn it again. */
export function elementOfMark(mark: FocusMark): Focusable | null {
  return alike(mark)[mark.nth] ?? null;
}

/** The mark the current history entry keeps, if it was left by a link with focus in its view. */
export function focusMarkOfEntry(): FocusMark | null {
  const state = window.history.state as { focus?: FocusMark } | null;
  return state?.focus ?? null;
}
