import { Fragment, useId } from "react";
import { CartesianGrid, ComposedChart, Scatter, usePlotArea, XAxis, YAxis } from "recharts";
import { LETTER_SIZE, visibleLetters } from "./bandLetters.js";
import { CHART_FONT } from "./chartFont.js";
import { notoSansEstimate } from "./measureText.js";
import { LETTER_STRIP, LINE_HEIGHT, type RangeChartLayout, rangeChartLayout } from "./rangeChartLayout.js";
import { layoutRange, type RangeDomain, type RangeQualifier, rangeLabel } from "./rangeLayout.js";
import { bandSpan, commonRangeLabel } from "./readingLayout.js";
import { ChartMark, type RovingFocus, useRovingFocus } from "./rovingFocus.js";
import { valueAxis } from "./valueAxis.js";
import { placeValueLabel } from "./valueLabel.js";
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
  /** A vague claim's own words ("Hundreds"), printed before its bound in the label (`rangeLabel`). */
  vagueWords?: string | null;
  verdict: string | null;
  /** Drawn in this colour instead of the verdict's (a claim coloured by its reading). */
  color?: string;
  /** Stroke pattern instead of the verdict's. */
  dash?: string;
  /** Named after the figure instead of the verdict ("reading A"), in the label and accessible name. */
  tag?: string;
  /** Rows are grouped in the order given; a new non-empty section starts with this heading. */
  section?: string;
  /**
   * An `about` figure's tolerance range: the interval the validator read it as (180–220 for
   * "about 200" at 10%), drawn as a band with the stated figure marked on it.
   */
  interval?: { low: number; high: number } | undefined;
}

/** One reading's common range, shaded behind the rows and labelled with its support. */
export interface RangeBand {
  id: string;
  /** "A": the lowest reading; drawn in the band and starting its label. Empty for a group's only reading. */
  letter: string;
  low: number | null;
  high: number | null;
  low_open?: boolean;
  high_open?: boolean;
  /** Who stands behind it, long and short: "Daily NK · 3 claims, 2 independent origins". */
  text: string;
  shortText: string;
  color: string;
  /** Hatch angle in degrees: bands differ in pattern as well as colour. */
  hatch: number;
  /** The most corroborated reading (each one of a tie): drawn with a solid edge and named so. */
  emphasis?: boolean;
}

export interface RangeChartProps {
  rows: readonly RangeRow[];
  /** Accessible name of the chart (also its export title). */
  title: string;
  width?: number;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  format?: (n: number) => string;
  /** The readings' common ranges, drawn as shaded bands behind the bars. */
  bands?: readonly RangeBand[];
  /** The envelope of the readings, drawn as a bracket above them with this label. */
  envelope?: { low: number | null; high: number | null; label: string } | null;
  /** The value axis's title: the metric's label and unit ("Repatriated persons (persons)"). */
  axisLabel?: string;
  /** The figures count persons or things: the axis ticks whole numbers only (no 2.5 persons). */
  whole?: boolean;
  /** The most a figure's unit allows (a percentage's 100): an open upper end is drawn to it. */
  ceiling?: number | undefined;
}

/**
 * A backing in the chart's background colour behind every label: the stroke is painted first, 3 px
 * past each glyph, so a band's edge, its hatching or a grid line stops short of the letters
 * instead of running through them ("at least 1|00", a heading crossed by reading A's edges). At
 * 1.5 px the lines still showed between and inside the glyphs.
 */
const HALO = { stroke: "#ffffff", strokeWidth: 6, strokeLinejoin: "round", paintOrder: "stroke" } as const;
/** The labels' type size, which `placeValueLabel` measures with. */
const LABEL_SIZE = 12;

/** "about 200 (180–220)" for an about figure with its tolerance range, else the figure's short label. */
export function figureLabel(row: RangeRow, format: (n: number) => string): string {
  const label = rangeLabel(row, format);
  return row.interval ? `${label} (${format(row.interval.low)}–${format(row.interval.high)})` : label;
}

function fullLabel(row: RangeRow): string {
  return row.detail ? `${row.label} · ${row.detail}` : row.label;
}

