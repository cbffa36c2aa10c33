import { belowAt, type IntervalColumns } from "./intervalColumns.js";

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
  /** The origin of each claim, and the identity of each origin: equal keys are one origin. */
  originOf: Int32Array;
  keyOf: Int32Array;
  /** How many claims the table holds (every member is below this). */
  claims: number;
}

/** A typed column that grows by doubling: a million readings without a million boxed numbers. */
class Growing<T extends Int32Array | Float64Array | Uint8Array> {
  length = 0;
  constructor(private data: T) {}
  push(x: number): void {
    if (this.length === this.data.length) {
      const wider = new (this.data.constructor as new (n: number) => T)(this.data.length * 2 + 16);
      wider.set(this.data);
      this.data = wider;
    }
    this.data[this.length++] = x;
  }
  /** The values pushed, in an array of their own length. */
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
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
  const { count, start, members: groupMembers, originOf, keyOf, claims } = inputs;
  let keys = 0;
  for (let o = 0; o < keyOf.length; o++) if (keyOf[o]! >= keys) keys = keyOf[o]! + 1;
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
  // Most groups are one reading of all their claims: sized for that, grown where groups conflict.
  const low = new Growing(new Float64Array(count));
  const high = new Growing(new Float64Array(count));
  const lowOpen = new Growing(new Uint8Array(count));
  const highOpen = new Growing(new Uint8Array(count));
  const memberStart = new Growing(new Int32Array(count + 1));
  const members = new Growing(new Int32Array(groupMembers.length));
  const origins = new Growing(new Int32Array(count));
  const spanning = new Growing(new Int32Array(0));
  // Each reading's claims, spanning ones included, before the spanning ones are known.
  const found: number[] = [];
  const foundStart: number[] = [];

  const { low: lows, high: highs, lowOpen: lowOpens, highOpen: highOpens } = columns;
  for (let g = 0; g < count; g++) {
    // The claims whose interval holds a value, in file order, and the one with the highest start
    // and the one with the lowest end: where the first does not lie above the second, every claim
    // holds the point between them and the group is one reading, found without sorting (most
    // groups are: 226,249 of 252,138 in the standard 1M benchmark data).
    let k = 0;
    let top = -1;
    let bottom = -1;
    for (let m = start[g]!; m < start[g + 1]!; m++) {
      const c = groupMembers[m]!;
      // Inline `emptyAt`: this loop sees every claim.
      if (highs[c]! < lows[c]! || (highs[c] === lows[c] && (highOpens[c] === 1 || lowOpens[c] === 1)))
        continue;
      starts[k++] = c;
      if (top === -1 || lows[c]! > lows[top]! || (lows[c] === lows[top] && lowOpens[c]! > lowOpens[top]!))
        top = c;
      if (
        bottom === -1 ||
        highs[c]! < highs[bottom]! ||
        (highs[c] === highs[bottom] && highOpens[c]! > highOpens[bottom]!)
      )
        bottom = c;
    }
    lowestHigh[g] = bottom;
    highestLow[g] = top;
    if (k > 0 && !belowAt(columns, bottom, top)) {
      low.push(lows[top]!);
      lowOpen.push(lowOpens[top]!);
      high.push(highs[bottom]!);
      highOpen.push(highOpens[bottom]!);
      memberStart.push(members.length);
      stamp++;
      let distinct = 0;
      for (let i = 0; i < k; i++) {
        const c = starts[i]!;
        members.push(c);
        const key = keyOf[originOf[c]!]!;
        if (originSeen[key] !== stamp) {
          originSeen[key] = stamp;
          distinct++;
        }
      }
      origins.push(distinct);
      readingStart[g + 1] = low.length;
      spanStart[g + 1] = spanning.length;
      continue;
    }
    ends.set(starts.subarray(0, k));
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
        const key = keyOf[originOf[c]!]!;
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
    low: low.done(),
    high: high.done(),
    lowOpen: lowOpen.done(),
    highOpen: highOpen.done(),
    memberStart: memberStart.done(),
    members: members.done(),
    origins: origins.done(),
    spanStart,
    spanning: spanning.done(),
    pairs,
    lowestHigh,
    highestLow,
  };
}
