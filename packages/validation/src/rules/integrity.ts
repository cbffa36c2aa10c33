import { OPTIONAL_TABLES, type Unit } from "@tally/dataset";
import { assessmentSite, datasetFile, defineRule, locate, tableFile } from "../ruleContext.js";

const BOUNDS = ["value_low", "value_high"] as const;
/** An assessment's figures are of its metric's unit as much as a claim's are. */
const ASSESSED = ["low", "best", "high"] as const;

/**
 * What a value of a unit must be, as a phrase for the message, or null when it is fine: the unit's
 * row in units.csv says whether it counts whole things and what its largest value is.
 */
function unitProblem(unit: Unit, v: number): string | null {
  if (unit.whole)
    return Number.isInteger(v) && v >= 0
      ? null
      : `a count of ${unit.unit} must be a non-negative whole number`;
  if (unit.max !== null)
    return v >= 0 && v <= unit.max ? null : `a value in ${unit.unit} must lie between 0 and ${unit.max}`;
  return v >= 0 ? null : `a value in ${unit.unit} cannot be negative`;
}

/**
 * Broken data: every problem the loader located (schema, types, ids, references, hashes,
 * manifests) becomes an error where it was found; the checks that need the metric of a claim or
 * an assessment (whole non-negative counts, percentages within 0..100) are made here.
 */
export const integrity = defineRule({
  id: "integrity",
  title: "Rows, references, units, hashes and manifests are sound",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label } = ctx;
    for (const p of dataset.problems)
      emit({
        rule: "integrity",
        severity: "error",
        message: p.message,
        dataset: label,
        file: datasetFile(dataset, p.file),
        ...(p.row === null ? {} : { row: p.row }),
        ...(p.line === null ? {} : { line: p.line }),
        ...(p.column === null ? {} : { column: p.column }),
        details: { code: p.code },
      });
    const { claims, metrics } = dataset.tables;
    const units = new Map(dataset.tables.units.map((u) => [u.unit, u]));
    const unitOf = new Map(metrics.map((m) => [m.metric, units.get(m.unit)]));
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i]!;
      const unit = unitOf.get(c.metric);
      if (unit === undefined) continue;
      for (const column of BOUNDS) {
        const v = c[column];
        if (v === null) continue;
        const problem = unitProblem(unit, v);
        if (problem)
          emit({
            rule: "integrity",
            severity: "error",
            message: `${column} ${v}: ${problem} (metric ${c.metric})`,
            dataset: label,
            ...locate(dataset, "claims", i),
            column,
            metric: c.metric,
            claim_ids: [c.claim_id],
            details: { code: `unit/${unit.unit}` },
          });
      }
    }
    // Rows left out for another cell: a value that parsed is still judged by its metric's unit,
    // which an outside review found hidden until the next run (a percent of 120 beside a bad date).
    for (const table of ["claims", "assessments"] as const)
      for (const r of dataset.rejected?.[table] ?? []) {
        const metric = r.cells.metric;
        const unit = metric === undefined ? undefined : unitOf.get(metric);
        if (unit === undefined) continue;
        const claimId = r.cells.claim_id;
        for (const column of table === "claims" ? BOUNDS : ASSESSED) {
          const cell = r.cells[column];
          if (cell === undefined) continue;
          const v = Number(cell);
          const problem = unitProblem(unit, v);
          if (problem)
            emit({
              rule: "integrity",
              severity: "error",
              message: `${column} ${v}: ${problem} (metric ${metric})`,
              dataset: label,
              file:
                table === "claims"
                  ? tableFile(dataset, "claims")
                  : datasetFile(dataset, OPTIONAL_TABLES.assessments.file),
              row: r.row,
              line: r.line,
              column,
              metric,
              ...(table === "claims" && claimId !== undefined ? { claim_ids: [claimId] } : {}),
              ...(table === "assessments" && r.cells.event_id !== undefined
                ? { event_id: r.cells.event_id }
                : {}),
              details: { code: `unit/${unit.unit}` },
            });
        }
      }
    const { assessments } = dataset.tables;
    for (let i = 0; i < assessments.length; i++) {
      const a = assessments[i]!;
      const unit = unitOf.get(a.metric);
      if (unit === undefined) continue;
      for (const column of ASSESSED) {
        const problem = unitProblem(unit, a[column]);
        if (problem)
          emit({
            rule: "integrity",
            severity: "error",
            message: `${column} ${a[column]}: ${problem} (metric ${a.metric})`,
            dataset: label,
            ...assessmentSite(dataset, i, column),
            event_id: a.event_id,
            metric: a.metric,
            details: { code: `unit/${unit.unit}` },
          });
      }
    }
  },
});