function rowStyle(row: RangeRow) {
  const style = verdictStyle(row.verdict);
  return {
    color: row.color ?? style.color,
    dash: row.color ? row.dash : (row.dash ?? style.dash),
    tag: row.tag ?? style.label,
  };
}

/** Lines of text at one place: the first `bold` of them in bold. */
function Lines({
  x,
  y,
  lines,
  anchor = "start",
  bold = 0,
  className,
}: {
  x: number;
  y: number;
  lines: readonly string[];
  anchor?: "start" | "end";
  bold?: number;
  className?: string;
}) {
  return (
    <text
      className={className}
      x={x}
      y={y}
      textAnchor={anchor}
      dominantBaseline="middle"
      fontSize={LABEL_SIZE}
      fill="#111111"
      {...HALO}
    >
      {lines.map((line, i) => (
        <Fragment
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order, never reordered; two may read alike ("Daily NK").
          key={`${i}:${line}`}
        >
          <tspan x={x} dy={i === 0 ? 0 : LINE_HEIGHT} fontWeight={i < bold ? 600 : 400}>
            {line}
          </tspan>
          {/* A space after each line, in a chunk of its own at the line's anchor so it moves no line:
              without it the row's text reads "NorthKorea" or "China200–300" (screen readers, axe's
              name check). */}
          <tspan className="tally-space" x={x} dy={0}>
            {" "}
          </tspan>
        </Fragment>
      ))}
    </text>
  );
}

function hatchId(prefix: string, band: RangeBand): string {
  return `${prefix}-hatch-${band.id}`;
}

