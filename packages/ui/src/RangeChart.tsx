import type { KeyboardEvent } from "react";
import { CartesianGrid, ComposedChart, Scatter, usePlotArea, XAxis, YAxis } from "recharts";
import { labelLines } from "./labelLines.js";
import {
  layoutRange,
  type RangeDomain,
  type RangeQualifier,
  rangeDomain,
  rangeLabel,
} from "./rangeLayout.js";
import { verdictStyle } from "./verdictColors.js";

/** One claim's figure as the discrepancy chart draws it. */
export interface RangeRow {
  id: string;
  /** The axis label's first line: the outlet. */
  label: string;
  /** Wrapped below the label: the attributed source. */
  detail?: string;
  low: number | null;
  high: number | null;
  qualifier: RangeQualifier;
  verdict: string | null;
}

export interface RangeChartProps {
  rows: readonly RangeRow[];
  /** Accessible name of the chart (also its export title). */
  title: string;
  width?: number;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  format?: (n: number) => string;
}

const LINE_HEIGHT = 14;
/** Average glyph width at 12px in the UI's sans-serif fonts, to size the label column. */
const CHAR_WIDTH = 6.4;

/** The label column: about a third of the chart, enough for "a high-ranking Daily NK source". */
function labelWidth(width: number): number {
  return Math.round(Math.min(280, Math.max(170, width * 0.3)));
}

function fullLabel(row: RangeRow): string {
  return row.detail ? `${row.label} · ${row.detail}` : row.label;
}

/**
 * The row's label, drawn by the layer at the row's own centre (recharts' category ticks sit on a
 * point scale that drifts from the bands): the outlet in bold over its wrapped attributed source.
 */
