import type { KeyboardEvent } from "react";
import { CartesianGrid, ComposedChart, Scatter, usePlotArea, XAxis, YAxis } from "recharts";
import {
  layoutRange,
  type RangeDomain,
  type RangeQualifier,
  rangeDomain,
  rangeLabel,
} from "./rangeLayout.js";
import { seriesColor } from "./verdictColors.js";

/** One claim on the time axis: when (a day or a period) and how many (a figure with its bounds). */
export interface TrendPoint {
  id: string;
  series: string;
  /** Start and end of the period the figure covers, as epoch milliseconds. */
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  qualifier: RangeQualifier;
  label: string;
}

export interface TrendSeries {
  key: string;
  label: string;
  /** Join the points with a line (a series over comparable periods, e.g. arrivals per half-year). */
  connect?: boolean;
}

export interface TrendChartProps {
  points: readonly TrendPoint[];
  series: readonly TrendSeries[];
  title: string;
  width?: number;
  height?: number;
  onSelect?: (id: string) => void;
  format?: (n: number) => string;
}

const DAY = 86_400_000;

function timeDomain(points: readonly TrendPoint[]): [number, number] {
  if (points.length === 0) return [0, DAY];
  const lo = Math.min(...points.map((p) => p.start));
  const hi = Math.max(...points.map((p) => p.end));
  const pad = Math.max(30 * DAY, (hi - lo) * 0.05);
  return [lo - pad, hi + pad];
}

