import { EVENT_OPTIONS_LIMIT, type FILTER_OPTIONS_SQL } from "./queries.js";
import type { ClaimFilters } from "./urlState.js";

export type OptionName = keyof typeof FILTER_OPTIONS_SQL;
type Options = readonly { value: string }[] | undefined;

/** What a filter is called in a sentence ("No metric “x” …"). */
export const FILTER_WORDS: Record<OptionName, string> = {
  event: "event",
  metric: "metric",
  outlet: "outlet",
  qualifier: "qualifier",
  category: "category",
  kind: "attributed kind",
};

/**
 * The filters a link sets to a value no claim of the release has (a link from another release,
 * a typo), once the picker's options are known. The event list stops at `EVENT_OPTIONS_LIMIT`:
 * an event past it is not called unknown.
 */
export function unknownFilters(
  filters: Pick<ClaimFilters, OptionName>,
  options: Record<OptionName, Options>,
): { name: OptionName; value: string }[] {
  return (Object.keys(FILTER_WORDS) as OptionName[]).flatMap((name) => {
    const value = filters[name];
    const known = options[name];
    if (value === null || known === undefined || known.some((o) => o.value === value)) return [];
    if (name === "event" && known.length >= EVENT_OPTIONS_LIMIT) return [];
    return [{ name, value }];
  });
}
