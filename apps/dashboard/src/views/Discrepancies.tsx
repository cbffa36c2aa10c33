import type { ClaimView } from "@tally/dataset";
import {
  ChartFrame,
  type Column,
  chartNumberFormat,
  DataTable,
  EvidencePanel,
  isolateName,
  RangeChart,
  rangeChartLegend,
  useMediaQuery,
  verdictStyle,
} from "@tally/ui";
import { useEffect } from "react";
import { ClaimNotOnChart } from "../ClaimNotice.js";
import { ClaimsOnlyNotice } from "../ClaimsOnlyNotice.js";
import { chartMeta } from "../chartMeta.js";
import { citeAll, issuedOf, licenceOf, today } from "../citation.js";
import { claimReadings, claimVerdicts, orderByReading } from "../claimVerdicts.js";
import { useRelease, useSql } from "../data.js";
import { originNote } from "../dataSource.js";
import { evidenceColumn } from "../evidenceColumn.js";
import {
  discrepancyColumns,
  exportFields,
  metricLabel,
  releaseTolerance,
  toleranceRange,
} from "../exportColumns.js";
import { discrepancyFileTitle } from "../exportNames.js";
import { ErrorBox, LinkNotice, WaitingForEngine } from "../Feedback.js";
import { figureCell } from "../figureCell.js";
import { GroupWithoutClaims } from "../GroupWithoutClaims.js";
import { chooseGroup } from "../groupChoice.js";
import { groupGap, type RankedGroup } from "../groupRating.js";
import { ImpliedCountList } from "../ImpliedCountList.js";
import { STACKED } from "../layout.js";
import { linkValue } from "../linkValue.js";
import { periodLabel } from "../periodLabel.js";
import { countOf } from "../plural.js";
import { claimsQuery } from "../queries.js";
import { ReadingList } from "../ReadingList.js";
import { readingCellText, readingRows } from "../readingRows.js";
import { claimReadingText, envelopeText, gapMeaning, gapText, mostCorroboratedText } from "../readingText.js";
import { claimSelector, useRevealSelected } from "../revealSelected.js";
import { MARKS, markWhenPainted } from "../timing.js";
import { useEventGroups, useGroupRating, useRankedGroups } from "../useGroupRating.js";
import { useUrlState } from "../useUrlState.js";
import { chartWidth, useWidth } from "../useWidth.js";
import { unitCeiling, wholeAxis } from "../wholeAxis.js";

/** How many of the most severe groups the picker lists (a large release has hundreds of thousands). */
const PICKER_GROUPS = 200;

/**
 * The default view: each claim about one event and metric as a bar on a shared axis, coloured by
 * the reading it supports, each reading's common range shaded behind the bars, the claims
 * consistent with every reading set apart, the envelope and the most corroborated reading named.
 * The focus group paints from summary.json alone (its claims and verdict); any other group is a
 * DuckDB-WASM query over the claims and the validator's verdict tables.
 */