function year(ms: number): string {
  const d = new Date(ms);
  return d.getUTCMonth() === 0
    ? String(d.getUTCFullYear())
    : `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

function TrendLayer({
  points,
  series,
  xDomain,
  yDomain,
  onSelect,
  format,
}: {
  points: readonly TrendPoint[];
  series: readonly TrendSeries[];
  xDomain: [number, number];
  yDomain: RangeDomain;
  onSelect: ((id: string) => void) | undefined;
  format: (n: number) => string;
}) {
  const plot = usePlotArea();
  if (!plot) return null;
  const x = (t: number) => plot.x + ((t - xDomain[0]) / (xDomain[1] - xDomain[0])) * plot.width;
  const y = (v: number) =>
    plot.y + plot.height - ((v - yDomain.min) / (yDomain.max - yDomain.min || 1)) * plot.height;
  return (
    <g className="tally-trend-layer">
      {series.map((s, si) => {
        const color = seriesColor(si);
        const mine = points.filter((p) => p.series === s.key).sort((a, b) => a.start - b.start);
        const line = s.connect
          ? mine
              .map((p) => {
                const g = layoutRange(p, yDomain);
                return `${x((p.start + p.end) / 2)},${y((g.start + g.end) / 2)}`;
              })
              .join(" ")
          : "";
        return (
          <g key={s.key} data-series={s.key}>
            {s.connect && mine.length > 1 && (
              <polyline points={line} fill="none" stroke={color} strokeWidth={2} />
            )}
            {mine.map((p) => {
              const g = layoutRange(p, yDomain);
              const cx = x((p.start + p.end) / 2);
              const yLow = y(g.start);
              const yHigh = y(g.end);
              const cy = g.point ? yLow : (yLow + yHigh) / 2;
              const onKeyDown = (e: KeyboardEvent) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onSelect?.(p.id);
                }
              };
              return (
                // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; role + key handling make it one.
                <g
                  key={p.id}
                  className="tally-trend-point"
                  data-claim-id={p.id}
                  role="button"
                  tabIndex={onSelect ? 0 : -1}
                  aria-label={`${s.label}, ${p.label}: ${rangeLabel(p, format)}`}
                  onClick={() => onSelect?.(p.id)}
                  onKeyDown={onKeyDown}
                  style={{ cursor: onSelect ? "pointer" : "default" }}
                >
                  {p.end - p.start > DAY && (
                    <line
                      x1={x(p.start)}
                      x2={x(p.end)}
                      y1={cy}
                      y2={cy}
                      stroke={color}
                      strokeOpacity={0.5}
                      strokeWidth={2}
                    />
                  )}
                  {!g.point && (
                    <>
                      <line
                        x1={cx}
                        x2={cx}
                        y1={yLow}
                        y2={yHigh}
                        stroke={color}
                        strokeWidth={2}
                        strokeDasharray={g.approximate ? "3 2" : undefined}
                      />
                      {!g.openLow && (
                        <line x1={cx - 5} x2={cx + 5} y1={yLow} y2={yLow} stroke={color} strokeWidth={2} />
                      )}
                      {!g.openHigh && (
                        <line x1={cx - 5} x2={cx + 5} y1={yHigh} y2={yHigh} stroke={color} strokeWidth={2} />
                      )}
                      {g.openHigh && (
                        <path
                          d={`M${cx - 6},${yHigh + 8} L${cx},${yHigh - 4} L${cx + 6},${yHigh + 8} Z`}
                          fill={color}
                        />
                      )}
                      {g.openLow && (
                        <path
                          d={`M${cx - 6},${yLow - 8} L${cx},${yLow + 4} L${cx + 6},${yLow - 8} Z`}
                          fill={color}
                        />
                      )}
                    </>
                  )}
                  <circle
                    cx={cx}
                    cy={g.point ? yLow : g.openHigh ? yLow : g.openLow ? yHigh : cy}
                    r={5}
                    fill={g.approximate ? "#ffffff" : color}
                    stroke={color}
                    strokeWidth={2}
                    strokeDasharray={g.approximate ? "2 2" : undefined}
                  />
                </g>
              );
            })}
          </g>
        );
      })}
      <g
        className="tally-legend"
        transform={`translate(${plot.x + 8}, ${plot.y - (series.length * 16 + 24) + 4})`}
      >
        {series.map((s, si) => (
          <g key={s.key} transform={`translate(0, ${si * 16})`}>
            <rect width={10} height={10} y={-1} fill={seriesColor(si)} />
            <text x={16} y={8} fontSize={11} fill="#111111">
              {s.label}
            </text>
          </g>
        ))}
        <text x={0} y={series.length * 16 + 8} fontSize={11} fill="#333333">
          {"○ hollow = approximate (about) · ▲ arrow = no bound given · bar = low–high range"}
        </text>
      </g>
    </g>
  );
}

/**
 * Figures over time: each claim a point with its low–high range as an error bar, periods as a
 * horizontal span, `about` figures hollow, open bounds as arrows.
 */
export function TrendChart({
  points,
  series,
  title,
  width = 760,
  height = 380,
  onSelect,
  format = (n) => new Intl.NumberFormat("en").format(n),
}: TrendChartProps) {
  const xDomain = timeDomain(points);
  const yDomain = rangeDomain(points);
  const data = points.map((p) => ({ t: (p.start + p.end) / 2, v: layoutRange(p, yDomain).start }));
  const legendRoom = series.length * 16 + 24;
  return (
    <ComposedChart
      width={width}
      height={height + legendRoom}
      data={data}
      margin={{ top: 10 + legendRoom, right: 24, bottom: 24, left: 16 }}
      title={title}
      role="img"
      aria-label={title}
    >
      <CartesianGrid stroke="#dddddd" />
      <XAxis
        type="number"
        dataKey="t"
        domain={xDomain}
        allowDataOverflow
        tickFormatter={year}
        stroke="#333333"
        scale="time"
      />
      <YAxis
        type="number"
        dataKey="v"
        domain={[yDomain.min, yDomain.max]}
        allowDataOverflow
        tickFormatter={format}
        stroke="#333333"
      />
      <Scatter dataKey="v" fill="transparent" isAnimationActive={false} legendType="none" />
      <TrendLayer
        points={points}
        series={series}
        xDomain={xDomain}
        yDomain={yDomain}
        onSelect={onSelect}
        format={format}
      />
    </ComposedChart>
  );
}
