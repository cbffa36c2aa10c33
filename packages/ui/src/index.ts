/**
 * @tally/ui — React pieces for Tally views: range layout (pure), verdict and reading colours,
 * charts, claim evidence, tables, and the export helpers (SVG/PNG with attribution, CSV safe for
 * spreadsheets). Knows nothing of DuckDB or where the data comes from.
 */

export {
  balanceIsolates,
  FSI,
  isolateName,
  isolateRuns,
  PDI,
  withoutIsolates,
} from "./bidi.js";
export type { ChartFrameProps, ExportableChartProps } from "./ChartFrame.js";
export { ChartFrame } from "./ChartFrame.js";
export { CHART_FONT } from "./chartFont.js";
export { rangeChartLegend, toleranceBandText } from "./chartLegend.js";
export { escapeCell, toCsv } from "./csv.js";
export type { Column, DataTableProps, SortDir } from "./DataTable.js";
export { DataTable } from "./DataTable.js";
export type { DodgeItem } from "./dodge.js";
export { dodgeSlots, spreadGroups } from "./dodge.js";
export { downloadBlob, EXPORT_NAME_MAX, exportStem, type KeptEnd, shortTag } from "./download.js";
export type { EvidencePanelProps } from "./EvidencePanel.js";
export { EvidencePanel } from "./EvidencePanel.js";
export type { ExportFile, TableDownload, TableFiles } from "./exportFiles.js";
export { downloadTableFiles, RELEASE_COLUMN, tableFiles, zipTableFiles } from "./exportFiles.js";
export type { Citation, ExportMeta, LegendItem } from "./exportMeta.js";
export { svgToPng } from "./exportPng.js";
export { buildExportSvg, wrapText } from "./exportSvg.js";
export { type ExportColumn, exportCsv } from "./exportTable.js";
export { chartNumberFormat, withUnit } from "./figureUnit.js";
export { focusHeading } from "./focusHeading.js";
export type { RangeBand, RangeChartProps, RangeRow } from "./RangeChart.js";
export { figureLabel, RangeChart } from "./RangeChart.js";
export type { RangeDomain, RangeGeometry, RangeInput, RangeQualifier } from "./rangeLayout.js";
export { layoutRange, niceCeil, rangeDomain, rangeLabel } from "./rangeLayout.js";
export type { CommonRange } from "./readingLayout.js";
export { commonRangeLabel } from "./readingLayout.js";
export type { ReadingStyle } from "./readingStyles.js";
export { readingLetter, readingStyle, SPANNING_STYLE } from "./readingStyles.js";
export { safeHttpUrl } from "./safeUrl.js";
export type {
  TrendAssessment,
  TrendChartProps,
  TrendPoint,
  TrendRange,
  TrendSeries,
} from "./TrendChart.js";
export { RECONCILED_LABEL, TrendChart } from "./TrendChart.js";
export { timeLabel, timeTicks, yearDomain, yearLabel, yearTicks } from "./timeAxis.js";
export { tolerancePercent } from "./tolerancePercent.js";
export type { ToleranceRange } from "./trendMark.js";
export { useMediaQuery } from "./useMediaQuery.js";
export type { ValueAxis, ValueScale } from "./valueAxis.js";
export { valueAxis } from "./valueAxis.js";
export type { VerdictKey, VerdictStyle } from "./verdictColors.js";
export { OKABE_ITO, SERIES_COLORS, seriesColor, VERDICT_STYLES, verdictStyle } from "./verdictColors.js";
