import { LEGEND_LINE, LEGEND_TEXT_X, type TrendLegendEntry, type TrendLegendMarker } from "./trendLegend.js";
import type { TrendMark } from "./trendMark.js";

/** One claim's mark in pixels: `yLow`/`yHigh` are the bar's ends (or the dot's y when it has none). */
export function MarkShape({
  mark,
  cx,
  yLow,
  yHigh,
  cy,
  color,
  tolerance,
}: {
  mark: TrendMark;
  cx: number;
  yLow: number;
  yHigh: number;
  cy: number;
  color: string;
  /** The tolerance bar's tooltip: "read as 180–220 (the validator's tolerance)". */
  tolerance: string | null;
}) {
  const bar = mark.bar;
  return (
    <>
      {bar?.kind === "range" && (
        <rect
          className="tally-range-bar"
          x={cx - 3}
          width={6}
          y={yHigh}
          height={Math.max(2, yLow - yHigh)}
          fill={color}
          fillOpacity={0.35}
          stroke={color}
          strokeWidth={1.5}
        />
      )}
      {bar?.kind === "tolerance" && (
        <rect
          className="tally-tolerance"
          x={cx - 4}
          width={8}
          y={yHigh}
          height={Math.max(2, yLow - yHigh)}
          fill={color}
          fillOpacity={0.15}
          stroke={color}
          strokeWidth={1.5}
          strokeDasharray="3 2"
        >
          {tolerance && <title>{tolerance}</title>}
        </rect>
      )}
      {bar?.kind === "open" && (
        <line
          x1={cx}
          x2={cx}
          y1={yLow}
          y2={yHigh}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={mark.hollow ? "3 2" : undefined}
        />
      )}
      {mark.capLow && <line x1={cx - 5} x2={cx + 5} y1={yLow} y2={yLow} stroke={color} strokeWidth={2} />}
      {mark.capHigh && <line x1={cx - 5} x2={cx + 5} y1={yHigh} y2={yHigh} stroke={color} strokeWidth={2} />}
      {mark.arrowUp && (
        <path d={`M${cx - 5},${yHigh + 8} L${cx},${yHigh - 3} L${cx + 5},${yHigh + 8} Z`} fill={color} />
      )}
      {mark.arrowDown && (
        <path d={`M${cx - 5},${yLow - 8} L${cx},${yLow + 3} L${cx + 5},${yLow - 8} Z`} fill={color} />
      )}
      {mark.dot !== null && (
        <circle
          className="tally-stated"
          cx={cx}
          cy={cy}
          r={4.5}
          fill={mark.hollow ? "#ffffff" : color}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={mark.hollow ? "2.5 1.5" : undefined}
        />
      )}
    </>
  );
}

const GREY = "#555555";

/** A legend entry's marker in a 14 × 14 box whose top left is (0, `top`): drawn as the chart draws it. */
export function LegendMarker({
  marker,
  color,
  top,
}: {
  marker: TrendLegendMarker;
  color?: string;
  top: number;
}) {
  const cy = top + 5;
  switch (marker) {
    case "swatch":
      return <rect width={10} height={10} y={top} fill={color ?? GREY} />;
    case "hollow":
      return (
        <circle cx={6} cy={cy} r={4} fill="#ffffff" stroke={GREY} strokeWidth={2} strokeDasharray="2.5 1.5" />
      );
    case "tolerance":
      return (
        <g>
          <rect
            x={2}
            width={8}
            y={top - 3}
            height={16}
            fill={GREY}
            fillOpacity={0.15}
            stroke={GREY}
            strokeDasharray="3 2"
          />
          <circle cx={6} cy={cy} r={3} fill="#ffffff" stroke={GREY} strokeWidth={1.5} />
        </g>
      );
    case "bar":
      return (
        <rect
          x={3}
          width={6}
          y={top - 3}
          height={16}
          fill={GREY}
          fillOpacity={0.35}
          stroke={GREY}
          strokeWidth={1.5}
        />
      );
    case "arrow":
      return (
        <g>
          <line x1={6} x2={6} y1={top + 12} y2={top} stroke={GREY} strokeWidth={2} />
          <path d={`M1,${top + 5} L6,${top - 4} L11,${top + 5} Z`} fill={GREY} />
        </g>
      );
    case "guide":
      return <line x1={6} x2={6} y1={top - 3} y2={top + 13} stroke="#777777" strokeDasharray="2 3" />;
    case "period":
      return <rect width={12} height={12} y={top - 1} fill={GREY} fillOpacity={0.15} />;
    case "span":
      return <line x1={0} x2={12} y1={cy} y2={cy} stroke={GREY} strokeWidth={2} strokeOpacity={0.45} />;
    case "reconciled":
      return (
        <rect
          width={12}
          height={12}
          y={top - 1}
          fill={GREY}
          fillOpacity={0.13}
          stroke={GREY}
          strokeOpacity={0.8}
          strokeDasharray="3 2"
        />
      );
    case "most":
      return (
        <g>
          <rect x={2} width={10} height={12} y={top - 1} fill={GREY} fillOpacity={0.3} />
          <rect width={4} height={12} y={top - 1} fill={GREY} />
        </g>
      );
    case "diamond":
      return <path d={`M6,${cy - 6} L12,${cy} L6,${cy + 6} L0,${cy} Z`} fill="#111111" />;
  }
}

/** The legend above the plot: each entry's marker, then its wrapped lines. */
export function Legend({ entries, x, y }: { entries: readonly TrendLegendEntry[]; x: number; y: number }) {
  let line = 0;
  return (
    <g className="tally-legend" transform={`translate(${x}, ${y})`}>
      {entries.map((e) => {
        const top = line * LEGEND_LINE;
        line += e.lines.length;
        return (
          <g key={`${e.marker}:${e.lines.join(" ")}`} data-legend={e.marker}>
            <LegendMarker marker={e.marker} color={e.color} top={top - 1} />
            <text
              x={LEGEND_TEXT_X}
              y={top + 8}
              fontSize={11}
              fill={e.marker === "swatch" ? "#111111" : "#333333"}
            >
              {e.lines.map((l, i) => (
                <tspan
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one entry, in order, never reordered.
                  key={i}
                  x={LEGEND_TEXT_X}
                  dy={i === 0 ? 0 : LEGEND_LINE}
                >
                  {/* A wrapped line ends in a space, so the entry's text reads as one sentence. */}
                  {i < e.lines.length - 1 ? `${l} ` : l}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
