import type { ClaimView } from "@tally/dataset";
import {
  ChartFrame,
  type Column,
  chartNumberFormat,
  DataTable,
  isolateName,
  RECONCILED_LABEL,
  TrendChart,
  useMediaQuery,
} from "@tally/ui";
import { useMemo } from "react";
import { ClaimEvidence } from "../ClaimEvidence.js";
import { ClaimNotOnChart } from "../ClaimNotice.js";
import { ClaimsOnlyNotice } from "../ClaimsOnlyNotice.js";
import { chartMeta } from "../chartMeta.js";
import { citeAll, issuedOf, licenceOf, today } from "../citation.js";
import { useRelease, useSql } from "../data.js";
import { originNote } from "../dataSource.js";
import { hasTable } from "../duckdb/releaseFiles.js";
import { evidenceColumn } from "../evidenceColumn.js";
import { exportFields, logFootNote, releaseTolerance, trendColumns, undatedNote } from "../exportColumns.js";
import { scaledFileTitle } from "../exportNames.js";
import { ErrorBox, Loading, WaitingForEngine } from "../Feedback.js";
import { figureCell } from "../figureCell.js";
import { Link } from "../Link.js";
import { STACKED } from "../layout.js";
import { asOfApart, eventPeriod, periodsTitle } from "../periodLabel.js";
import { countOf } from "../plural.js";
import { TREND_SQL, UNDATED_SQL } from "../queries.js";
import { claimSelector, useRevealSelected } from "../revealSelected.js";
import { TrendMetricNotice } from "../TrendMetricNotice.js";
import { seriesOf, seriesPalette, trendPoints } from "../trendPoints.js";
import {
  ASSESSMENTS_SQL,
  type AssessmentRow,
  assessmentRowSchema,
  assessmentsByGroup,
  drawsMostCorroborated,
  markId,
  type Reconciled,
  reconciledCells,
  reconciledColumns,
  reconciledOf,
  TREND_RANGES_SQL,
  trendAssessments,
  trendRanges,
} from "../trendRanges.js";
import {
  arrivalClaims,
  arrivalMetrics,
  METRIC_SQL,
  missingTrendMetric,
  type ReleaseMetric,
  sharedUnit,
  trendClaims,
  trendMetrics,
  type UndatedMetric,
  undatedOnCountsChart,
} from "../trendSelection.js";
import { SUMMARY_FROM, type TrendSummary, trendSummary } from "../trendSummary.js";
import { NO_FILTERS, type Scale } from "../urlState.js";
import { useUrlState } from "../useUrlState.js";
import { chartWidth, useWidth } from "../useWidth.js";
import { unitCeiling, wholeAxis } from "../wholeAxis.js";

type TrendRow = ClaimView &
  ReturnType<typeof reconciledColumns> & { cells: ReturnType<typeof reconciledCells> };

/** The picker's prompt when the link's metric is not one it offers (no metric id holds a NUL). */
const CHOOSE = "\u0000";

/**
 * The data table's columns. Each row opens its claim's evidence, as a point does: on a phone the
 * points are 16 px marks, some 8 px apart, too close to tap one (an outside review).
 */
const columnsOpening = (open: (claimId: string) => void): Column<TrendRow>[] => [
  evidenceColumn(open),
  {
    key: "event_date",
    label: "Date",
    // The chart draws a figure stated "as of" a date at that date: the row says why.
    render: (c) => {
      const asOf = asOfApart(c);
      return `${eventPeriod(c)}${asOf ? ` (figure as of ${asOf})` : ""}`;
    },
  },
  { key: "event_title", label: "Event" },
  { key: "category", label: "Category", render: (c) => c.category_label },
  { key: "metric", label: "Metric", render: (c) => c.metric_label },
  {
    key: "figure",
    label: "Figure",
    render: figureCell,
  },
  { key: "outlet", label: "Outlet" },
  { key: "attributed_to", label: "Attributed to" },
  { key: "claim_id", label: "Claim" },
  {
    key: "reconciled",
    label: "Reconciled range",
    render: (r) => r.cells.range,
  },
  { key: "most_corroborated", label: "Most corroborated", render: (r) => r.cells.most },
  // The chart draws the assessment's range as whiskers: the table gives it too, not its best alone.
  { key: "assessed_best", label: "Assessed best (range)", render: (r) => r.cells.assessed },
];

