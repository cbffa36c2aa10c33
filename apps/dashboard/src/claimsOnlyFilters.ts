import { FILTER_WORDS } from "./unknownFilters.js";
import type { ClaimFilters } from "./urlState.js";

/** What each claim filter is called in a sentence ("outlet “NK Insider”"). */
const WORDS: Record<keyof ClaimFilters, string> = { ...FILTER_WORDS, q: "quote text" };

/**
 * The filters in the link that a chart view does not apply: Trends draws every claim of its metric
 * and Discrepancies every claim of its event and metric, while outlet, qualifier and the rest stay
 * in the address and apply again on Claims. In the filters' order, each with its words.
 */
export function claimsOnlyFilters(
  filters: ClaimFilters,
  applied: readonly (keyof ClaimFilters)[],
): { name: keyof ClaimFilters; value: string; words: string }[] {
  return (Object.keys(WORDS) as (keyof ClaimFilters)[]).flatMap((name) => {
    const value = filters[name];
    return value === null || applied.includes(name) ? [] : [{ name, value, words: WORDS[name] }];
  });
}
