import { belowAt, emptyAt, type IntervalColumns } from "./intervalColumns.js";

/**
 * The readings of every event and metric group, as columns. A reading is a maximal set of claims
 * whose intervals share a point (a maximal clique of the group's interval-overlap graph), with its
 * common range: the intersection of the intervals of every claim in it, spanning ones included.
 *
 * The readings of group g are numbered `readingStart[g]` up to `readingStart[g + 1]`, lowest common
 * range first; reading r's supporting claims (indexes into the claims table, file order, spanning
 * claims left out) are `members[memberStart[r]]` up to `members[memberStart[r + 1]]`. The spanning
 * claims of group g, those in every one of its two or more readings, are `spanning[spanStart[g]]`
 * up to `spanning[spanStart[g + 1]]`.
 */
export interface GroupReadings {
  readingStart: Int32Array;
  /** The common range of each reading. */
  low: Float64Array;
  high: Float64Array;
  lowOpen: Uint8Array;
  highOpen: Uint8Array;
  memberStart: Int32Array;
  members: Int32Array;
  /** Independent origins among each reading's supporting claims. */
  origins: Int32Array;
  spanStart: Int32Array;
  spanning: Int32Array;
  /** Per group: how many pairs of its claims share no point. */
  pairs: Float64Array;
  /** Per group: the claim with the lowest upper end and the one with the highest lower end (-1 when none). */
  lowestHigh: Int32Array;
  highestLow: Int32Array;
}

/** Everything `readingsOfGroups` reads, besides the intervals. */
export interface ReadingInputs {
  count: number;
  /** Group g's claims at `members[start[g]]` up to `members[start[g + 1]]`, in file order. */
  start: Int32Array;
  members: Int32Array;
  /** The number of each claim's origin identity: equal numbers are one origin. */
  originKeyOf: (claim: number) => number;
  /** How many distinct origin keys there are (keys run from 0 to keys − 1). */
  keys: number;
  /** How many claims the table holds (every member is below this). */
  claims: number;
}

type Order = (x: number, y: number) => number;
const orders = new WeakMap<IntervalColumns, { byLow: Order; byHigh: Order }>();

/** Start order (a closed low end before an open one at the same value) and end order (open first). */
function ordersOf(columns: IntervalColumns): { byLow: Order; byHigh: Order } {
  let known = orders.get(columns);
  if (known === undefined) {
    const { low, high, lowOpen, highOpen } = columns;
    // `||` past a NaN: −∞ − −∞ and ∞ − ∞ are NaN, which counts as a tie.
    known = {
      byLow: (x, y) => low[x]! - low[y]! || lowOpen[x]! - lowOpen[y]! || x - y,
      byHigh: (x, y) => high[x]! - high[y]! || highOpen[y]! - highOpen[x]! || x - y,
    };
    orders.set(columns, known);
  }
  return known;
}

// Below this size an insertion sort beats the engine's sort and its allocations (as in disjointPairs).
const SMALL = 16;

function sortInto(out: Int32Array, n: number, order: Order): void {
  if (n > SMALL) {
    out.subarray(0, n).sort(order);
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = out[i]!;
    let j = i - 1;
    for (; j >= 0 && order(out[j]!, x) > 0; j--) out[j + 1] = out[j]!;
    out[j + 1] = x;
  }
}

/**
 * The readings of every group, by a sort and a sweep per group, never by listing pairs: O(k log k)
 * for a group of k claims, plus the size of what it writes (each reading lists its claims).
 *
 * Each interval becomes a start and an end on the line, a closed end on its value and an open end
 * just inside it. Sweeping starts and ends in order, starts first where they meet, the claims open
 * at the moment a run of starts gives way to an end all share the point between the last start and
 * that end, and no other claim does: that set is a reading, and its common range runs from the
 * last start to that end. Every maximal clique of an interval graph is met this way (Gilmore and
 * Hoffman, 1964), in the order of its common range. The ends passed before a start belong to the
 * claims entirely below it, which counts the conflicting pairs as the sweep goes.
 *
 * A claim whose interval holds no value (a `between` with its low above its high, an integrity
 * error) shares no point with any claim: it is in no reading and no pair.
 */
