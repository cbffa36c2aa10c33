import { byCodeUnit } from "@tally/dataset";
import {
  CartesianGrid,
  ComposedChart,
  Scatter,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { type ClaimPlacement, DODGE, groupsOf, placeClaims } from "./claimPlacement.js";
import { bandSpan, bracketLanes } from "./dodge.js";
import { markFigure } from "./figureUnit.js";
import { labelledTicks } from "./labelledTicks.js";
import { LABEL_ABOVE, LABEL_BELOW, labelBelow, type PeriodBar } from "./periodLabel.js";
import { type RangeDomain, type RangeQualifier, rangeLabel } from "./rangeLayout.js";
import { ChartMark, type RovingFocus, useRovingFocus } from "./rovingFocus.js";
import { Legend, MarkShape } from "./TrendMarkShape.js";
import { timeLabel, timeTicks, yearDomain } from "./timeAxis.js";
import { RECONCILED_LABEL, type TrendLegendEntry, trendLegend, trendLegendHeight } from "./trendLegend.js";
import { axisExtent, type ToleranceRange, trendMark } from "./trendMark.js";
import { tickLabelWidth, type ValueScale, valueAxis } from "./valueAxis.js";
import { seriesColor } from "./verdictColors.js";

export { RECONCILED_LABEL };

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
  /** A vague claim's own words ("Hundreds"), printed before its bound in its name (`rangeLabel`). */
  vagueWords?: string | null;
  label: string;
  /** Points of one group (claims about one event) are set side by side; default: same period. */
  group?: string;
  /** Order within the group, e.g. outlet then claim id; default: the id. */
  sortKey?: string;
  /** The period in words ("Jan–Jun 2018"), drawn beside the point in a `periods` series. */
  period?: string;
  /**
   * An `about` figure's tolerance range: the interval the validator read it as (180–220 for
   * "about 200" at ±10%), drawn as a dashed bar with the stated figure as a hollow dot on it.
   */
  interval?: ToleranceRange | undefined;
}

export interface TrendSeries {
  key: string;
  label: string;
  /** Join the points with a line (a series over comparable periods, e.g. arrivals per half-year). */
  connect?: boolean;
  /** Draw each point's period as a shaded band with its label. */
  periods?: boolean;
  /**
   * Its colour; by default the palette's, in the order of `series`. A caller that shows a subset
   * of its series (one metric picked) fixes each one's colour, so a series keeps it across charts.
   */
  color?: string;
}

/**
 * One event and metric's reconciled range: its envelope as a band behind its claims (the points
 * named by `pointIds`), the most corroborated reading(s) marked darker within it.
 */
export interface TrendRange {
  id: string;
  /** The series whose colour it takes (its claims' series). */
  series: string;
  pointIds: readonly string[];
  /** The envelope; a null end is unbounded and runs to the axis edge. */
  low: number | null;
  high: number | null;
  /** The most corroborated reading(s); empty when the group has a single reading. */
  most: readonly { low: number | null; high: number | null }[];
  /** Accessible name, also the band's tooltip. */
  label: string;
}

/** An editorial assessment of one event and metric: `best` marked, `low`–`high` as whiskers. */
export interface TrendAssessment {
  id: string;
  series: string;
  pointIds: readonly string[];
  low: number;
  best: number;
  high: number;
  label: string;
}

export interface TrendChartProps {
  points: readonly TrendPoint[];
  series: readonly TrendSeries[];
  title: string;
  width?: number;
  height?: number;
  /** Value axis: linear from 0, or log (counts from a handful to hundreds). */
  scale?: ValueScale;
  /** Unit of the value axis ("persons"). */
  yLabel?: string;
  /** The figures count persons or things: the value axis ticks whole numbers only. */
  whole?: boolean;
  /** The most the figures' unit allows (a percentage's 100): an open upper end is drawn to it. */
  ceiling?: number | undefined;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  format?: (n: number) => string;
  /** The figures' shared unit label ("persons", "%"): a word one is said in each mark's name. */
  unitLabel?: string | undefined;
  /** Reconciled ranges, one per event and metric, drawn behind the claims. */
  ranges?: readonly TrendRange[];
  /** Editorial assessments, drawn beside the claims they assess. */
  assessments?: readonly TrendAssessment[];
  /** The tolerance the validator read `about` figures with (0.1 = ±10%), named in the legend. */
  tolerance?: number | null;
}