export function Discrepancies() {
  const { summary, index, version, base } = useRelease();
  const [state, update] = useUrlState();
  const [wrap, width] = useWidth();
  const stacked = useMediaQuery(STACKED);
  useRevealSelected(
    state.claim,
    claimSelector('[data-testid="discrepancy-chart"]', "data-claim-id", state.claim),
    `${stacked}`,
  );
  const focus = summary.focus;
  const ranked = useRankedGroups(PICKER_GROUPS);
  const picked = state.filters.event;
  const ofEvent = useEventGroups(picked !== null && state.filters.metric === null ? picked : null);
  const { event, metric, unknownEvent } = chooseGroup({
    event: picked,
    metric: state.filters.metric,
    focus,
    ranked: ranked.groups,
    ofEvent: ofEvent.groups,
  });
  const isFocus = focus !== null && event === focus.event_id && metric === focus.metric;

  const q = claimsQuery({
    event,
    metric,
    outlet: null,
    qualifier: null,
    category: null,
    kind: null,
    q: null,
  });
  const queried = useSql<ClaimView>(isFocus || event === null || metric === null ? null : q.sql, q.params);
  const claims: ClaimView[] | undefined = isFocus ? summary.focus_claims : queried.data;
  const { rating, error: ratingError } = useGroupRating(event, metric);

  const drawn = claims !== undefined && claims.length > 0 && rating !== undefined;
  useEffect(() => {
    // Measured by the benchmarks and browser tests: navigation → first chart on screen.
    if (drawn) markWhenPainted(MARKS.firstChart, '[data-testid="discrepancy-chart"] [data-claim-id]');
  }, [drawn]);
  // Words for an event and a metric: from the ranked groups, the claims on screen or the summary.
  const titleOf = (id: string, m: string) =>
    ranked.groups?.find((g) => g.event_id === id && g.metric === m)?.event_short_title ??
    ofEvent.groups?.find((g) => g.event_id === id)?.event_short_title ??
    (claims?.[0]?.event_id === id ? claims[0].event_short_title : undefined) ??
    summary.focus_claims.find((c) => c.event_id === id)?.event_short_title ??
    id;
  const metricOf = (m: string) =>
    ranked.groups?.find((g) => g.metric === m)?.metric_label ??
    ofEvent.groups?.find((g) => g.metric === m)?.metric_label ??
    claims?.find((c) => c.metric === m)?.metric_label ??
    summary.focus_claims.find((c) => c.metric === m)?.metric_label ??
    m;

  if (ranked.groups?.length === 0 && focus === null && picked === null)
    return (
      <p>
        No event in this release has more than one claim about the same metric, so there is nothing to
        compare.
      </p>
    );

  // A group the engine has yet to name: "e-2019 — ?" read as a broken label while it started (an
  // outside audit), so the ids it shows say they are ids for now.
  const pendingLabel = (title: string, metricLabel: string | null) =>
    title === event && (metricLabel === null || metricLabel === metric)
      ? `${[event, metric].filter(Boolean).join(" / ")} (named once the query engine has started)`
      : `${isolateName(title)} — ${metricLabel === null ? "its metric, once the query engine has started" : isolateName(metricLabel)}`;
  // Until the engine has ranked the groups, the picker offers the group on screen.
  const options: { event_id: string; metric: string; label: string }[] = [];
  const label = (
    g: Pick<RankedGroup, "event_id" | "metric" | "verdict" | "max_gap_ratio" | "reading_count">,
  ) => {
    const gap = groupGap(g);
    const readings = g.verdict === "conflict" ? `: ${g.reading_count} readings` : "";
    return `${isolateName(titleOf(g.event_id, g.metric))} — ${isolateName(metricOf(g.metric))} (${verdictStyle(g.verdict).label}${readings}${gap ? `, gap ${gap}` : ""})`;
  };
  for (const g of ranked.groups ?? (focus ? [{ ...focus, reading_count: focus.readings.length }] : []))
    options.push({ event_id: g.event_id, metric: g.metric, label: label(g) });
  // An unknown event, or an event with no claim of the link's metric, is no group to offer: the
  // picker opens on a prompt and lists the real ones.
  const noGroup = unknownEvent !== null || (claims !== undefined && claims.length === 0);
  if (noGroup) options.unshift({ event_id: "", metric: "", label: "Choose an event and metric" });
  else if (event && !options.some((o) => o.event_id === event && o.metric === metric))
    options.push({
      event_id: event,
      metric: metric ?? "",
      label: rating
        ? label({ ...rating, event_id: event, reading_count: rating.readings.length })
        : pendingLabel(titleOf(event, metric ?? ""), metric === null ? null : metricOf(metric)),
    });

  const picker = (
    <label className="field">
      Event and metric{" "}
      <select
        name="group"
        // Until the engine has ranked the groups the picker offers only the one on screen.
        data-complete={ranked.groups !== undefined}
        aria-busy={ranked.groups === undefined}
        value={noGroup ? "\u0000" : `${event ?? ""}\u0000${metric ?? ""}`}
        onChange={(e) => {
          const [ev, m] = e.target.value.split("\u0000");
          update({ filters: { event: ev || null, metric: m || null }, claim: null }, { settle: "group" });
        }}
      >
        {options.map((o) => (
          <option key={`${o.event_id}/${o.metric}`} value={`${o.event_id}\u0000${o.metric}`}>
            {o.label}
          </option>
        ))}
      </select>
      {/* An outside review pressed ArrowDown on a picker of one option and thought it broken. */}
      {ranked.groups === undefined && !ranked.error && (
        <span className="muted" data-testid="picker-loading">
          The other events are listed once the query engine has started…
        </span>
      )}
    </label>
  );

  // The focus group is drawn from the summary without the engine; the others need it. An outside
  // audit found nothing on the page saying they could not be listed when it failed.
  const errorInContent = unknownEvent === null && (!claims || rating === undefined);
  const unlisted = ranked.error != null && !errorInContent && (
    <ErrorBox error={ranked.error} title="The other events and metrics could not be listed" />
  );

  let content: React.ReactNode;
  if (unknownEvent !== null) {
    content = (
      // The verdict table has a group for every event with a claim: an event without one is as absent.
      <LinkNotice
        testId="unknown-event"
        title={`No event “${linkValue(unknownEvent)}” in release ${version}`}
      >
        This release has no claims about an event with that id. Choose an event and metric above.
      </LinkNotice>
    );
  } else if (!claims || rating === undefined) {
    content = queried.error ? (
      <ErrorBox error={queried.error} title="The claims for this event could not be queried" />
    ) : queried.engine.error ? (
      <ErrorBox error={queried.engine.error} title="The query engine could not start" />
    ) : ratingError ? (
      <ErrorBox error={ratingError} title="The validator's verdict on this event could not be read" />
    ) : ofEvent.error || ranked.error ? (
      <ErrorBox error={ofEvent.error ?? ranked.error} title="The events could not be ranked" />
    ) : (
      <WaitingForEngine label="Querying the claims for this event…" />
    );
  } else if (claims.length === 0) {
    content =
      event !== null && metric !== null ? (
        <GroupWithoutClaims event={event} metric={metric} version={version} />
      ) : (
        <p>No claims match this event and metric in release {version}.</p>
      );
  } else {
    const first = claims[0]!;
    const ids = claims.map((c) => c.claim_id);
    const verdicts = claimVerdicts(rating, ids);
    const placed = claimReadings(rating, ids);
    const byId = new Map(claims.map((c) => [c.claim_id, c]));
    const ordered = orderByReading(claims, placed);
    const format = chartNumberFormat(first.unit_label);
    // "1 claim compared" read oddly on a report's chart (an outside review): one claim is only one.
    // Each name isolated: "…محتجزون: 3 claims compared" drew as "… 3 :محتجزون claims compared".
    const chartTitle = `${isolateName(first.event_short_title)} — ${isolateName(first.metric_label)}: ${countOf(claims.length, "claim")}${claims.length > 1 ? " compared" : ""}`;
    const drawn = readingRows(rating, ordered, placed, verdicts, byId);
    const tolerance = releaseTolerance(summary);
    const rows = drawn.csv;
    const csvRows = rows.map((r) => exportFields(r, tolerance));
    const chartRows = drawn.chart.map((r) => {
      const claim = byId.get(r.id);
      return claim ? { ...r, interval: toleranceRange(claim, tolerance) } : r;
    });
    // One of the chart's about figures, to say its tolerance band in the chart's own figures.
    const aboutExample = chartRows.find((r) => r.interval !== undefined && r.low !== null);
    const example = aboutExample?.interval
      ? { low: aboutExample.low!, interval: aboutExample.interval }
      : null;
    const aboutTolerance = claims.some((c) => c.qualifier === "about") ? tolerance : null;
    const selected = state.claim ? byId.get(state.claim) : undefined;
    // Each row opens its claim and names it, as the Trends table's do: without them the table's
    // rows could be matched to neither the CSV nor the evidence (an outside review).
    const columns: Column<(typeof rows)[number]>[] = [
      evidenceColumn((claim) => update({ claim })),
      { key: "outlet", label: "Outlet" },
      { key: "attributed_to", label: "Attributed to" },
      {
        key: "figure",
        label: "Figure",
        render: figureCell,
      },
      { key: "figure_text", label: "As written" },
      {
        key: "reading",
        label: "Reading",
        render: (r) => readingCellText(r, rating?.readings.length ?? 0),
      },
      { key: "reading_range", label: "Common range" },
      { key: "verdict", label: "Claim's verdict", render: (r) => verdictStyle(r.verdict).label },
      {
        key: "published",
        label: "Published",
        render: (r) => `${r.published ?? ""}${r.published_inferred ? " (inferred)" : ""}`,
      },
      { key: "claim_id", label: "Claim" },
    ];
    const envelope = rating ? envelopeText(rating, format) : null;
    const gap = rating ? gapText(rating) : null;
    content = (
      <div className="split">
        {stacked && !selected && state.claim && <ClaimNotOnChart id={state.claim}>{null}</ClaimNotOnChart>}
        <div
          ref={wrap}
          className="chart-col"
          data-testid="discrepancy-chart"
          data-event={first.event_id}
          data-metric={first.metric}
        >
          {/* Drawn once its column is measured (useWidth), never first at a guessed width. */}
          {width !== null && (
            <ChartFrame
              meta={chartMeta(chartTitle, claims, { index, version, base, summary })}
              // Named by event and metric id, the metric kept whole: the claim count tells no two
              // groups' files apart.
              fileTitle={discrepancyFileTitle(first)}
              csv={{ rows: csvRows, columns: discrepancyColumns(claims, tolerance) }}
              citation={citeAll({
                name: index.name,
                title: index.title,
                version,
                issued: issuedOf(index, version),
                view: chartTitle,
                url: window.location.href,
                accessed: today(),
                note: originNote(base),
                licence: licenceOf(summary),
              })}
              legend={rangeChartLegend({
                format,
                readings: rating?.readings.length ?? 0,
                verdicts: [...verdicts.values()],
                spanning: (rating?.spanning.length ?? 0) > 0,
                tolerance: aboutTolerance,
                example,
                openEnded: claims.some(
                  (c) =>
                    c.value_low === null ||
                    c.value_high === null ||
                    c.qualifier.endsWith("than") ||
                    c.qualifier === "at_least" ||
                    c.qualifier === "at_most",
                ),
              })}
              table={
                <DataTable
                  caption={chartTitle}
                  columns={columns}
                  rows={rows}
                  rowKey={(r) => r.claim_id}
                  selectedKey={state.claim}
                />
              }
            >
              <RangeChart
                title={chartTitle}
                width={chartWidth(width)}
                rows={chartRows}
                axisLabel={`${isolateName(metricLabel(first))} (${first.unit})`}
                format={format}
                whole={wholeAxis(claims)}
                ceiling={unitCeiling(claims)}
                bands={drawn.bands}
                envelope={
                  rating && envelope
                    ? {
                        low: rating.envelope?.low ?? null,
                        high: rating.envelope?.high ?? null,
                        label: gap ? `${envelope} · ${gap}` : envelope,
                      }
                    : null
                }
                selectedId={state.claim}
                onSelect={(id) => update({ claim: id === state.claim ? null : id })}
              />
            </ChartFrame>
          )}
          {rating && (
            <ReadingList
              rating={rating}
              claims={byId}
              summary={[
                `${rating.readings.length} ${rating.readings.length === 1 ? "reading" : "readings"}`,
                envelope,
                gap,
                rating.pairs > 0
                  ? `${rating.pairs} conflicting ${rating.pairs === 1 ? "pair" : "pairs"}`
                  : null,
              ]}
              most={mostCorroboratedText(rating, format)}
              gap={gapMeaning(rating, tolerance, format)}
              format={format}
            />
          )}
          {isFocus && (
            <p className="note">Drawn from the release summary; other events are queried with DuckDB-WASM.</p>
          )}
          <ImpliedCountList
            event={first.event_id}
            metric={first.metric}
            tolerance={tolerance}
            rating={rating ?? undefined}
          />
        </div>
        <aside className="evidence-col" aria-label="Evidence">
          {/* The panel's heading is an h3: this keeps the outline h1 → h2 → h3 (axe heading-order). */}
          <h2 className="visually-hidden">Evidence</h2>
          {selected ? (
            <EvidencePanel
              claim={selected}
              period={periodLabel}
              verdict={verdicts.get(selected.claim_id)}
              reading={rating ? claimReadingText(rating, placed.get(selected.claim_id), format) : null}
              onClose={() => update({ claim: null })}
              // A repeated claim outside this group opens in the Claims view.
              onOpenClaim={(id) => update(byId.has(id) ? { claim: id } : { view: "claims", claim: id })}
            />
          ) : (
            <ClaimNotOnChart id={stacked ? null : state.claim}>
              <p className="note">
                Select a claim (click, or Tab to the chart, arrow keys, then Enter) to read its quote and
                source.
              </p>
            </ClaimNotOnChart>
          )}
        </aside>
      </div>
    );
  }

  return (
    <section aria-labelledby="disc-h">
      <h1 id="disc-h">Discrepancies</h1>
      {picker}
      {unlisted}
      <ClaimsOnlyNotice applied={["event", "metric"]} shows="all claims about the event and metric picked" />
      {content}
    </section>
  );
}