export function readingsOfGroups(inputs: ReadingInputs, columns: IntervalColumns): GroupReadings {
  const { count, start, members: groupMembers, originKeyOf, keys, claims } = inputs;
  const { byLow, byHigh } = ordersOf(columns);
  let largest = 0;
  for (let g = 0; g < count; g++) largest = Math.max(largest, start[g + 1]! - start[g]!);
  const starts = new Int32Array(largest);
  const ends = new Int32Array(largest);
  const active = new Int32Array(largest);
  // Scratch indexed by claim: where it sits in `active`, and in how many of its group's readings.
  const slot = new Int32Array(claims);
  const inReadings = new Int32Array(claims);
  // originSeen[key] === stamp once the current reading has that origin.
  const originSeen = new Int32Array(keys);
  let stamp = 0;

  const readingStart = new Int32Array(count + 1);
  const spanStart = new Int32Array(count + 1);
  const pairs = new Float64Array(count);
  const lowestHigh = new Int32Array(count).fill(-1);
  const highestLow = new Int32Array(count).fill(-1);
  const low: number[] = [];
  const high: number[] = [];
  const lowOpen: number[] = [];
  const highOpen: number[] = [];
  const memberStart: number[] = [];
  const members: number[] = [];
  const origins: number[] = [];
  const spanning: number[] = [];
  // Plain arrays while growing (V8 keeps them packed); typed once the size is known.
  // Each reading's claims, spanning ones included, before the spanning ones are known.
  const found: number[] = [];
  const foundStart: number[] = [];

  for (let g = 0; g < count; g++) {
    let k = 0;
    for (let m = start[g]!; m < start[g + 1]!; m++) {
      const c = groupMembers[m]!;
      if (emptyAt(columns, c)) continue;
      starts[k] = c;
      ends[k] = c;
      k++;
    }
    sortInto(starts, k, byLow);
    sortInto(ends, k, byHigh);
    found.length = 0;
    foundStart.length = 0;
    let open = 0;
    let lastStart = -1;
    let rising = false;
    let disjoint = 0;
    for (let i = 0, j = 0; j < k; ) {
      if (i < k && !belowAt(columns, ends[j]!, starts[i]!)) {
        const c = starts[i++]!;
        disjoint += j;
        slot[c] = open;
        active[open++] = c;
        lastStart = c;
        rising = true;
        continue;
      }
      const c = ends[j++]!;
      if (rising) {
        foundStart.push(found.length);
        for (let a = 0; a < open; a++) found.push(active[a]!);
        low.push(columns.low[lastStart]!);
        lowOpen.push(columns.lowOpen[lastStart]!);
        high.push(columns.high[c]!);
        highOpen.push(columns.highOpen[c]!);
        rising = false;
      }
      const moved = active[--open]!;
      active[slot[c]!] = moved;
      slot[moved] = slot[c]!;
    }
    pairs[g] = disjoint;
    if (k > 0) {
      lowestHigh[g] = ends[0]!;
      highestLow[g] = starts[k - 1]!;
    }
    const readings = foundStart.length;
    foundStart.push(found.length);
    // Spanning: in every reading, where there are two or more.
    if (readings > 1) for (const c of found) inReadings[c]!++;
    for (let r = 0; r < readings; r++) {
      const from = foundStart[r]!;
      const to = foundStart[r + 1]!;
      const reading = found.slice(from, to).sort((x, y) => x - y);
      stamp++;
      let distinct = 0;
      memberStart.push(members.length);
      for (const c of reading) {
        if (readings > 1 && inReadings[c] === readings) continue;
        members.push(c);
        const key = originKeyOf(c);
        if (originSeen[key] !== stamp) {
          originSeen[key] = stamp;
          distinct++;
        }
      }
      origins.push(distinct);
    }
    if (readings > 1) {
      const spanned = foundStart.length > 1 ? found.slice(foundStart[0]!, foundStart[1]!) : [];
      spanned.sort((x, y) => x - y);
      for (const c of spanned) if (inReadings[c] === readings) spanning.push(c);
      for (const c of found) inReadings[c] = 0;
    }
    readingStart[g + 1] = low.length;
    spanStart[g + 1] = spanning.length;
  }
  memberStart.push(members.length);
  return {
    readingStart,
    low: Float64Array.from(low),
    high: Float64Array.from(high),
    lowOpen: Uint8Array.from(lowOpen),
    highOpen: Uint8Array.from(highOpen),
    memberStart: Int32Array.from(memberStart),
    members: Int32Array.from(members),
    origins: Int32Array.from(origins),
    spanStart,
    spanning: Int32Array.from(spanning),
    pairs,
    lowestHigh,
    highestLow,
  };
}