/** A series' colour: its own, else the palette's at its place among the chart's series. */
const colorOfSeries = (s: TrendSeries | undefined, index: number): string => s?.color ?? seriesColor(index);

const DAY = 86_400_000;
/** Keeps 0 (or the log axis floor) off the x-axis line, so a small figure stays visible. */
const Y_PAD = 12;
/**
 * Keeps the axis's first day off the value axis line: an event early in the first year had its
 * first mark drawn over that line, and its band's darker bar stood on it like a tick.
 */
const X_PAD = 12;
/** A bar joining a group's marks to its date is 3 px thick: one lane up stands 2 px clear of it. */
const BRACKET_PITCH = 5;
/** Bars in one lane keep this far apart, so that two never read as one. */
const BRACKET_CLEAR = 3;
/** The value axis's width (recharts' default), which the plot is the chart's width less. */
const Y_AXIS_WIDTH = 60;
/** The chart's height taken by other than the plot: margins (10 + 24), the time axis (30) and `Y_PAD`. */
const PLOT_CHROME = 76;

/**
 * The value axis's width: `Y_AXIS_WIDTH` holds labels up to "1,000" beside the axis's title (the
 * shipped charts); a longer label widens it by as much as it is longer (`tickLabelWidth`). At
 * 60 px "1,500,000" was drawn as ",500,000" (an outside audit).
 */
export function valueAxisWidth(labels: readonly string[]): number {
  const widest = Math.max(0, ...labels.map(tickLabelWidth));
  return Math.ceil(Y_AXIS_WIDTH + Math.max(0, widest - tickLabelWidth("1,000")));
}

type Scale = (v: number) => number | undefined;

/** The most a period may start after the one before it ends and still be joined to it by the line. */
const JOINED_GAP = 2 * 86_400_000;

/**
 * The points of a series (in time order) cut where a period starts more than a day or two after
 * the one before it ends: a line across a stretch no figure covers (the second half of 2018,
 * between two first halves) drew a trend nothing measured (an outside review).
 */
export function contiguousRuns<P extends { start: number; end: number }>(points: readonly P[]): P[][] {
  const runs: P[][] = [];
  // The latest end in the run so far: a year's figure covers the half-years inside it.
  let covered = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    const run = runs.at(-1);
    if (run && p.start - covered <= JOINED_GAP) {
      run.push(p);
      covered = Math.max(covered, p.end);
    } else {
      runs.push([p]);
      covered = p.end;
    }
  }
  return runs;
}

/** The plot's width per period below which a periods series draws no labels. */
const MIN_LABEL_ROOM = 40;

/** Average glyph width of a 12px period label. */
const PERIOD_CHAR = 6.6;

/**
 * Shown only on keyboard focus (styles.css): a solid dark ring with a white halo round the whole
 * mark, so a hollow dashed "about" dot never serves as its own, hard-to-see, focus ring.
 */
function FocusRing({ cx, top, bottom }: { cx: number; top: number; bottom: number }) {
  const box = {
    x: cx - 8,
    width: 16,
    y: top - 8,
    height: bottom - top + 16,
    rx: 4,
    fill: "none",
    stroke: "none",
  };
  // Wider than a crowded slot (16 px against 6.6 px on a phone): it must not take a neighbour's click.
  return (
    <g pointerEvents="none">
      <rect className="tally-focus-halo" {...box} strokeWidth={6} />
      <rect className="tally-focus-ring" {...box} strokeWidth={2.5} />
    </g>
  );
}

const noSymbol = () => <g />;

/** The centre for a label `width` wide near `x`, so that it stays between `left` and `right`. */
function clampLabel(x: number, width: number, left: number, right: number): number {
  if (right - left <= width) return (left + right) / 2;
  return Math.max(left + width / 2, Math.min(x, right - width / 2));
}

/**
 * A period's label over its point, centred but kept inside the plot (on a phone a half-year is
 * ~40 px), and under it where above it would cross another period's bar (`labelBelow`).
 */
function PeriodLabel({
  text,
  cx,
  cy,
  own,
  bars,
  left,
  right,
}: {
  text: string;
  cx: number;
  cy: number;
  own: PeriodBar | undefined;
  bars: readonly PeriodBar[];
  left: number;
  right: number;
}) {
  const width = text.length * PERIOD_CHAR;
  const x = clampLabel(cx, width, left, right);
  const below = own !== undefined && labelBelow(x, width, own, bars);
  return (
    <text
      x={x}
      y={below ? cy + LABEL_BELOW : cy - LABEL_ABOVE}
      textAnchor="middle"
      fontSize={12}
      fill="#111111"
      pointerEvents="none"
    >
      {text}
    </text>
  );
}

