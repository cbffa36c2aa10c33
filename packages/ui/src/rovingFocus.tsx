import {
  type KeyboardEvent,
  type ReactElement,
  type SVGProps,
  useId,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
} from "react";
import { onActivateKey } from "./activateKey.js";

/**
 * Read after a mark's name when it takes focus: how to get from it to the others. "Opens the mark",
 * not "its evidence": a Trends summary mark opens its event in Discrepancies.
 */
export const MARK_KEYS_HINT = "Arrow keys move between the marks; Enter opens the mark in focus.";

/**
 * Where each key takes focus from mark `at` of `last + 1`. No wrapping round: the order is the
 * time axis or the rows top to bottom, and a step from the last mark back to the first would read
 * as one more step along it; Home and End make the jump when it is wanted.
 */
const MOVES: Readonly<Record<string, (at: number, last: number) => number>> = {
  ArrowRight: (at, last) => Math.min(at + 1, last),
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Which mark of a chart is its Tab stop, outside React's state: moving it re-renders the two marks
 * it leaves and reaches, not the chart. Re-rendering a Trends summary of 987 marks took about
 * 200 ms a key press.
 */
class TabStop {
  /**
   * The marks last focused or selected, latest first. A selection can name a mark another chart
   * draws (Trends' two charts share the selected claim): the Tab stop is then this chart's own
   * latest, not its first mark (a review).
   */
  private recent: string[];
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private cache: { order: readonly string[]; version: number; stop: string | undefined } | null = null;
  readonly nodes = new Map<string, SVGGElement>();

  constructor(active: string | null) {
    this.recent = active === null ? [] : [active];
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(id: string): void {
    if (this.recent[0] === id) return;
    this.recent = [id, ...this.recent.filter((r) => r !== id)].slice(0, RECENT_KEPT);
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** The latest mark focused or selected that this drawing has, else its first: asked once per mark. */
  of(order: readonly string[]): string | undefined {
    const c = this.cache;
    if (c?.order === order && c.version === this.version) return c.stop;
    const drawn = new Set(order);
    const stop = this.recent.find((id) => drawn.has(id)) ?? order[0];
    this.cache = { order, version: this.version, stop };
    return stop;
  }
}

/** How many recent marks a chart remembers: enough for a run of selections in the chart beside it. */
const RECENT_KEPT = 16;

export interface RovingFocus {
  stop: TabStop;
  hintId: string;
  /** The hidden text the marks are described by: render it beside the chart when its marks act. */
  hint: ReactElement;
}

/**
 * One Tab stop per chart, the arrow keys, Home and End between its marks (WAI-ARIA APG's roving
 * tabindex): with a Tab stop per mark, the first Trends chart took 16 Tabs to get past and a
 * summary of 10,000 claims 987 (an outside keyboard review).
 *
 * The Tab stop is the mark last focused or selected, whichever happened last, else the first in
 * the keyboard order: a newly selected mark becomes it, yet moving on by arrow while its evidence
 * stays open leaves the Tab stop where focus is, so Tab out and Shift+Tab back return there.
 */
export function useRovingFocus(selectedId: string | null): RovingFocus {
  const hintId = useId();
  const [stop] = useState(() => new TabStop(selectedId));
  useLayoutEffect(() => {
    if (selectedId !== null) stop.set(selectedId);
  }, [stop, selectedId]);
  // `hidden`: read as the marks' description, never on its own in a screen reader's reading order.
  const hint = (
    <p id={hintId} hidden>
      {MARK_KEYS_HINT}
    </p>
  );
  return { stop, hintId, hint };
}

export interface ChartMarkProps extends Omit<SVGProps<SVGGElement>, "ref" | "onClick" | "onKeyDown"> {
  roving: RovingFocus;
  markId: string;
  /** The chart's marks in keyboard order: the same array for every mark of one drawing. */
  keyOrder: readonly string[];
  /** Click, Enter or Space; unset (an export), the mark is no Tab stop and does nothing. */
  onActivate: ((id: string) => void) | undefined;
}

/** A chart's mark as a button that is one of its chart's roving marks. */
export function ChartMark({ roving, markId, keyOrder, onActivate, children, ...rest }: ChartMarkProps) {
  const { stop } = roving;
  const isStop = useSyncExternalStore(stop.subscribe, () => stop.of(keyOrder) === markId);
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const move = MOVES[e.key];
    // Alt+ArrowLeft is the browser's Back, Ctrl+Home the page's top: not the chart's keys.
    if (!move || e.altKey || e.ctrlKey || e.metaKey) {
      if (onActivate) onActivateKey(() => onActivate(markId))(e);
      return;
    }
    e.preventDefault();
    const to = keyOrder[move(keyOrder.indexOf(markId), keyOrder.length - 1)];
    if (to !== undefined) stop.nodes.get(to)?.focus();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; role + key handling make it one.
    <g
      {...rest}
      role="button"
      tabIndex={onActivate && isStop ? 0 : -1}
      aria-describedby={onActivate ? roving.hintId : undefined}
      ref={(el) => {
        if (el) stop.nodes.set(markId, el);
        else stop.nodes.delete(markId);
      }}
      onFocus={() => stop.set(markId)}
      onClick={() => onActivate?.(markId)}
      onKeyDown={onKeyDown}
      style={{ cursor: onActivate ? "pointer" : "default" }}
    >
      {children}
    </g>
  );
}