/** The reconciled ranges and the assessments (when the release has them), queried once for both charts. */
function useReconciled(): {
  reconciled: Map<string, Reconciled>;
  assessments: AssessmentRow[];
  error: unknown;
} {
  const { summary } = useRelease();
  const ranges = useSql(TREND_RANGES_SQL);
  const assessed = useSql(hasTable(summary.files, "assessments") ? ASSESSMENTS_SQL : null);
  const reconciled = useMemo(() => reconciledOf(ranges.data ?? []), [ranges.data]);
  const assessments = useMemo(
    () => (assessed.data ?? []).map((r) => assessmentRowSchema.parse(r)),
    [assessed.data],
  );
  return { reconciled, assessments, error: ranges.error ?? assessed.error ?? null };
}

function Chart({
  title,
  fileTitle,
  claims,
  periods,
  scale,
  seriesKey,
  reconciled,
  assessed,
  palette,
  undated = 0,
}: {
  title: string;
  /** What its exported files are named by, when the title alone names no one chart. */
  fileTitle?: string | undefined;
  claims: ClaimView[];
  /** A series over comparable periods: joined by a line, each period drawn as a band. */
  periods: boolean;
  scale: Scale;
  seriesKey: (c: ClaimView) => string;
  reconciled: ReadonlyMap<string, Reconciled>;
  assessed: readonly AssessmentRow[];
  /** Every series key the chart may show, in order: each keeps its colour whatever is picked. */
  palette?: readonly string[];
  /** Claims of the shown metrics that no time axis can place, which the exports must not drop unsaid. */
  undated?: number;
}) {
  const { index, version, base, summary } = useRelease();
  const [state, update] = useUrlState();
  const [wrap, width] = useWidth();
  const tolerance = releaseTolerance(summary);
  // Too many claims to draw one by one: one mark per event and metric, its reconciled range.
  const grouped =
    claims.length > SUMMARY_FROM ? trendSummary(claims, seriesKey, reconciled, tolerance) : null;
  const points = grouped ? grouped.points : trendPoints(claims, seriesKey, tolerance);
  // The axis is titled by one unit only when every claim shares it; its label then formats the ticks,
  // and a word one ("days") is said in each mark's name, heard without the axis title.
  const unit = sharedUnit(claims);
  const unitLabel = unit === null ? "" : (claims[0]?.unit_label ?? "");
  // The legend names each series as its key does, with the key's ids swapped for words.
  const named = new Map(
    claims.map((c) => [
      seriesKey(c),
      seriesKey({
        ...c,
        category: c.category_label,
        metric: c.metric_label,
      }),
    ]),
  );
  const series = seriesOf(points, (k) => named.get(k) ?? k.replaceAll("_", " "), {
    connect: periods,
    periods,
    palette,
  });
  const byGroup = assessmentsByGroup(assessed);
  const rows: TrendRow[] = claims.map((c) => ({
    ...c,
    ...reconciledColumns(c, reconciled, byGroup),
    cells: reconciledCells(c, reconciled, byGroup, chartNumberFormat(c.unit_label)),
  }));
  const marked = trendAssessments(assessed, claims, (c) => seriesKey(c));
  const selected = grouped && state.claim ? claims.find((c) => c.claim_id === state.claim) : undefined;
  const meta = chartMeta(title, claims, { index, version, base, summary });
  if (grouped) meta.subtitle = `${meta.subtitle} · ${SUMMARY_SUBTITLE}`;
  // The page says so above the chart; an exported figure has only its subtitle (an outside review).
  if (undated > 0) meta.subtitle = `${meta.subtitle} · ${undatedNote(undated)}`;
  const footNote = logFootNote(claims, scale);
  if (footNote) meta.subtitle = `${meta.subtitle} · ${footNote}`;
  return (
    <div ref={wrap}>
      {grouped && <SummaryNote claims={claims.length} summary={grouped} />}
      {/* Drawn once its column is measured (useWidth), never first at a guessed width. */}
      {width !== null && (
        <ChartFrame
          meta={meta}
          // The log chart is another image of the same title: its files say so.
          fileTitle={scaledFileTitle(fileTitle ?? title, scale)}
          csv={{
            rows: rows.map((r) => exportFields(r, tolerance)),
            columns: trendColumns(claims, tolerance),
          }}
          citation={citeAll({
            name: index.name,
            title: index.title,
            version,
            issued: issuedOf(index, version),
            view: title,
            url: window.location.href,
            accessed: today(),
            note: originNote(base),
            licence: licenceOf(summary),
          })}
          table={
            <DataTable
              caption={title}
              columns={columnsOpening((claim) => update({ claim }))}
              rows={rows}
              rowKey={(c) => c.claim_id}
              selectedKey={state.claim}
            />
          }
        >
          <TrendChart
            title={title}
            points={points}
            series={series}
            width={chartWidth(width)}
            scale={scale}
            yLabel={unit ?? undefined}
            format={chartNumberFormat(unitLabel)}
            unitLabel={unitLabel}
            whole={wholeAxis(claims)}
            ceiling={unitCeiling(claims)}
            selectedId={
              grouped ? (selected ? markId(selected.event_id, selected.metric) : null) : state.claim
            }
            onSelect={(id) => {
              if (!grouped) return update({ claim: id });
              const g = grouped.groups.get(id);
              if (g)
                update({
                  view: "discrepancies",
                  filters: { event: g.event_id, metric: g.metric },
                  claim: null,
                });
            }}
            ranges={grouped ? grouped.ranges : trendRanges(reconciled, claims, (c) => seriesKey(c))}
            // On a summary chart an assessment stands beside its group's one mark.
            assessments={grouped ? marked.map((a) => ({ ...a, pointIds: [a.id] })) : marked}
            tolerance={tolerance}
          />
        </ChartFrame>
      )}
    </div>
  );
}

