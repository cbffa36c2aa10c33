import { createElement } from "react";
import type { LegendItem } from "./exportMeta.js";
import { legendMarkShapes } from "./legendMarks.js";

const LIST_STYLE = {
  display: "flex",
  flexWrap: "wrap",
  gap: "6px 16px",
  listStyle: "none",
  margin: "8px 0 0",
  padding: 0,
  fontSize: "0.85rem",
} as const;

/**
 * A chart's legend on screen: the entries its exported image draws, each mark drawn with the same
 * shapes, so the page never names a mark the chart does not have (it used to list "Not rated" and
 * "arrow = open-ended" under a chart of three exact figures). Nothing when there are no entries.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="tally-chart-legend" aria-label="Chart legend" style={LIST_STYLE}>
      {items.map((item) => (
        <li key={`${item.kind}:${item.label}`} data-legend-kind={item.kind}>
          <svg
            className="tally-legend-mark"
            width={18}
            height={12}
            viewBox="0 0 18 12"
            aria-hidden="true"
            style={{ verticalAlign: "-1px", marginRight: 6 }}
          >
            {/* A mark's shapes never change order: their index is their key. */}
            {legendMarkShapes(item).map((shape, i) => createElement(shape.tag, { key: i, ...shape.attrs }))}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