/** The readings' bands behind the rows, and their labels and the envelope above them. */
function BandLayer({
  bands,
  layout,
  domain,
  idPrefix,
  format,
}: {
  bands: readonly RangeBand[];
  layout: RangeChartLayout;
  domain: RangeDomain;
  idPrefix: string;
  format: (n: number) => string;
}) {
  const plot = usePlotArea();
  if (!plot) return null;
  const x = (v: number) => plot.x + ((v - domain.min) / (domain.max - domain.min || 1)) * plot.width;
  const env = layout.envelope;
  // Each band's place once, for its shading and for its letter.
  const placed = bands.map((b) => {
    const span = bandSpan(b, domain);
    const x0 = x(span.start);
    const w = Math.max(3, x(span.end) - x0);
    return { b, span, x0, w, id: b.id, letter: b.letter, x: x0 + w / 2 };
  });
  const letters = visibleLetters(placed);
  return (
    <g className="tally-band-layer">
      <defs>
        {bands.map((b) => (
          <pattern
            key={b.id}
            id={hatchId(idPrefix, b)}
            width={7}
            height={7}
            patternUnits="userSpaceOnUse"
            patternTransform={`rotate(${b.hatch})`}
          >
            <line x1={0} y1={0} x2={0} y2={7} stroke={b.color} strokeWidth={1.5} strokeOpacity={0.45} />
          </pattern>
        ))}
      </defs>
      {placed.map(({ b, span, x0, w }) => {
        const edge = { stroke: b.color, strokeWidth: b.emphasis ? 2 : 1.25 };
        const name = `${b.letter ? `Reading ${b.letter}: common range` : "Common range"} ${commonRangeLabel(b, format)}, ${b.text}${b.emphasis ? ", most corroborated" : ""}`;
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a <g> is not interactive; role img because an aria-label on a bare <g> is no name at all (an outside audit's axe run).
          <g key={b.id} className="tally-reading-band" data-reading={b.id} role="img" aria-label={name}>
            <title>{name}</title>
            <rect x={x0} y={plot.y} width={w} height={plot.height} fill={b.color} fillOpacity={0.1} />
            <rect x={x0} y={plot.y} width={w} height={plot.height} fill={`url(#${hatchId(idPrefix, b)})`} />
            {!span.openLow && (
              <line
                x1={x0}
                x2={x0}
                y1={plot.y}
                y2={plot.y + plot.height}
                {...edge}
                strokeDasharray={b.emphasis ? undefined : "4 3"}
              />
            )}
            {!span.openHigh && (
              <line
                x1={x0 + w}
                x2={x0 + w}
                y1={plot.y}
                y2={plot.y + plot.height}
                {...edge}
                strokeDasharray={b.emphasis ? undefined : "4 3"}
              />
            )}
          </g>
        );
      })}
      {/* Over every band, not inside its own: a later band's edges and hatching were drawn across
          an earlier band's letter. Each band's name already says its letter. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> of text takes no focus; hidden because each band's own name says its letter. */}
      <g className="tally-reading-letters" aria-hidden="true">
        {letters.map(({ id, letter, x: at }) => (
          <text
            key={id}
            x={at}
            y={plot.y + LETTER_STRIP / 2 + 1}
            textAnchor="middle"
            dominantBaseline="middle"
            fontSize={LETTER_SIZE}
            fontWeight={700}
            fill="#111111"
            {...HALO}
          >
            {letter}
          </text>
        ))}
      </g>
      {env && (
        <g className="tally-envelope">
          <Lines x={env.text.x} y={env.text.y} lines={env.text.lines} />
          <line x1={env.x0} x2={env.x1} y1={env.y} y2={env.y} stroke="#111111" strokeWidth={1.5} />
          {!env.openLow && (
            <line x1={env.x0} x2={env.x0} y1={env.y} y2={env.y + 7} stroke="#111111" strokeWidth={1.5} />
          )}
          {!env.openHigh && (
            <line x1={env.x1} x2={env.x1} y1={env.y} y2={env.y + 7} stroke="#111111" strokeWidth={1.5} />
          )}
          {env.openHigh && (
            <path d={`M${env.x1},${env.y - 4} L${env.x1 + 8},${env.y} L${env.x1},${env.y + 4} Z`} />
          )}
          {env.openLow && (
            <path d={`M${env.x0},${env.y - 4} L${env.x0 - 8},${env.y} L${env.x0},${env.y + 4} Z`} />
          )}
        </g>
      )}
      {bands.map((b) => {
        const label = layout.bandLabels.get(b.id);
        if (!label) return null;
        return (
          <g key={`label-${b.id}`} className="tally-band-label" data-reading={b.id}>
            <rect
              x={label.x}
              y={label.y - 6}
              width={12}
              height={12}
              fill={b.color}
              fillOpacity={0.25}
              stroke={b.color}
              strokeWidth={b.emphasis ? 2 : 1.25}
            />
            <rect x={label.x} y={label.y - 6} width={12} height={12} fill={`url(#${hatchId(idPrefix, b)})`} />
            <Lines x={label.x + 18} y={label.y} lines={label.lines} />
          </g>
        );
      })}
    </g>
  );
}