/** Below this width the legend goes under the time axis; `AXIS_ROOM` leaves the axis its ticks. */
const LEGEND_BELOW_WIDTH = 600;
const AXIS_ROOM = 28;

function TrendLayer({
  points,
  series,
  yDomain,
  selectedId,
  onSelect,
  format,
  unitLabel,
  ranges,
  assessments,
  legend,
  legendBelow,
  roving,
  placement,
}: {
  points: readonly TrendPoint[];
  series: readonly TrendSeries[];
  yDomain: RangeDomain;
  selectedId: string | null;
  onSelect: ((id: string) => void) | undefined;
  format: (n: number) => string;
  unitLabel: string;
  ranges: readonly TrendRange[];
  assessments: readonly TrendAssessment[];
  legend: readonly TrendLegendEntry[];
  legendBelow: boolean;
  roving: RovingFocus;
  /**
   * Where each claim's mark goes, worked out once by TrendChart before the legend (which must know
   * whether any guide is drawn), on the same axis recharts draws: its range, as recharts computes
   * it, is the chart less its side margins, the value axis and the padding before the first day.
   */
  placement: ClaimPlacement<TrendPoint>;
}) {
  const plot = usePlotArea();
  const xScale = useXAxisScale() as Scale | undefined;
  const yScale = useYAxisScale() as Scale | undefined;
  if (!plot || !xScale || !yScale) return null;
  const x = (t: number) => xScale(t) ?? plot.x;
  const y = (v: number) => yScale(v) ?? plot.y + plot.height;
  const { centreOf, stepOf, guides: brackets } = placement;
  const byId = new Map(points.map((p) => [p.id, p]));
  const drawnSeries = new Map(series.map((s, si) => [s.key, { series: s, color: colorOfSeries(s, si) }]));
  // A range of a series the chart does not draw takes the first series' colour, as before.
  const colorOf = (key: string) => drawnSeries.get(key)?.color ?? colorOfSeries(series[0], 0);
  // Two groups slid past each other's dates have bars that cross: each such bar a lane up, so
  // that one bar never runs on into another (at 560 px the two 2019 groups' bars read as one).
  const lanes = bracketLanes(
    brackets.map((b) => b.span),
    BRACKET_CLEAR,
  );
  /** The horizontal extent of a group's claims, with room for the band to show on either side. */
  const extent = (ids: readonly string[]): [number, number] | null => {
    const marks = ids.flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ at: centreOf(p), half: stepOf(p) / 2 }] : [];
    });
    // Within the plot, not the axis's days: a band from the first day had its darker bar on the
    // gridline of the first year; in the padding before it, it stays clear of the value axis.
    return bandSpan(marks, plot.x, plot.x + plot.width);
  };
  const markY = (p: TrendPoint) => {
    const m = trendMark(p, yDomain);
    return m.dot !== null || !m.bar ? y(m.anchor) : (y(m.bar.low) + y(m.bar.high)) / 2;
  };
  const inAxisOrder = points
    .filter((p) => drawnSeries.has(p.series))
    .map((p) => ({ p, at: centreOf(p) }))
    .sort((a, b) => a.at - b.at || byCodeUnit(a.p.id, b.p.id))
    .map(({ p }) => p);
  const order = inAxisOrder.map((p) => p.id);
  // The bars of periods series, which a period's label must not be printed across.
  const periodBars = new Map<string, PeriodBar>(
    inAxisOrder
      .filter((p) => drawnSeries.get(p.series)!.series.periods && p.end - p.start > DAY)
      .map((p) => [p.id, { x1: x(p.start), x2: x(p.end), y: markY(p) }]),
  );
  const barList = [...periodBars.values()];
  // A series of more periods than the plot has room to name draws no labels: 95 half-years of
  // synthetic arrivals printed 95 overlapping labels (each stays in its mark's name and the table).
  const unlabelled = new Set(
    series
      .filter(
        (s) => s.periods && points.filter((p) => p.series === s.key).length * MIN_LABEL_ROOM > plot.width,
      )
      .map((s) => s.key),
  );
  const yOf = (v: number | null, end: "low" | "high") =>
    v === null
      ? end === "low"
        ? plot.y + plot.height
        : plot.y
      : y(Math.max(yDomain.min, Math.min(v, yDomain.max)));
  return (
    <g className="tally-trend-layer">
      {ranges.map((r) => {
        const span = extent(r.pointIds);
        if (!span) return null;
        const color = colorOf(r.series);
        const top = yOf(r.high, "high");
        const bottom = yOf(r.low, "low");
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a <g> is not interactive; role img because an aria-label on a bare <g> is no name at all (an outside audit's axe run).
          <g
            key={`range-${r.id}`}
            className="tally-reconciled"
            data-range={r.id}
            role="img"
            aria-label={r.label}
          >
            <title>{r.label}</title>
            <rect
              x={span[0]}
              width={span[1] - span[0]}
              y={top}
              height={Math.max(3, bottom - top)}
              fill={color}
              fillOpacity={0.13}
              stroke={color}
              strokeOpacity={0.8}
              strokeDasharray="3 2"
            />
            {r.most.map((m) => {
              const mTop = yOf(m.high, "high");
              const mBottom = yOf(m.low, "low");
              return (
                <g key={`${m.low}-${m.high}`} className="tally-most-corroborated">
                  <rect
                    x={span[0]}
                    width={span[1] - span[0]}
                    y={mTop}
                    height={Math.max(3, mBottom - mTop)}
                    fill={color}
                    fillOpacity={0.3}
                  />
                  <rect
                    x={span[0] - 3}
                    width={4}
                    y={mTop}
                    height={Math.max(3, mBottom - mTop)}
                    fill={color}
                  />
                </g>
              );
            })}
          </g>
        );
      })}
      {brackets.map(({ key, at, span: [from, to] }, i) => {
        const axisY = plot.y + plot.height - 2 - lanes[i]! * BRACKET_PITCH;
        return (
          <g key={`guide-${key}`} className="tally-dodge-group" data-group={key} pointerEvents="none">
            <line
              className="tally-dodge-guide"
              x1={at}
              x2={at}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke="#777777"
              strokeWidth={1}
              strokeDasharray="2 3"
            />
            <line
              className="tally-dodge-bracket"
              x1={from}
              x2={to}
              y1={axisY}
              y2={axisY}
              stroke="#777777"
              strokeWidth={3}
            />
          </g>
        );
      })}
      {series.map((s) => {
        const color = drawnSeries.get(s.key)!.color;
        const mine = points.filter((p) => p.series === s.key).sort((a, b) => a.start - b.start);
        return (
          <g key={s.key} data-series={s.key}>
            {s.periods &&
              mine.map((p) => (
                <rect
                  key={`band-${p.id}`}
                  className="tally-period-band"
                  pointerEvents="none"
                  x={x(p.start)}
                  width={Math.max(2, x(p.end) - x(p.start))}
                  y={plot.y}
                  height={plot.height}
                  fill={color}
                  fillOpacity={0.08}
                />
              ))}
            {s.connect &&
              contiguousRuns(mine)
                .filter((run) => run.length > 1)
                .map((run) => (
                  <polyline
                    key={`line-${run[0]!.id}`}
                    points={run.map((p) => `${centreOf(p)},${markY(p)}`).join(" ")}
                    fill="none"
                    stroke={color}
                    strokeWidth={2}
                    strokeOpacity={0.7}
                  />
                ))}
          </g>
        );
      })}
      {/* The points after every series' lines and bands, in the order they stand on the time axis:
          the arrow keys go left to right (an outside review: series by series, Tab went from 2024
          back to 2017). */}
      <g className="tally-trend-points">
        {inAxisOrder.map((p) => {
          const { series: s, color } = drawnSeries.get(p.series)!;
          const m = trendMark(p, yDomain);
          const cx = centreOf(p);
          const yLow = y(m.bar?.low ?? m.anchor);
          const yHigh = y(m.bar?.high ?? m.anchor);
          const cy = markY(p);
          const figure = rangeLabel(p, format);
          // The period label drawn beside the point ends the name, as written (WCAG 2.5.3).
          const name = `${s.label}, ${p.label}, ${p.period ? `${p.period}: ` : ""}${markFigure(figure, unitLabel)}`;
          const selected = p.id === selectedId;
          const isPeriod = p.end - p.start > DAY;
          return (
            <ChartMark
              key={p.id}
              roving={roving}
              markId={p.id}
              keyOrder={order}
              onActivate={onSelect}
              className="tally-trend-point"
              data-claim-id={p.id}
              aria-pressed={selected}
              aria-label={name}
            >
              <title>{name}</title>
              {/* What the pointer can hit: the whole slot, not just a 2-pixel line. */}
              <rect
                className="tally-hit"
                x={cx - stepOf(p) / 2}
                width={stepOf(p)}
                y={Math.min(yHigh, cy) - 10}
                height={Math.abs(Math.max(yLow, cy) - Math.min(yHigh, cy)) + 20}
                fill="transparent"
              />
              {/* A claim dated to a month spans the month, over the marks of other claims in it (a
                  review: c023's line took the click on c014's dot), so it catches no pointer. */}
              {isPeriod && (
                <g
                  className="tally-period"
                  stroke={color}
                  strokeWidth={s.periods ? 3 : 2}
                  pointerEvents="none"
                >
                  <line
                    x1={x(p.start)}
                    x2={x(p.end)}
                    y1={cy}
                    y2={cy}
                    strokeOpacity={s.periods ? 0.9 : 0.45}
                  />
                  {s.periods && (
                    <>
                      <line x1={x(p.start)} x2={x(p.start)} y1={cy - 6} y2={cy + 6} />
                      <line x1={x(p.end)} x2={x(p.end)} y1={cy - 6} y2={cy + 6} />
                    </>
                  )}
                </g>
              )}
              <MarkShape
                mark={m}
                cx={cx}
                yLow={yLow}
                yHigh={yHigh}
                cy={cy}
                color={color}
                tolerance={
                  m.bar?.kind === "tolerance" && p.interval
                    ? `read as ${format(p.interval.low)}–${format(p.interval.high)} (the validator's tolerance)`
                    : null
                }
              />
              <FocusRing cx={cx} top={Math.min(yHigh, cy)} bottom={Math.max(yLow, cy)} />
              {selected && (
                <circle
                  className="tally-selected"
                  pointerEvents="none"
                  cx={cx}
                  cy={cy}
                  r={9}
                  fill="none"
                  stroke="#111111"
                  strokeWidth={1.5}
                />
              )}
              {s.periods && p.period && !unlabelled.has(s.key) && (
                <PeriodLabel
                  text={`${p.period}: ${figure}`}
                  cx={cx}
                  cy={cy}
                  own={periodBars.get(p.id)}
                  bars={barList}
                  left={plot.x}
                  right={plot.x + plot.width}
                />
              )}
            </ChartMark>
          );
        })}
      </g>
      {assessments.map((a) => {
        const span = extent(a.pointIds);
        if (!span) return null;
        const ax = Math.min(span[1] + 9, plot.x + plot.width - 5);
        const yb = y(a.best);
        const yl = y(Math.max(yDomain.min, a.low));
        const yh = y(Math.min(yDomain.max, a.high));
        return (
          <g
            key={`assessment-${a.id}`}
            className="tally-assessment"
            data-assessment={a.id}
            aria-label={a.label}
          >
            <title>{a.label}</title>
            <g stroke="#111111" strokeWidth={1.5}>
              <line x1={ax} x2={ax} y1={yh} y2={yl} />
              <line x1={ax - 4} x2={ax + 4} y1={yh} y2={yh} />
              <line x1={ax - 4} x2={ax + 4} y1={yl} y2={yl} />
            </g>
            <path
              d={`M${ax},${yb - 6} L${ax + 6},${yb} L${ax},${yb + 6} L${ax - 6},${yb} Z`}
              fill="#111111"
              stroke="#ffffff"
              strokeWidth={1}
            />
          </g>
        );
      })}
      <Legend
        entries={legend}
        x={legendBelow ? 8 : plot.x + 8}
        y={legendBelow ? plot.y + plot.height + AXIS_ROOM : plot.y - trendLegendHeight(legend) + 4}
      />
    </g>
  );
}

