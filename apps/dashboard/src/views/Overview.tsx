import { tolerancePercent, verdictStyle } from "@tally/ui";
import { useRelease, useSql } from "../data.js";
import { releaseTolerance } from "../exportColumns.js";
import { EngineStatus, ErrorBox } from "../Feedback.js";
import {
  groupGap,
  type RankedGroup,
  ratingOfVerdict,
  VERDICT_COUNTS_SQL,
  verdictCountsText,
} from "../groupRating.js";
import { Link } from "../Link.js";
import { EngineStartError } from "../loadError.js";
import { countText } from "../plural.js";
import { gapDefinition } from "../readingText.js";
import { Timestamp } from "../Timestamp.js";
import { NO_FILTERS } from "../urlState.js";
import { useDiscrepantGroups } from "../useGroupRating.js";

const TOP = 5;

/**
 * The release at a glance. Counts, the validation summary and the most severe conflict come from
 * summary.json; the verdict counts and the next largest discrepancies follow once DuckDB-WASM has
 * the verdict tables.
 */
export function Overview() {
  const { summary, index, version } = useRelease();
  const counts = useSql<{ verdict: string; n: number }>(VERDICT_COUNTS_SQL);
  const discrepant = useDiscrepantGroups(TOP);
  const groups = discrepant.groups;
  const focus = summary.focus;
  // Only groups whose claims disagree (two readings or more): agreeing claims are no discrepancy.
  const top: Pick<RankedGroup, "event_id" | "metric" | "verdict" | "max_gap_ratio" | "band">[] =
    groups ?? (focus && focus.readings.length > 1 ? [ratingOfVerdict(focus)] : []);
  // Until the engine has ranked the groups, the focus group's words come from its claims.
  const words = (g: Pick<RankedGroup, "event_id" | "metric">) => {
    const ranks = groups?.find((r) => r.event_id === g.event_id && r.metric === g.metric);
    const claim = summary.focus_claims.find((c) => c.event_id === g.event_id && c.metric === g.metric);
    const event = ranks?.event_short_title ?? claim?.event_short_title ?? g.event_id;
    const metric = ranks?.metric_label ?? claim?.metric_label ?? g.metric;
    return `${event} — ${metric}`;
  };
  const engineError = counts.engine.error ?? counts.error ?? discrepant.error;
  // The engine itself, not a file of the release: the counts from the summary still hold.
  const engineDown = counts.engine.error instanceof EngineStartError;
  const validation = summary.validation;
  // Two readings or more is what the validator calls a conflict: the groups this list draws from.
  const conflicts = counts.data?.find((r) => r.verdict === "conflict")?.n;
  return (
    <section aria-labelledby="ov-h">
      <h1 id="ov-h">Overview</h1>
      <dl className="facts">
        <dt>Dataset</dt>
        <dd>{summary.title ? `${summary.title} (${summary.name})` : summary.name}</dd>
        <dt>Release</dt>
        <dd>
          {version}{" "}
          <span className="muted">
            created <Timestamp at={summary.created} />
          </span>
          {/* A link: named as plain text, the latest release was a trip through Versions away. */}
          {index.latest && index.latest !== version && (
            <span className="muted">
              {" "}
              · latest is <Link to={{ version: null, claim: null }}>{index.latest}</Link>
            </span>
          )}
        </dd>
      </dl>
      {/* A release file that failed its check or could not be read: its counts are not this release's.
          An engine that could not start says nothing against them (an outside audit saw them
          shown while it started, then taken away under a title that blamed the release). */}
      {counts.engine.error && !engineDown ? (
        <ErrorBox error={counts.engine.error} title="This release's tables could not be loaded" />
      ) : (
        <ul className="counts" aria-label="Counts">
          {(["sources", "events", "metrics", "claims"] as const).map((k) => (
            <li key={k}>
              <span className="n">{countText(summary.counts[k])}</span>{" "}
              {summary.counts[k] === 1 ? k.slice(0, -1) : k}
            </li>
          ))}
        </ul>
      )}
      <h2>Validation</h2>
      {validation ? (
        <>
          <ul className="counts" aria-label="Findings by severity">
            <li>
              <span className="n">{countText(validation.summary.errors)}</span>{" "}
              {validation.summary.errors === 1 ? "error" : "errors"}
            </li>
            <li>
              <span className="n">{countText(validation.summary.warnings)}</span>{" "}
              {validation.summary.warnings === 1 ? "warning" : "warnings"}
            </li>
            <li>
              <span className="n">{countText(validation.summary.infos)}</span>{" "}
              {validation.summary.infos === 1 ? "note" : "notes"}
            </li>
          </ul>
          <p>
            {/* As a percentage, in the words the gap's definition below uses: "tolerance 0.1"
                read as a bare number beside "“about” ±10%" (an outside audit). */}
            Validated{validation.corpus_used ? " with the source-text corpus" : ""}, tolerance ±
            {tolerancePercent(validation.tolerance)} for “about” figures.{" "}
            <Link to={{ view: "findings" }}>See all findings</Link>
          </p>
          <p data-testid="quotes-verified">{quotesVerifiedText(summary.quotes_verified)}</p>
        </>
      ) : (
        <p>
          This release's summary carries no validation counts.{" "}
          <Link to={{ view: "findings" }}>See the findings</Link>
        </p>
      )}
      {counts.engine.error ? (
        engineDown ? (
          <ErrorBox error={counts.engine.error} title="The query engine could not start" />
        ) : null
      ) : engineError ? (
        <ErrorBox error={engineError} title="The verdict counts could not be queried" />
      ) : counts.data ? (
        <p data-testid="verdict-counts">{verdictCountsText(counts.data)}</p>
      ) : (
        <EngineStatus />
      )}
      {(top.length > 0 || groups !== undefined) && (
        <>
          <h2>Largest discrepancies</h2>
          {top.length === 0 ? (
            <p data-testid="no-discrepancies">
              None: the claims about each event and metric agree on one reading.
            </p>
          ) : (
            <>
              <p className="note">
                Claims about one figure that fall into two or more readings, widest gap first
                {groups === undefined ? summaryOnly(Boolean(engineError)) : shownOf(top.length, conflicts)}.{" "}
                {gapDefinition(releaseTolerance(summary))}
              </p>
              <ol data-testid="largest-discrepancies" data-complete={groups !== undefined}>
                {top.map((g) => (
                  <li key={`${g.event_id}/${g.metric}`}>
                    <Link
                      to={{
                        view: "discrepancies",
                        // Just this group: merged into the link's filters, a leftover outlet or
                        // quote search left Claims showing 1 of its 7 claims later on.
                        filters: { ...NO_FILTERS, event: g.event_id, metric: g.metric },
                        claim: null,
                      }}
                    >
                      {words(g)}
                    </Link>{" "}
                    {verdictStyle(g.verdict).label}
                    {/* With its band, as Discrepancies and Findings give it: "gap ×2.45" alone left
                        the reader to judge whether ×2.45 is wide (an outside audit). */}
                    {groupGap(g) && `, gap ${groupGap(g)}${g.band ? ` (${g.band})` : ""}`}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** What the release's manifest says of its quotes, in a sentence. */
function quotesVerifiedText(verified: boolean | null | undefined): string {
  if (verified === true) return "Every quote was checked against its source text when this release was cut.";
  if (verified === false) return "This release was cut without checking its quotes against the source texts.";
  // Said apart from the validation above, which may have checked the quotes since (an outside
  // review read "Validated with the source-text corpus" and "predates quote checks" as a contradiction).
  return "When this release was cut, Tally did not yet record whether its quotes were checked; the validation above says whether they are now.";
}

/**
 * ": the 5 of 40" when the list is cut at `TOP`: five groups under "40 conflicts" read as if they
 * were all (an outside audit, on a release of 40); every group is in Discrepancies' picker.
 */
function shownOf(shown: number, conflicts: number | undefined): string {
  if (conflicts === undefined || conflicts <= shown) return "";
  return `: the ${countText(shown)} widest of ${countText(conflicts)} (Discrepancies' “Event and metric” picker lists them all)`;
}

/**
 * Until the engine has ranked the groups, the list is the one group the release's summary names:
 * with the engine down, one conflict of a release of 40 stood as its "Largest discrepancies" (an
 * outside audit).
 */
function summaryOnly(engineFailed: boolean): string {
  return engineFailed
    ? ": the widest alone, from the release's summary; the query engine, which ranks the others, could not start"
    : ": the widest alone, from the release's summary, until the query engine has ranked the others";
}
