/** One value to fit: where it would like to be, how much that counts, and the bounds it must keep. */
export interface FitItem {
  target: number;
  weight: number;
  low: number;
  high: number;
}

interface Block {
  weight: number;
  weighted: number;
  low: number;
  high: number;
  size: number;
  value: number;
}

/** A block's best value: its weighted mean of targets, kept within every member's bounds. */
function blockValue(b: Omit<Block, "value">): number {
  const mean = b.weighted / b.weight;
  // Bounds that cross leave no feasible value: the middle of the two is the least wrong.
  if (b.low > b.high) return (b.low + b.high) / 2;
  return Math.max(b.low, Math.min(mean, b.high));
}

/**
 * The non-decreasing values closest to the targets (least weighted squares), each within its own
 * bounds: pool adjacent violators, where a pooled block takes its weighted mean clamped to the
 * tightest bounds of its members (exact for a sum of convex terms along a chain). Feasible when no
 * item's low exceeds a later item's high; otherwise the crossing blocks sit between the two.
 */
export function monotoneFit(items: readonly FitItem[]): number[] {
  const blocks: Block[] = [];
  for (const item of items) {
    const start = {
      weight: item.weight,
      weighted: item.weight * item.target,
      low: item.low,
      high: item.high,
      size: 1,
    };
    let block: Block = { ...start, value: blockValue(start) };
    let last = blocks.at(-1);
    while (last && last.value > block.value) {
      blocks.pop();
      const pooled = {
        weight: last.weight + block.weight,
        weighted: last.weighted + block.weighted,
        low: Math.max(last.low, block.low),
        high: Math.min(last.high, block.high),
        size: last.size + block.size,
      };
      block = { ...pooled, value: blockValue(pooled) };
      last = blocks.at(-1);
    }
    blocks.push(block);
  }
  return blocks.flatMap((b) => Array.from({ length: b.size }, () => b.value));
}
