import type { ClaimView } from "@tally/dataset";
import {
  rangeLabel,
  readingStyle,
  SPANNING_STYLE,
  type ToleranceRange,
  toleranceBandText,
  verdictStyle,
} from "@tally/ui";
import type { GroupRating } from "./groupRating.js";
import { readingName, supportCounts } from "./readingText.js";

/** A claim in the list: outlet, the party it is attributed to, its figure and id (outlet alone is ambiguous). */
function ClaimItem({ id, claim }: { id: string; claim: ClaimView | undefined }) {
  if (!claim) return <li>{id}</li>;
  const figure = rangeLabel({ low: claim.value_low, high: claim.value_high, qualifier: claim.qualifier });
  return (
    <li data-listed-claim={id}>
      {claim.outlet}, {claim.attributed_to}: <strong>{figure}</strong> <span className="muted">({id})</span>
    </li>
  );
}

/**
 * The readings of one group below its chart: each reading's common range, its claims with outlet
 * and attributed party, and how many independent origins stand behind it; then the claims
 * consistent with every reading, and the group's envelope, widest gap and most corroborated reading.
 */
export function ReadingList({
  rating,
  claims,
  summary,
  most,
}: {
  rating: GroupRating;
  claims: ReadonlyMap<string, ClaimView>;
  /** Group facts joined into one line: "2 readings · envelope … · widest gap …". */
  summary: readonly (string | null)[];
  most: string | null;
}) {
  const many = rating.readings.length > 1;
  const mostSet = new Set(rating.most_corroborated);
  return (
    <section aria-labelledby="readings-h" className="readings">
      <h2 id="readings-h">Readings: claims that can all hold at once</h2>
      <p className="reading-summary" data-testid="reading-summary">
        {summary.filter((s) => s !== null).join(" · ")}
      </p>
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
                {many ? `Reading ${readingName(rating, i)}` : `One reading, ${readingName(rating, i)}`}
              </strong>{" "}
              (common range) — {supportCounts(r)}
              {many && mostSet.has(i) && <em> · most corroborated</em>}
              <ul>
                {r.claim_ids.map((id) => (
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
            {rating.spanning.map((id) => (
              <ClaimItem key={id} id={id} claim={claims.get(id)} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** A legend mark drawn as the chart draws it (a shape, not a ○ or ▶ glyph). */
function Mark({ kind }: { kind: "hollow" | "band" | "arrow" }) {
  return (
    <svg className="legend-mark" width={18} height={12} viewBox="0 0 18 12" aria-hidden="true">
      {kind === "hollow" && (
        <circle cx={9} cy={6} r={4.5} fill="#ffffff" stroke="#111111" strokeWidth={2} strokeDasharray="3 2" />
      )}
      {kind === "band" && (
        <>
          <rect
            x={1}
            y={2}
            width={16}
            height={8}
            fill="#111111"
            fillOpacity={0.15}
            stroke="#111111"
            strokeDasharray="3 2"
          />
          <circle cx={9} cy={6} r={3} fill="#ffffff" stroke="#111111" />
        </>
      )}
      {kind === "arrow" && (
        <>
          <rect x={0} y={3} width={10} height={6} fill="#111111" />
          <path d="M10,0 L18,6 L10,12 Z" fill="#111111" />
        </>
      )}
    </svg>
  );
}

/**
 * How to read the discrepancy chart: reading letters and bands, spanning claims, the marks. The
 * tolerance band is named in the chart's own figures (`example`, one of its about figures) and the
 * tolerance the validator ran with; left out when no figure is about.
 */
export function ReadingLegend({
  readings,
  tolerance = null,
  example = null,
}: {
  readings: number;
  tolerance?: number | null;
  example?: { low: number; interval: ToleranceRange } | null;
}) {
  return (
    <ul className="legend" aria-label="Legend">
      {readings > 1 ? (
        <>
          {Array.from({ length: readings }, (_, i) => readingStyle(i)).map((style) => (
            <li key={style.letter}>
              <span className="tally-swatch" style={{ background: style.color }} aria-hidden="true" /> reading{" "}
              {style.letter}
            </li>
          ))}
          <li>
            <span className="tally-swatch" style={{ background: SPANNING_STYLE.color }} aria-hidden="true" />{" "}
            consistent with every reading (dotted)
          </li>
          <li>hatched band = a reading's common range (solid edge: most corroborated)</li>
          <li>bracket above = envelope of the readings</li>
        </>
      ) : (
        (["consistent", "single_origin", "unrated"] as const).map((v) => (
          <li key={v}>
            <span className="tally-swatch" style={{ background: verdictStyle(v).color }} aria-hidden="true" />{" "}
            {verdictStyle(v).label}
          </li>
        ))
      )}
      <li>
        <Mark kind="hollow" /> hollow, dashed = the stated “about” figure
      </li>
      {tolerance !== null && (
        <li data-testid="tolerance-legend">
          <Mark kind="band" /> {toleranceBandText(tolerance, example)}
        </li>
      )}
      <li>
        <Mark kind="arrow" /> arrow = open-ended (“at least”, “more than”)
      </li>
    </ul>
  );
}