function RowLabel({ x, y, lines }: { x: number; y: number; lines: readonly string[] }) {
  const top = y - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text
      className="tally-axis-label"
      x={x}
      y={top}
      textAnchor="end"
      dominantBaseline="middle"
      fontSize={12}
      fill="#111111"
    >
      {lines.map((line, i) => (
        <tspan
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order, never reordered.
          key={i}
          x={x}
          dy={i === 0 ? 0 : LINE_HEIGHT}
          fontWeight={i === 0 ? 600 : 400}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

function RangeLayer({
  rows,
  lines,
  domain,
  selectedId,
  onSelect,
  format,
}: {
  rows: readonly RangeRow[];
  lines: ReadonlyMap<string, string[]>;
  domain: RangeDomain;
  selectedId: string | null;
  onSelect: ((id: string) => void) | undefined;
  format: (n: number) => string;
}) {
  const plot = usePlotArea();
  if (!plot || rows.length === 0) return null;
  const band = plot.height / rows.length;
  const x = (v: number) => plot.x + ((v - domain.min) / (domain.max - domain.min || 1)) * plot.width;
  return (
    <g className="tally-range-layer">
      {rows.map((row, i) => {
        const geo = layoutRange(row, domain);
        const style = verdictStyle(row.verdict);
        const cy = plot.y + band * (i + 0.5);
        const x0 = x(geo.start);
        const x1 = x(geo.end);
        const h = Math.min(18, band * 0.5);
        const selected = row.id === selectedId;
        const label = rangeLabel(row, format);
        const activate = () => onSelect?.(row.id);
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            activate();
          }
        };
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; role + key handling make it one.
          <g
            key={row.id}
            className="tally-range-row"
            data-claim-id={row.id}
            role="button"
            tabIndex={onSelect ? 0 : -1}
            aria-pressed={selected}
            aria-label={`${fullLabel(row)}: ${label} (${style.label})`}
            onClick={activate}
            onKeyDown={onKeyDown}
            style={{ cursor: onSelect ? "pointer" : "default" }}
          >
            <title>{fullLabel(row)}</title>
            <RowLabel x={plot.x - 10} y={cy} lines={lines.get(row.id) ?? [row.label]} />
            <rect
              className="tally-focus-ring"
              x={plot.x - 4}
              y={cy - band / 2 + 2}
              width={plot.width + 8}
              height={band - 4}
              fill={selected ? "#f2f2f2" : "transparent"}
              stroke={selected ? "#111111" : "none"}
              strokeWidth={1}
              rx={4}
            />
            {geo.point ? (
              <>
                <line x1={x0} x2={x0} y1={cy - h / 2} y2={cy + h / 2} stroke={style.color} strokeWidth={3} />
                <circle
                  cx={x0}
                  cy={cy}
                  r={7}
                  fill={geo.approximate ? "#ffffff" : style.color}
                  stroke={style.color}
                  strokeWidth={3}
                  strokeDasharray={geo.approximate ? "3 2" : undefined}
                />
              </>
            ) : (
              <rect
                x={x0}
                y={cy - h / 2}
                width={Math.max(2, x1 - x0)}
                height={h}
                fill={style.color}
                fillOpacity={geo.approximate ? 0.35 : 0.8}
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash ?? (geo.approximate ? "4 2" : undefined)}
              />
            )}
            {geo.openHigh && (
              <path
                d={`M${x1 - 2},${cy - h / 2 - 4} L${x1 + 10},${cy} L${x1 - 2},${cy + h / 2 + 4} Z`}
                fill={style.color}
              >
                <title>no upper bound given</title>
              </path>
            )}
            {geo.openLow && (
              <path
                d={`M${x0 + 2},${cy - h / 2 - 4} L${x0 - 10},${cy} L${x0 + 2},${cy + h / 2 + 4} Z`}
                fill={style.color}
              >
                <title>no lower bound given</title>
              </path>
            )}
            <text
              x={geo.point ? x0 + 12 : geo.openHigh ? x0 + 4 : x1 + 14}
              y={geo.point || !geo.openHigh ? cy + 4 : cy - h / 2 - 4}
              fontSize={12}
              fill="#111111"
            >
              {`${label} · ${style.label}`}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * One row per claim, its figure as a bar (or a point) on an axis shared by all rows, coloured by
 * the validator's verdict. Open bounds end in an arrow; `about` figures are hollow and dashed.
 */
export function RangeChart({
  rows,
  title,
  width = 760,
  selectedId = null,
  onSelect,
  format = fmt,
}: RangeChartProps) {
  const domain = rangeDomain(rows);
  const data = rows.map((r) => ({ id: r.id, mid: layoutRange(r, domain).start }));
  const labelCol = labelWidth(width);
  const maxChars = Math.floor((labelCol - 12) / CHAR_WIDTH);
  const lines = new Map(rows.map((r) => [r.id, labelLines(r.label, r.detail, maxChars)]));
  const mostLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const rowHeight = Math.max(44, mostLines * LINE_HEIGHT + 14);
  const height = Math.max(120, rows.length * rowHeight + 60);
  return (
    <ComposedChart
      layout="vertical"
      width={width}
      height={height}
      data={data}
      margin={{ top: 10, right: 90, bottom: 24, left: 8 }}
      title={title}
      role="img"
      aria-label={title}
    >
      <CartesianGrid horizontal={false} stroke="#dddddd" />
      <XAxis
        type="number"
        domain={[domain.min, domain.max]}
        allowDataOverflow
        tickFormatter={format}
        stroke="#333333"
        label={{
          value: "reported figure",
          position: "insideBottom",
          offset: -14,
          fill: "#333333",
          fontSize: 12,
        }}
      />
      <YAxis
        type="category"
        dataKey="id"
        width={labelCol}
        allowDuplicatedCategory={false}
        interval={0}
        stroke="#333333"
        tick={false}
      />
      {/* A transparent series so the axes have data; the bars themselves are drawn by RangeLayer. */}
      <Scatter dataKey="mid" fill="transparent" isAnimationActive={false} legendType="none" />
      <RangeLayer
        rows={rows}
        lines={lines}
        domain={domain}
        selectedId={selectedId}
        onSelect={onSelect}
        format={format}
      />
    </ComposedChart>
  );
}

const numberFormat = new Intl.NumberFormat("en");
function fmt(n: number): string {
  return numberFormat.format(n);
}
