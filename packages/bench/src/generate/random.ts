import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded source of choices: the same seed always yields the same dataset. */
export interface Random {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [0, 1). */
  float(): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const float = () => (rng.next() >>> 0) / 0x1_0000_0000;
  return {
    int: (min, max) => uniformInt(rng, min, max),
    float,
    chance: (p) => float() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[uniformInt(rng, 0, items.length - 1)]!;
    },
  };
}