/** Said under the title of an exported summary chart. */
const SUMMARY_SUBTITLE = "one mark per event and metric: its reconciled range";

/** Why a chart draws events, not claims, and where its claims are. */
function SummaryNote({ claims, summary }: { claims: number; summary: TrendSummary }) {
  return (
    <p className="note" data-testid="trend-summary">
      <strong>
        {countOf(claims, "claim")} in{" "}
        {countOf(summary.groups.size + summary.undrawn, "event and metric", "events and metrics")}: one mark
        per event and metric.
      </strong>{" "}
      Each mark is its reconciled range (a lone claim's own figure), with the readings of a conflicting group
      shaded behind it. Select a mark to open its claims in Discrepancies, or pick a metric; the data table
      and the CSV list every claim.
      {summary.undrawn > 0 &&
        ` ${countOf(summary.undrawn, "group has", "groups have")} no mark: no claim of ${summary.undrawn === 1 ? "it" : "them"} holds a value, or the reconciled range is unbounded at both ends.`}
    </p>
  );
}

/** A claim's series on the counts chart: its event's category and its metric. */
const countsSeries = (c: ClaimView) => `${c.category} · ${c.metric}`;

/** Counts over time by category and metric, each with its range; arrivals as their own series. */
export function Trends() {
  const { version } = useRelease();
  const [state, update] = useUrlState();
  const all = useSql<ClaimView>(TREND_SQL);
  const undated = useSql<UndatedMetric>(UNDATED_SQL);
  const picked = state.filters.metric;
  const offered = all.data && picked !== null && all.data.some((c) => c.metric === picked);
  // Only a metric the picker does not offer is looked up, to say whether the release has it at all.
  const named = useSql<ReleaseMetric>(
    all.data && picked !== null && !offered ? METRIC_SQL : null,
    picked === null ? [] : [picked],
  );
  const { reconciled, assessments, error: reconciledError } = useReconciled();
  const stacked = useMediaQuery(STACKED);
  useRevealSelected(
    state.claim,
    claimSelector(".split > .chart-col", "data-claim-id", state.claim),
    `${stacked}`,
  );
  const shown = trendClaims(all.data ?? [], picked);
  const arrivals = arrivalClaims(all.data ?? [], picked);
  const drawn = [...shown, ...arrivals];
  // Only a claim the charts draw: a link to a claim of another metric opened its evidence beside
  // a chart without it, unsaid (an outside audit); it is named as not on this chart instead.
  const selected = state.claim ? drawn.find((c) => c.claim_id === state.claim) : undefined;
  if (all.engine.error) return <ErrorBox error={all.engine.error} title="The query engine could not start" />;
  if (all.error) return <ErrorBox error={all.error} title="The trend query failed" />;
  if (!all.data)
    return (
      <>
        <h1>Trends</h1>
        <WaitingForEngine label="Querying claims over time…" />
      </>
    );
  const metrics = trendMetrics(all.data);
  const counts = metrics.filter((m) => m.kind === "count");
  const others = metrics.filter((m) => m.kind !== "count");
  const chosen = metrics.find((m) => m.metric === picked);
  const arrivalMetricsOffered = arrivalMetrics(all.data);
  // An arrivals metric picked is drawn on its own chart alone, with no counts chart above it.
  const arrivalPicked = arrivalMetricsOffered.find((m) => m.metric === picked);
  const pickedMetric = chosen ?? arrivalPicked;
  const missing = missingTrendMetric(picked, all.data, named.data);
  // A picked metric's own undated claims only: the rest are no part of what the chart shows.
  const undatedShown = undated.data?.filter((m) => picked === null || m.metric === picked) ?? [];
  const undatedCount = undatedShown.reduce((n, m) => n + m.n, 0);
  const title = chosen
    ? `${isolateName(chosen.label)} over time (${chosen.unit})`
    : "Reported counts over time, by category and metric";
  // The all-counts chart's series: a count picked alone keeps the colour it has there.
  const palette = seriesPalette(trendClaims(all.data, null), countsSeries);
  // How to read the bands, and what the time axis leaves out: above the chart on a wide screen,
  // below it where the layout stacks, so that a phone's first screen reaches the chart (an outside
  // review found it starting below 844 px).
  const notes = (
    <>
      <p className="note" data-testid="reconciled-note">
        Behind each event with several claims, the wide shaded band is its {RECONCILED_LABEL}: from the lowest
        reading's common low to the highest reading's common high, the range an analyst can cite.
        {/* A chart of consistent groups (one reading each) draws no darker part (an outside audit). */}
        {drawsMostCorroborated(reconciled, drawn) &&
          " Its darker part, barred at the left, is the most corroborated reading: the one most independent origins stand behind, which is evidence, not proof."}
        {assessments.length > 0 && " ◆ marks an editorial assessment's best figure, its whiskers its range."}
      </p>
      {/* Left off the axis without a word, they read as missing from the release (an outside review). */}
      {undatedShown.length > 0 && (
        <p className="note" data-testid="undated-note">
          Not on a time axis: {countOf(undatedCount, "claim")} whose event has no date, listed under Claims:{" "}
          {undatedShown.map((m, i) => (
            <span key={m.metric}>
              {i > 0 && ", "}
              <Link to={{ view: "claims", claim: null, filters: { ...NO_FILTERS, metric: m.metric } }}>
                {m.metric_label}
              </Link>{" "}
              ({m.n})
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
  return (
    <section aria-labelledby="tr-h">
      <h1 id="tr-h">Trends</h1>
      <div className="filters">
        <label className="field">
          Metric{" "}
          <select
            name="metric"
            // A metric the chart cannot draw opens the picker on a prompt, not on "all counts".
            value={missing ? CHOOSE : (picked ?? "")}
            onChange={(e) => {
              if (e.target.value !== CHOOSE)
                update({ filters: { metric: e.target.value || null }, claim: null }, { settle: "metric" });
            }}
          >
            {missing && <option value={CHOOSE}>Choose a metric</option>}
            <option value="">all counts</option>
            <optgroup label="Counts">
              {counts.map((m) => (
                <option key={m.metric} value={m.metric}>
                  {m.label}
                </option>
              ))}
            </optgroup>
            {others.length > 0 && (
              <optgroup label="Other kinds (shown on their own)">
                {others.map((m) => (
                  <option key={m.metric} value={m.metric}>
                    {`${m.label} (${m.unit})`}
                  </option>
                ))}
              </optgroup>
            )}
            {/* Offered too, since a link to one opened on "Choose a metric" over its own chart. */}
            {arrivalMetricsOffered.length > 0 && (
              <optgroup label="Arrivals (by period, on their own chart)">
                {arrivalMetricsOffered.map((m) => (
                  <option key={m.metric} value={m.metric}>
                    {m.label}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label className="field">
          <input
            type="checkbox"
            name="scale"
            checked={state.scale === "log"}
            onChange={(e) => update({ scale: e.target.checked ? "log" : "linear" })}
          />{" "}
          Log scale
        </label>
      </div>
      <ClaimsOnlyNotice
        applied={["metric"]}
        shows={pickedMetric ? `all claims about ${pickedMetric.label}` : "all claims"}
      />
      {reconciledError ? (
        <ErrorBox error={reconciledError} title="The reconciled ranges could not be queried" />
      ) : null}
      {!stacked && notes}
      <div className="split">
        {stacked && !selected && state.claim && <ClaimNotOnChart id={state.claim}>{null}</ClaimNotOnChart>}
        <div className="chart-col">
          {arrivalPicked ? null : missing ? (
            <TrendMetricNotice missing={missing} version={version} />
          ) : missing === undefined ? (
            named.error ? (
              <ErrorBox error={named.error} title="The metric could not be looked up" />
            ) : (
              <Loading label="Looking up the metric…" />
            )
          ) : shown.length > 0 ? (
            <Chart
              title={title}
              // A picked metric's files are named by its id, as they were before its title named it.
              fileTitle={chosen ? `${chosen.metric} over time` : undefined}
              claims={shown}
              periods={false}
              scale={state.scale}
              seriesKey={countsSeries}
              reconciled={reconciled}
              assessed={assessments}
              palette={palette}
              undated={undatedOnCountsChart(undated.data ?? [], picked)}
            />
          ) : (
            <p>No dated claims for this metric on the counts chart.</p>
          )}
          {arrivals.length > 0 && (
            <Chart
              title={`Arrivals in South Korea by period: ${periodsTitle(arrivals)}`}
              // As on the counts chart: a picked metric's files are named by its id, since the
              // title, the same for every arrivals metric, would name its chart as all of them.
              fileTitle={arrivalPicked ? `${arrivalPicked.metric} by period` : undefined}
              claims={arrivals}
              periods
              scale={state.scale}
              seriesKey={(c) => c.metric}
              reconciled={reconciled}
              assessed={assessments}
            />
          )}
        </div>
        <aside className="evidence-col" aria-label="Evidence">
          {/* The panel's heading is an h3: this keeps the outline h1 → h2 → h3 (axe heading-order). */}
          <h2 className="visually-hidden">Evidence</h2>
          {selected ? (
            <ClaimEvidence
              claim={selected}
              onClose={() => update({ claim: null })}
              // A repeated claim one click away, on this chart or else in Claims.
              onOpenClaim={(id) =>
                update(drawn.some((c) => c.claim_id === id) ? { claim: id } : { view: "claims", claim: id })
              }
            />
          ) : (
            <ClaimNotOnChart id={stacked ? null : state.claim}>
              <p className="note">
                {shown.length > SUMMARY_FROM
                  ? "Select a mark to open its event's claims in Discrepancies."
                  : "Select a point to read its quote and source."}
              </p>
            </ClaimNotOnChart>
          )}
        </aside>
      </div>
      {stacked && notes}
    </section>
  );
}
