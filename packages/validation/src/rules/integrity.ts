import { OPTIONAL_TABLES, type Unit } from "@tally/dataset";
import type { Finding } from "../finding.js";
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
 * Why an open-ended claim allows no value of its unit, or null: "more than 100" percent when 100
 * is the most there is, "fewer than 0" of anything (an outside review found both passing, and
 * implied counts and readings built on their empty intervals). Other qualifiers close their ends,
 * so a bound the unit allows is itself a value they allow.
 */
function emptyOpenEnd(unit: Unit, qualifier: string, low: number | null, high: number | null): string | null {
  if (qualifier === "more_than" && low !== null && unit.max !== null && low >= unit.max)
    return `"more than ${low}" leaves no value in ${unit.unit}, which lie between 0 and ${unit.max}`;
  if (qualifier === "fewer_than" && high !== null && high <= 0)
    return `"fewer than ${high}" leaves no value in ${unit.unit}, which cannot be negative`;
  return null;
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
    const { claims, metrics, assessments } = dataset.tables;
    const units = new Map(dataset.tables.units.map((u) => [u.unit, u]));
    const unitOf = new Map(metrics.map((m) => [m.metric, units.get(m.unit)]));
    /** A value's unit problem as a finding, `subject` in the order each table's findings print it. */
    const unitFinding = (
      problem: string,
      unit: Unit,
      column: string,
      v: number,
      where: Pick<Finding, "file" | "row" | "line">,
      subject: { metric: string; claim_ids?: string[] } | { event_id?: string; metric: string },
    ): Finding => ({
      rule: "integrity",
      severity: "error",
      message: `${column} ${v}: ${problem} (metric ${subject.metric})`,
      dataset: label,
      ...where,
      column,
      ...subject,
      details: { code: `unit/${unit.unit}` },
    });
    // Rows left out for another cell: each value that parsed is still judged by its metric's unit,
    // in its place among the loaded rows' (an outside review found a percent of 120 beside a bad
    // date reported only on the next run).
    const rejected = (table: "claims" | "assessments") => {
      const rows = dataset.rejected?.[table] ?? [];
      const file =
        table === "claims"
          ? tableFile(dataset, "claims")
          : datasetFile(dataset, OPTIONAL_TABLES.assessments.file);
      let next = 0;
      /** Judges the rejected rows read before `line`. */
      return (line: number): void => {
        for (; next < rows.length && rows[next]!.line < line; next++) {
          const { row, line: at, cells } = rows[next]!;
          const metric = cells.metric;
          const unit = metric === undefined ? undefined : unitOf.get(metric);
          if (metric === undefined || unit === undefined) continue;
          for (const column of table === "claims" ? BOUNDS : ASSESSED) {
            const cell = cells[column];
            if (cell === undefined) continue;
            const v = Number(cell);
            const problem = unitProblem(unit, v);
            if (problem === null) continue;
            const subject =
              table === "claims"
                ? { metric, ...(cells.claim_id === undefined ? {} : { claim_ids: [cells.claim_id] }) }
                : { ...(cells.event_id === undefined ? {} : { event_id: cells.event_id }), metric };
            emit(unitFinding(problem, unit, column, v, { file, row, line: at }, subject));
          }
        }
      };
    };
    const rejectedClaims = dataset.rejected?.claims ? rejected("claims") : null;
    const claimLines = dataset.locations.claims.line;
    for (let i = 0; i < claims.length; i++) {
      rejectedClaims?.(claimLines[i]!);
      const c = claims[i]!;
      const unit = unitOf.get(c.metric);
      if (unit === undefined) continue;
      let bad = false;
      for (const column of BOUNDS) {
        const v = c[column];
        if (v === null) continue;
        const problem = unitProblem(unit, v);
        if (problem) {
          bad = true;
          emit(
            unitFinding(problem, unit, column, v, locate(dataset, "claims", i), {
              metric: c.metric,
              claim_ids: [c.claim_id],
            }),
          );
        }
      }
      const empty = bad ? null : emptyOpenEnd(unit, c.qualifier, c.value_low, c.value_high);
      if (empty !== null) {
        const column = c.qualifier === "more_than" ? "value_low" : "value_high";
        emit(
          unitFinding(empty, unit, column, c[column]!, locate(dataset, "claims", i), {
            metric: c.metric,
            claim_ids: [c.claim_id],
          }),
        );
      }
    }
    rejectedClaims?.(Number.POSITIVE_INFINITY);
    const rejectedAssessments = rejected("assessments");
    for (let i = 0; i < assessments.length; i++) {
      const a = assessments[i]!;
      rejectedAssessments(dataset.locations.assessments.line[i]!);
      const unit = unitOf.get(a.metric);
      if (unit === undefined) continue;
      for (const column of ASSESSED) {
        const problem = unitProblem(unit, a[column]);
        if (problem)
          emit(
            unitFinding(problem, unit, column, a[column], assessmentSite(dataset, i, column), {
              event_id: a.event_id,
              metric: a.metric,
            }),
          );
      }
    }
    rejectedAssessments(Number.POSITIVE_INFINITY);
  },
});
