import { type ClaimView, claimFigure } from "@tally/dataset";
import { commonRangeLabel, rangeLabel, tolerancePercent, withUnit } from "@tally/ui";
import { ClaimIdLink } from "./ClaimIdLink.js";
import { useSessionQuery } from "./data.js";
import { ErrorBox } from "./Feedback.js";
import type { GroupRating } from "./groupRating.js";
import {
  cannotFitUnder,
  type GroupOnScreen,
  type ImpliedCount,
  type ImpliedCounts,
  queryImpliedCounts,
} from "./impliedCounts.js";
import { partyText } from "./partyText.js";
import { readingName } from "./readingText.js";

const numberFormat = new Intl.NumberFormat("en");
const fmt = (n: number) => numberFormat.format(n);

/** "about 600 persons (c004, North Koreans forcibly returned)", the id a link to the claim. */
function Figure({ claim, group }: { claim: ClaimView; group: GroupOnScreen }) {
  const onChart = claim.event_id === group.event && claim.metric === group.metric;
  return (
    <>
      <strong>{withUnit(rangeLabel(claimFigure(claim), fmt), claim.unit_label)}</strong>{" "}
      <span className="muted">
        (<ClaimIdLink claim={claim} onChart={onChart} />, {claim.metric_label})
      </span>
    </>
  );
}

function ImpliedItem({ count, group }: { count: ImpliedCount; group: GroupOnScreen }) {
  const { share, base, implied } = count;
  const { rating } = group;
  const names = rating
    ? cannotFitUnder(count, group).map((i) => `reading ${readingName(rating, i, fmt)}`)
    : [];
  return (
    <li data-implied-by={share.claim_id}>
      <bdi>{share.outlet}</bdi>, <bdi>{partyText(share)}</bdi>: <Figure claim={share} group={group} /> of{" "}
      <Figure claim={base} group={group} /> implies{" "}
      <strong data-testid="implied-range">{withUnit(commonRangeLabel(implied, fmt), base.unit_label)}</strong>
      {names.length > 0 && (
        <>
          , which <strong>cannot fit under {names.join(" or ")}</strong>
        </>
      )}
    </li>
  );
}

/**
 * The counts that shares imply, for one event and metric: its own shares of a count, and the
 * shares of its counts. Findings lists the same counts as the validator's implied-counts notes;
 * here they sit beside the readings they bear on, and an implied count above every figure a
 * reading allows is named against that reading. Nothing is shown for a group no share touches.
 */
export function ImpliedCountList({
  event,
  metric,
  tolerance,
  rating,
}: {
  event: string;
  metric: string;
  tolerance: number;
  rating: Pick<GroupRating, "readings"> | undefined;
}) {
  const asked = useSessionQuery<ImpliedCounts>(["implied-counts", event, metric, tolerance], (session) =>
    queryImpliedCounts(session, event, metric, tolerance),
  );
  if (asked.error)
    return <ErrorBox error={asked.error} title="The counts implied by shares could not be queried" />;
  const found = asked.data;
  if (!found || found.counts.length === 0) return null;
  return (
    <section aria-labelledby="implied-h" className="implied-counts" data-testid="implied-counts">
      <h2 id="implied-h">Counts implied by shares</h2>
      <p className="note">
        A share of another claim’s count implies a count of its own: the share’s range times the count’s, both
        read as the validator reads them (“about” ±{tolerancePercent(tolerance)}). A part cannot be larger
        than the whole: an implied count above every figure a reading allows cannot fit under that reading.
      </p>
      <ul>
        {found.counts.map((c) => (
          <ImpliedItem
            key={`${c.share.claim_id}/${c.base.claim_id}`}
            count={c}
            group={{ event, metric, rating }}
          />
        ))}
      </ul>
      {found.total > found.counts.length && (
        <p className="note" data-testid="implied-more">
          The first {found.counts.length} of {found.total} shown; Findings lists them all.
        </p>
      )}
    </section>
  );
}