function RangeLayer({
  rows,
  layout,
  domain,
  selectedId,
  onSelect,
  format,
  roving,
}: {
  rows: readonly RangeRow[];
  layout: RangeChartLayout;
  domain: RangeDomain;
  selectedId: string | null;
  onSelect: ((id: string) => void) | undefined;
  format: (n: number) => string;
  roving: RovingFocus;
}) {
  const plot = usePlotArea();
  if (!plot || rows.length === 0) return null;
  // The keyboard's order: the rows top to bottom, section by section.
  const order = layout.slots.flatMap((s) => (s.kind === "heading" ? [] : [s.id]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const x = (v: number) => plot.x + ((v - domain.min) / (domain.max - domain.min || 1)) * plot.width;
  return (
    <g className="tally-range-layer">
      {!layout.compact && (
        <line
          className="tally-label-axis"
          x1={plot.x}
          x2={plot.x}
          y1={plot.y}
          y2={plot.y + plot.height}
          stroke="#333333"
        />
      )}
      {layout.slots.map((slot) => {
        if (slot.kind === "heading")
          return (
            <g key={`heading-${slot.text}`} className="tally-row-heading">
              <line
                x1={8}
                x2={layout.width - 8}
                y1={plot.y + slot.top + 4}
                y2={plot.y + slot.top + 4}
                stroke="#777777"
                strokeWidth={1}
              />
              {/* A ground, as under a compact row's label: at 390 px the reading bands span the
                  heading's width, and their edges ran between its letters (an outside review). */}
              <rect
                className="tally-label-ground"
                x={6}
                y={plot.y + slot.top + 20 - LABEL_SIZE}
                // The estimate is of regular weight; the heading's semibold runs up to 8% wider.
                width={Math.max(...slot.lines.map((l) => notoSansEstimate(l, LABEL_SIZE))) * 1.08 + 4}
                height={slot.lines.length * LINE_HEIGHT + 4}
                fill="#ffffff"
                rx={2}
              />
              <text
                x={8}
                y={plot.y + slot.top + 20}
                fontSize={LABEL_SIZE}
                fontWeight={600}
                fill="#111111"
                {...HALO}
              >
                {slot.lines.map((line, i) => (
                  <Fragment key={line}>
                    <tspan x={8} dy={i === 0 ? 0 : LINE_HEIGHT}>
                      {line}
                    </tspan>
                    {/* As after a row label's lines: wrapped at 390 px the heading read "counted
                        assupport for none" to a screen reader and in a copied SVG. */}
                    <tspan className="tally-space" x={8} dy={0}>
                      {" "}
                    </tspan>
                  </Fragment>
                ))}
              </text>
            </g>
          );
        const row = byId.get(slot.id)!;
        const geo = layoutRange(row, domain);
        const style = rowStyle(row);
        const cy = plot.y + slot.barY;
        const x0 = x(geo.start);
        const x1 = x(geo.end);
        const h = layout.compact ? 14 : Math.min(18, slot.height * 0.5);
        const selected = row.id === selectedId;
        const label = figureLabel(row, format);
        const tolerance = row.interval && geo.approximate ? row.interval : null;
        // Beside the mark, or above the bar when an open upper end leaves no room after it. The
        // compact layout writes the figure into the row's label instead.
        const above = !tolerance && !geo.point && geo.openHigh;
        const placed = layout.compact
          ? null
          : placeValueLabel({
              text: `${label} (${style.tag})`,
              after: tolerance
                ? Math.max(x0 + 12, x(tolerance.high) + 6)
                : geo.point
                  ? x0 + 12
                  : above
                    ? x0 + 4
                    : x1 + 14,
              before: Math.min(
                tolerance ? x(tolerance.low) - 6 : x0,
                geo.point ? x0 - 12 : geo.openLow ? x0 - 14 : x0 - 8,
              ),
              // The halo reaches 3 px past the glyphs: keep it inside the plot and the chart.
              left: plot.x + 4,
              right: layout.width - 4,
              above,
              measure: (s) => notoSansEstimate(s, LABEL_SIZE),
            });
        // Lines are centred on their y: several lines beside a bar are centred on it, and lines
        // above a bar end just clear of its top (halo included).
        const value = placed && {
          ...placed,
          y: above
            ? cy - h / 2 - 9 - (placed.lines.length - 1) * LINE_HEIGHT
            : cy - ((placed.lines.length - 1) * LINE_HEIGHT) / 2,
        };
        // The ring takes in a figure printed past the plot's right edge: a selected row's
        // "about 600 (540–660) (reading B)" ran out of its highlight (an outside review).
        const ringRight = Math.min(
          layout.width - 1,
          Math.max(
            plot.x + plot.width + 4,
            value && value.anchor === "start"
              ? value.x + Math.max(...value.lines.map((l) => notoSansEstimate(l, LABEL_SIZE))) + 4
              : 0,
          ),
        );
        return (
          <ChartMark
            key={row.id}
            roving={roving}
            markId={row.id}
            keyOrder={order}
            onActivate={onSelect}
            className="tally-range-row"
            data-claim-id={row.id}
            aria-pressed={selected}
            // The name holds the row's visible text (WCAG 2.5.3, axe's label-content-name-mismatch):
            // the compact layout's lines already carry the figure and its reading.
            aria-label={layout.compact ? slot.lines.join(" ") : `${fullLabel(row)}: ${label} (${style.tag})`}
          >
            <title>{fullLabel(row)}</title>
            <rect
              className="tally-focus-ring"
              x={layout.compact ? 4 : plot.x - 4}
              y={plot.y + slot.top + 2}
              width={layout.compact ? layout.width - 8 : ringRight - (plot.x - 4)}
              height={slot.height - 4}
              fill={selected ? "#f2f2f2" : "transparent"}
              fillOpacity={selected ? 0.7 : 1}
              stroke={selected ? "#111111" : "none"}
              strokeWidth={1}
              rx={4}
            />
            {layout.compact ? (
              <>
                {/* A ground under the label: the reading bands' edges ran through its words (an
                    outside review at 390 px); the halo alone left them between the letters. */}
                <rect
                  className="tally-label-ground"
                  x={plot.x - 2}
                  y={plot.y + slot.labelY - LINE_HEIGHT / 2 - 1}
                  width={Math.max(...slot.lines.map((l) => notoSansEstimate(l, LABEL_SIZE))) + 4}
                  height={slot.lines.length * LINE_HEIGHT + 2}
                  fill={selected ? "#f2f2f2" : "#ffffff"}
                  fillOpacity={0.85}
                  rx={2}
                />
                <Lines
                  className="tally-axis-label"
                  x={plot.x}
                  y={plot.y + slot.labelY}
                  lines={slot.lines}
                  bold={slot.bold}
                />
              </>
            ) : (
              <Lines
                className="tally-axis-label"
                x={plot.x - 10}
                y={plot.y + slot.labelY}
                lines={slot.lines}
                anchor="end"
                bold={slot.bold}
              />
            )}
            {tolerance && (
              <rect
                className="tally-tolerance"
                x={x(tolerance.low)}
                y={cy - h / 2}
                width={Math.max(2, x(tolerance.high) - x(tolerance.low))}
                height={h}
                fill={style.color}
                fillOpacity={0.18}
                stroke={style.color}
                strokeWidth={1.5}
                strokeDasharray="4 2"
              >
                <title>{`read as ${format(tolerance.low)}–${format(tolerance.high)} (the validator's tolerance)`}</title>
              </rect>
            )}
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
            {value && (
              <Lines
                className="tally-value-label"
                x={value.x}
                y={value.y}
                // The leading space keeps the figure apart from the row's label in the row's text
                // ("China 200–300", not "China200–300"; axe's label-content-name-mismatch reads
                // them joined): SVG drops it from the drawing.
                lines={value.lines.map((line, i) => (i === 0 ? ` ${line}` : line))}
                anchor={value.anchor}
              />
            )}
          </ChartMark>
        );
      })}
    </g>
  );
}

/**
 * One row per claim, its figure as a bar (or a point) on an axis shared by all rows, coloured by
 * its reading (or, in a group with one reading, by the validator's verdict). The readings' common
 * ranges are shaded behind the bars and labelled above them with their support, under a bracket
 * for the envelope. Open bounds end in an arrow; `about` figures are hollow and dashed.
 */
export function RangeChart({
  rows,
  title,
  width = 760,
  selectedId = null,
  onSelect,
  format = fmt,
  bands = [],
  envelope = null,
  axisLabel = "reported figure",
  whole = false,
  ceiling,
}: RangeChartProps) {
  const idPrefix = `r${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const roving = useRovingFocus(selectedId);
  // Ticks on round steps that end on the domain's edge (recharts' own put 450 beside 500).
  // A tolerance range can reach past the stated figure (220 for "about 200"): the axis covers it.
  const { domain, ticks } = valueAxis(
    rows.map((r) => (r.interval ? { ...r, high: Math.max(r.high ?? r.interval.high, r.interval.high) } : r)),
    "linear",
    { whole, ceiling },
  );
  const layout = rangeChartLayout({
    width,
    rows: rows.map((r) => ({
      id: r.id,
      label: r.label,
      detail: r.detail,
      section: r.section,
      figure: `${figureLabel(r, format)} · ${rowStyle(r).tag}`,
    })),
    bands,
    envelope,
    domain,
    format,
    axisLabel,
  });
  const data = rows.map((r) => ({ id: r.id, mid: layoutRange(r, domain).start }));
  return (
    <>
      <ComposedChart
        style={{ fontFamily: CHART_FONT }}
        layout="vertical"
        width={width}
        height={layout.height}
        data={data}
        margin={layout.margin}
        title={title}
        // A group, not an img: an img's parts are hidden from assistive technology, and the rows are
        // buttons. No accessibility layer: recharts' would make the svg itself a stray Tab stop.
        role="group"
        aria-roledescription="chart"
        aria-label={title}
        accessibilityLayer={false}
      >
        {/* Grid lines at the value ticks, placed here: recharts' own generators measure every tick
          label in the DOM first (one forced layout per claim id), the slowest step of the first
          chart, for lines whose place is already known. */}
        <CartesianGrid
          horizontal={false}
          horizontalCoordinatesGenerator={noLines}
          verticalCoordinatesGenerator={({ offset }) => gridLines(ticks, domain, offset)}
          stroke="#dddddd"
        />
        <XAxis
          type="number"
          domain={[domain.min, domain.max]}
          ticks={ticks}
          interval={0}
          allowDataOverflow
          tickFormatter={format}
          stroke="#333333"
          label={({ viewBox }: { viewBox?: AxisViewBox }) => (
            <AxisTitle viewBox={viewBox} lines={layout.axisLabelLines} />
          )}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={layout.labelCol}
          hide={layout.compact}
          allowDuplicatedCategory={false}
          interval={0}
          stroke="#333333"
          tick={false}
          // Drawn by RangeLayer under the rows instead: recharts paints its axes over every layer,
          // and the line ran through a section heading (an outside review).
          axisLine={false}
        />
        {/* A transparent series so the axes have data; the bars themselves are drawn by RangeLayer. */}
        <Scatter dataKey="mid" fill="transparent" isAnimationActive={false} legendType="none" />
        {(bands.length > 0 || envelope) && (
          <BandLayer bands={bands} layout={layout} domain={domain} idPrefix={idPrefix} format={format} />
        )}
        <RangeLayer
          rows={rows}
          layout={layout}
          domain={domain}
          selectedId={selectedId}
          onSelect={onSelect}
          format={format}
          roving={roving}
        />
      </ComposedChart>
      {onSelect && roving.hint}
    </>
  );
}

/** The box recharts gives an axis's label: the axis's own. */
type AxisViewBox = { x?: number; y?: number; width?: number; height?: number };

/**
 * The value axis's title under its ticks, in the lines the layout wrapped it to: recharts' label is
 * one line, and a long metric's was cut at both ends of the plot ("lly transferred … during the
 * operatio", an outside audit).
 */
function AxisTitle({ viewBox, lines }: { viewBox?: AxisViewBox | undefined; lines: readonly string[] }) {
  if (!viewBox || lines.length === 0) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  const centre = x + width / 2;
  return (
    <text
      className="axis-title"
      x={centre}
      y={y + height + 11}
      textAnchor="middle"
      fill="#333333"
      fontSize={12}
    >
      {lines.map((line, i) => (
        <Fragment key={line}>
          <tspan x={centre} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
          {/* Its wrapped lines are words of one title, not one word ("detainedduring"). */}
          <tspan className="tally-space" x={centre} dy={0}>
            {" "}
          </tspan>
        </Fragment>
      ))}
    </text>
  );
}

const noLines = () => [];

/** The x of each value tick in a plot area `offset.left` to `offset.left + offset.width`. */
function gridLines(
  ticks: readonly number[],
  domain: { min: number; max: number },
  offset: { left?: number; width?: number },
): number[] {
  const left = offset.left ?? 0;
  const width = offset.width ?? 0;
  const span = domain.max - domain.min;
  return span > 0 ? ticks.map((t) => left + ((t - domain.min) / span) * width) : [];
}

const numberFormat = new Intl.NumberFormat("en");
function fmt(n: number): string {
  return numberFormat.format(n);
}
