import { type ReactNode, useEffect, useRef, useState } from "react";
import { countText } from "./plural.js";

/**
 * A list rendered `page` items at a time, with a button for the next page: a release of 100k
 * claims has hundreds of thousands of findings, and a release that adds 400 claims listed them in
 * one 14,000 px list (outside audits); rendering them all locked the tab. "Show more" goes with
 * the last page, so focus moves on to the first item it showed (its first link, or the item
 * itself) rather than falling to the page.
 */
export function PagedList<T>({
  items,
  page,
  className,
  item,
  initiallyShown = page,
  onShown,
}: {
  items: readonly T[];
  page: number;
  className: string;
  /** The `<li>` of one item. */
  item: (value: T, index: number) => ReactNode;
  /** How many to show at first: as many as when the reader last left the list. */
  initiallyShown?: number;
  onShown?: (shown: number) => void;
}) {
  const [shown, setShown] = useState(initiallyShown);
  const left = items.length - shown;
  const listRef = useRef<HTMLUListElement>(null);
  const [landing, setLanding] = useState<number | null>(null);
  useEffect(() => {
    if (landing === null) return;
    setLanding(null);
    const li = listRef.current?.children[landing];
    if (!(li instanceof HTMLElement)) return;
    const link = li.querySelector("a");
    if (link) return link.focus();
    li.tabIndex = -1;
    li.focus();
  }, [landing]);
  return (
    <>
      <ul className={className} ref={listRef}>
        {items.slice(0, shown).map(item)}
      </ul>
      {left > 0 && (
        <button
          type="button"
          className="show-more"
          onClick={() => {
            setLanding(shown);
            setShown(shown + page);
            onShown?.(shown + page);
          }}
        >
          Show {countText(Math.min(page, left))} more ({countText(left)} not shown)
        </button>
      )}
    </>
  );
}
