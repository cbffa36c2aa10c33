/** An event and metric, as a group of claims is named in the URL, the summary and the ranking. */
interface GroupId {
  event_id: string;
  metric: string;
}

export interface GroupChoice {
  event: string | null;
  metric: string | null;
  /**
   * The event the link names when the release has no claims about it (an id from another release
   * or a typo): there is no group to query, and the view must say so rather than wait for one.
   */
  unknownEvent: string | null;
}

/**
 * Which group the Discrepancies view draws: the link's event and metric; an event alone opens its
 * most severe group (`ofEvent`, undefined while it loads); no event opens the release's focus
 * group, or else the most severe of the ranked groups.
 */
export function chooseGroup({
  event,
  metric,
  focus,
  ranked,
  ofEvent,
}: {
  event: string | null;
  metric: string | null;
  focus: { event_id: string; metric: string } | null;
  ranked: readonly GroupId[] | undefined;
  ofEvent: readonly GroupId[] | undefined;
}): GroupChoice {
  if (event === null)
    return {
      event: focus?.event_id ?? ranked?.[0]?.event_id ?? null,
      metric: metric ?? focus?.metric ?? ranked?.[0]?.metric ?? null,
      unknownEvent: null,
    };
  if (metric !== null) return { event, metric, unknownEvent: null };
  // The verdict table has a group for every event and metric with a claim: none means no claim.
  return { event, metric: ofEvent?.[0]?.metric ?? null, unknownEvent: ofEvent?.length === 0 ? event : null };
}