/**
 * Figures over time: each claim a point with its low–high range as an error bar, periods as a
 * horizontal span, `about` figures as their tolerance range (a dashed bar) with the stated figure
 * a hollow dot on it, open bounds as arrows. Claims about one event are set
 * side by side so none hides another; the time axis is in calendar years at their real positions.
 */
export function TrendChart({
  points,
  series,
  title,
  width = 760,
  height = 380,
  scale = "linear",
  yLabel,
  whole = false,
  ceiling,
  selectedId = null,
  onSelect,
  format = (n) => new Intl.NumberFormat("en").format(n),
  unitLabel = "",
  ranges = [],
  assessments = [],
  tolerance = null,
}: TrendChartProps) {
  const roving = useRovingFocus(selectedId);
  const xDomain = yearDomain(points);
  // An assessment's range, and an about figure's tolerance range, may reach past every stated
  // figure: the axis makes room for them.
  const axis = valueAxis(
    [
      ...points.map(axisExtent),
      ...assessments.map((a) => ({ low: a.low, high: a.high, qualifier: "between" as const })),
    ],
    scale,
    // The plot's height: the chart's less its top and bottom margins, the time axis and the padding.
    { whole, ceiling, length: height - PLOT_CHROME },
  );
  const yDomain = axis.domain;
  const yAxisWidth = valueAxisWidth(axis.ticks.map(format));
  const data = points.map((p) => ({ t: (p.start + p.end) / 2, v: trendMark(p, yDomain).anchor }));
  const side = { left: yLabel ? 16 : 8, right: 24 };
  // The time axis runs over the chart less its margins, the value axis and the padding before it.
  const axisLeft = side.left + yAxisWidth + X_PAD;
  const axisRight = width - side.right;
  const ticks = labelledTicks(
    timeTicks(xDomain),
    xDomain,
    axisRight - axisLeft,
    [...groupsOf(points)].map(([key, g]) => ({ key, t: g.t, count: g.members.length })),
    DODGE,
  );
  // The marks are placed before the legend is laid out, on recharts' linear axis: a lone claim moved
  // off its date draws a guide the legend must explain.
  const x = (t: number) => axisLeft + ((t - xDomain[0]) / (xDomain[1] - xDomain[0])) * (axisRight - axisLeft);
  const placement = placeClaims(points, { x, domain: xDomain, ticks });
  const legend = trendLegend({
    series: series.map((s, si) => ({ label: s.label, color: colorOfSeries(s, si) })),
    points,
    periods: series.some((s) => s.periods),
    guides: placement.guides.length > 0,
    ranges: ranges.length > 0,
    mostCorroborated: ranges.some((r) => r.most.length > 0),
    assessments: assessments.length > 0,
    tolerance,
    width,
    format,
  });
  const legendRoom = trendLegendHeight(legend);
  // On a phone the legend is a long single column: above the plot it pushed the points more than a
  // screen down (an outside review), so there it goes under the time axis. Exports are wider.
  const legendBelow = width < LEGEND_BELOW_WIDTH;
  const margin = {
    ...side,
    top: 10 + (legendBelow ? 0 : legendRoom),
    bottom: 24 + (legendBelow ? legendRoom : 0),
  };
  return (
    <>
      <ComposedChart
        width={width}
        height={height + legendRoom}
        data={data}
        margin={margin}
        title={title}
        // A group, not an img (its points are buttons); no recharts accessibility layer (a stray Tab stop).
        role="group"
        aria-roledescription="chart"
        aria-label={title}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#dddddd" />
        <XAxis
          type="number"
          dataKey="t"
          domain={xDomain}
          ticks={ticks}
          interval={0}
          allowDataOverflow
          padding={{ left: X_PAD }}
          tickFormatter={timeLabel}
          stroke="#333333"
        />
        <YAxis
          type="number"
          width={yAxisWidth}
          dataKey="v"
          scale={scale}
          domain={[yDomain.min, yDomain.max]}
          ticks={axis.ticks}
          interval={0}
          allowDataOverflow
          padding={{ bottom: Y_PAD }}
          tickFormatter={format}
          stroke="#333333"
          label={
            yLabel
              ? {
                  value: scale === "log" ? `${yLabel} (log scale)` : yLabel,
                  angle: -90,
                  position: "insideLeft",
                  offset: -2,
                  style: { textAnchor: "middle", fill: "#333333", fontSize: 12 },
                }
              : undefined
          }
        />
        {/* Gives the axes their data and draws nothing: its symbols, at each claim's date, sat above
          the marks and took the clicks of a claim slid onto that spot. */}
        <Scatter dataKey="v" shape={noSymbol} isAnimationActive={false} legendType="none" />
        <TrendLayer
          points={points}
          series={series}
          yDomain={yDomain}
          selectedId={selectedId}
          onSelect={onSelect}
          format={format}
          unitLabel={unitLabel}
          ranges={ranges}
          assessments={assessments}
          legend={legend}
          legendBelow={legendBelow}
          roving={roving}
          placement={placement}
        />
      </ComposedChart>
      {onSelect && roving.hint}
    </>
  );
}
