import { byCodeUnit } from "@tally/dataset";

/** One mark that may share its position with others (claims about the same event). */
export interface DodgeItem {
  id: string;
  /** Items with the same group sit at the same place and are spread apart. */
  group: string;
  /** Order within the group (e.g. outlet then claim id); ties fall back to the id. */
  sortKey: string;
}

/**
 * The slot of each item within its group, centred on 0: a group of three gets -1, 0, 1 and a
 * group of two -0.5, 0.5; a lone item stays at 0. Sorted by `sortKey`, so the layout does not
 * depend on the order rows arrive in and the same claim lands in the same place on every load.
 */
export function dodgeSlots(items: readonly DodgeItem[]): Map<string, number> {
  const groups = new Map<string, DodgeItem[]>();
  for (const item of items) {
    const list = groups.get(item.group);
    if (list) list.push(item);
    else groups.set(item.group, [item]);
  }
  const slots = new Map<string, number>();
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) =>
      a.sortKey === b.sortKey ? byCodeUnit(a.id, b.id) : byCodeUnit(a.sortKey, b.sortKey),
    );
    const mid = (sorted.length - 1) / 2;
    sorted.forEach((item, i) => {
      slots.set(item.id, i - mid);
    });
  }
  return slots;
}

/**
 * Pixels between neighbours in a dodged group: `preferred` when the widest group fits within
 * `maxSpread`, narrower when it would not (but never so narrow that markers merge).
 */
export function dodgeStep(slots: ReadonlyMap<string, number>, preferred: number, maxSpread: number): number {
  let widest = 0;
  for (const s of slots.values()) widest = Math.max(widest, Math.abs(s) * 2);
  if (widest === 0) return preferred;
  return Math.max(Math.min(preferred, maxSpread / widest), 6);
}
