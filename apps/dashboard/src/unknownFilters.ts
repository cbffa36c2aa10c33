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
 * a typo), once the picker's options are known. The event list stops at `EVENT_OPTIONS_LIMIT`: an
 * event past it is looked up (`event`: `CLAIM_EVENT_SQL`'s rows for it, undefined until read) and
 * called unknown only when no claim has it (an outside audit: at 1,300 events an unknown one gave
 * an empty table and no word). A metric the pickers, which list what claims measure,
 * do not offer is looked up in the release's metrics (`metric`: `METRIC_SQL`'s rows for it,
 * undefined until read): one the release has is no unknown id but a metric no claim measures, and
 * comes with its label (an outside audit read "No metric “empty_metric” in release 1.0.0" of a
 * metric that metrics.csv labels "Metric with no claims").
 */
export function unknownFilters(
  filters: Pick<ClaimFilters, OptionName>,
  options: Record<OptionName, Options>,
  metric: readonly { metric_label: string }[] | undefined,
  event: readonly { label: string }[] | undefined = undefined,
): { name: OptionName; value: string; label?: string }[] {
  return (Object.keys(FILTER_WORDS) as OptionName[]).flatMap((name) => {
    const value = filters[name];
    const known = options[name];
    if (value === null || known === undefined || known.some((o) => o.value === value)) return [];
    if (name === "event" && known.length >= EVENT_OPTIONS_LIMIT && (event === undefined || event.length > 0))
      return [];
    if (name === "metric") {
      if (metric === undefined) return [];
      const label = metric[0]?.metric_label;
      if (label !== undefined) return [{ name, value, label }];
    }
    return [{ name, value }];
  });
}
