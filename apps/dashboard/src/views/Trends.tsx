import type { ClaimView } from "@tally/dataset";
import { ChartFrame, type Column, DataTable, EvidencePanel, rangeLabel, TrendChart } from "@tally/ui";
import { useRef } from "react";
import { citation, today } from "../citation.js";
import { attributionLine, claimVerdicts } from "../claimVerdicts.js";
import { useRelease, useSql } from "../data.js";
import { EngineStatus, ErrorBox, Loading } from "../Feedback.js";
import { TREND_SQL } from "../queries.js";
import { seriesOf, trendPoints } from "../trendPoints.js";
import { useUrlState } from "../useUrlState.js";
import { useWidth } from "../useWidth.js";

const CSV_COLUMNS = [
  "claim_id",
  "event_id",
  "event_title",
  "event_date",
  "event_date_end",
  "category",
  "metric",
  "qualifier",
  "value_low",
  "value_high",
  "figure_text",
  "outlet",
  "attributed_to",
  "published",
  "published_inferred",
];

const COLUMNS: Column<ClaimView>[] = [
  {
    key: "event_date",
    label: "Date",
    render: (c) => `${c.event_date}${c.event_date_end ? ` – ${c.event_date_end}` : ""}`,
  },
  { key: "event_title", label: "Event" },
  { key: "category", label: "Category" },
  { key: "metric", label: "Metric" },
  {
    key: "figure",
    label: "Figure",
    render: (c) => rangeLabel({ low: c.value_low, high: c.value_high, qualifier: c.qualifier }),
  },
  { key: "outlet", label: "Outlet" },
];

function Chart({
  title,
  claims,
  connect,
  seriesKey,
}: {
  title: string;
  claims: ClaimView[];
  connect: boolean;
  seriesKey: (c: ClaimView) => string;
}) {
  const { index, version } = useRelease();
  const [, update] = useUrlState();
  const wrap = useRef<HTMLDivElement>(null);
  const width = useWidth(wrap);
  const points = trendPoints(claims, seriesKey);
  const series = seriesOf(points, (k) => k.replaceAll("_", " "), connect);
  return (
    <div ref={wrap}>
      <ChartFrame
        meta={{
          title,
          attribution: attributionLine(claims),
          dataset: index.name,
          version,
          exportedAt: today(),
        }}
        csv={{ rows: claims, columns: CSV_COLUMNS }}
        citation={citation({
          name: index.name,
          title: index.title,
          version,
          view: title,
          url: window.location.href,
          accessed: today(),
        })}
        table={<DataTable caption={title} columns={COLUMNS} rows={claims} rowKey={(c) => c.claim_id} />}
      >
        <TrendChart
          title={title}
          points={points}
          series={series}
          width={Math.min(width, 980)}
          onSelect={(id) => update({ claim: id })}
        />
      </ChartFrame>
    </div>
  );
}

/** Counts over time by category and metric, each with its range; arrivals as their own series. */
export function Trends() {
  const { findings } = useRelease();
  const [state, update] = useUrlState();
  const all = useSql<ClaimView>(TREND_SQL);
  if (all.engine.error) return <ErrorBox error={all.engine.error} title="The query engine could not start" />;
  if (all.error) return <ErrorBox error={all.error} title="The trend query failed" />;
  if (!all.data)
    return (
      <>
        <h2>Trends</h2>
        <Loading label="Querying claims over time…" />
        <EngineStatus />
      </>
    );
  const metrics = [...new Set(all.data.map((c) => c.metric))].sort();
  const shown = all.data.filter(
    (c) => c.category !== "arrival" && (state.filters.metric === null || c.metric === state.filters.metric),
  );
  const arrivals = all.data.filter((c) => c.category === "arrival");
  const selected = state.claim ? all.data.find((c) => c.claim_id === state.claim) : undefined;
  const group =
    selected && findings.groups.find((g) => g.event_id === selected.event_id && g.metric === selected.metric);
  return (
    <section aria-labelledby="tr-h">
      <h2 id="tr-h">Trends</h2>
      <label className="field">
        Metric{" "}
        <select
          value={state.filters.metric ?? ""}
          onChange={(e) => update({ filters: { metric: e.target.value || null }, claim: null })}
        >
          <option value="">all</option>
          {metrics.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <div className="split">
        <div className="chart-col">
          {shown.length > 0 ? (
            <Chart
              title="Reported counts over time, by category and metric"
              claims={shown}
              connect={false}
              seriesKey={(c) => `${c.category} · ${c.metric}`}
            />
          ) : (
            <p>No dated counts for this metric.</p>
          )}
          {arrivals.length > 0 && (
            <Chart
              title="Arrivals in South Korea by period (e.g. first half of 2018 vs 2019)"
              claims={arrivals}
              connect
              seriesKey={(c) => c.metric}
            />
          )}
        </div>
        <aside className="evidence-col" aria-label="Evidence">
          {selected ? (
            <EvidencePanel
              claim={selected}
              verdict={claimVerdicts(group).get(selected.claim_id)}
              onClose={() => update({ claim: null })}
            />
          ) : (
            <p className="note">Select a point to read its quote and source.</p>
          )}
        </aside>
      </div>
    </section>
  );
}
