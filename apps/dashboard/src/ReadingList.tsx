import { type ClaimView, claimFigure } from "@tally/dataset";
import {
  chartNumberFormat,
  rangeLabel,
  readingStyle,
  SPANNING_STYLE,
  verdictStyle,
  withUnit,
} from "@tally/ui";
import { ClaimIdLink } from "./ClaimIdLink.js";
import { claimReadings, orderByReading } from "./claimVerdicts.js";
import type { GroupRating } from "./groupRating.js";
import { partyText } from "./partyText.js";
import { readingName, supportCounts } from "./readingText.js";

/**
 * The chart's numbers without a unit ("1,000,000"): `withUnit` adds the claim's own, so a symbol
 * unit is not written twice. An outside audit read "1000000 persons" and "at least 2500 persons"
 * here under a chart and headings printing "1,000,000" and "at least 2,500".
 */
const chartNumber = chartNumberFormat("");

/**
 * A claim in the list: outlet, the party it is attributed to, its figure with its unit (as in the
 * Claims table and the evidence panel) and id (outlet alone is ambiguous), which selects it on the
 * chart: every claim listed is of the group drawn; a repeat names the claim it restates, which the
 * validator counts as that claim's origin.
 */
function ClaimItem({ id, claim }: { id: string; claim: ClaimView | undefined }) {
  if (!claim) return <li>{id}</li>;
  const figure = withUnit(rangeLabel(claimFigure(claim), chartNumber), claim.unit_label);
  return (
    <li data-listed-claim={id}>
      {/* Each name in a <bdi>: an Arabic outlet took the figure after it into its right-to-left run. */}
      <bdi>{claim.outlet}</bdi>, <bdi>{partyText(claim)}</bdi>: <strong>{figure}</strong>{" "}
      <span className="muted">
        (<ClaimIdLink claim={claim} onChart />
        {/* A reading's "4 claims, 2 independent origins" left the analyst to guess which claims
            were repeats: c011, a restatement of c001, read as Daily NK's "own reporting". */}
        {claim.repeats_claim_id && <>, repeats {claim.repeats_claim_id}</>})
      </span>
    </li>
  );
}

/**
 * `ids` in the order the chart draws their claims and the data table lists them (`orderByReading`:
 * by figure within a reading), not the release's row order: Liaoning 2019's list gave "about 60"
 * before "at least 39", which the chart and the table put first (an outside audit). Ids `claims`
 * lacks keep their order, after the rest.
 */
function inChartOrder(
  rating: GroupRating,
  claims: ReadonlyMap<string, ClaimView>,
): (ids: readonly string[]) => string[] {
  const ordered = orderByReading([...claims.values()], claimReadings(rating, [...claims.keys()]));
  const position = new Map(ordered.map((c, i) => [c.claim_id, i]));
  const at = (id: string) => position.get(id) ?? position.size;
  return (ids) => [...ids].sort((a, b) => at(a) - at(b));
}

/**
 * The readings of one group below its chart: each reading's common range, its claims with outlet
 * and attributed party, and how many independent origins stand behind it; then the claims
 * consistent with every reading, and the group's envelope, widest gap and most corroborated reading.
 * Claims are listed in the chart's order (`inChartOrder`).
 */
export function ReadingList({
  rating,
  claims,
  summary,
  most,
  gap,
  format,
}: {
  rating: GroupRating;
  claims: ReadonlyMap<string, ClaimView>;
  /** Group facts joined into one line: "2 readings · envelope … · widest gap …". */
  summary: readonly (string | null)[];
  most: string | null;
  /** What the widest gap measures (`gapMeaning`), for a group that conflicts. */
  gap?: string | null;
  /** How the chart prints numbers (a share's with its "%"), so the names match the bands. */
  format?: (n: number) => string;
}) {
  const many = rating.readings.length > 1;
  const mostSet = new Set(rating.most_corroborated);
  const inOrder = inChartOrder(rating, claims);
  return (
    <section aria-labelledby="readings-h" className="readings">
      <h2 id="readings-h">Readings: claims that can all hold at once</h2>
      <p className="reading-summary" data-testid="reading-summary">
        {summary.filter((s) => s !== null).join(" · ")}
      </p>
      {gap && (
        <p className="note" data-testid="gap-meaning">
          {gap}
        </p>
      )}
      {most && (
        <p className="most-corroborated" data-testid="most-corroborated">
          <strong>{most.charAt(0).toUpperCase() + most.slice(1)}</strong>. Corroboration counts the
          independent origins behind a reading; it does not say which figure is right.
        </p>
      )}
      <ol className="reading-list">
        {rating.readings.map((r, i) => {
          const color = many ? readingStyle(i).color : verdictStyle(rating.verdict).color;
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: readings are numbered by the validator, in order.
              key={i}
              data-reading={i}
            >
              <span className="tally-swatch" style={{ background: color }} aria-hidden="true" />{" "}
              <strong>
                {many
                  ? `Reading ${readingName(rating, i, format)}`
                  : `One reading, ${readingName(rating, i, format)}`}
              </strong>
              {/* A single reading's name already says "common range 60". */}
              {many ? " (common range)" : ""} — {supportCounts(r)}
              {many && mostSet.has(i) && <em> · most corroborated</em>}
              <ul>
                {inOrder(r.claim_ids).map((id) => (
                  <ClaimItem key={id} id={id} claim={claims.get(id)} />
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {rating.spanning.length > 0 && (
        <div className="spanning" data-testid="spanning">
          <h3>
            <span className="tally-swatch" style={{ background: SPANNING_STYLE.color }} aria-hidden="true" />{" "}
            Consistent with every reading ({rating.spanning.length}), counted as support for none
          </h3>
          <ul>
            {inOrder(rating.spanning).map((id) => (
              <ClaimItem key={id} id={id} claim={claims.get(id)} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
