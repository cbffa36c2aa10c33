import type { Summary } from "../measure/stats.js";
import type { Measurement } from "./benchRecord.js";

export interface MeasurementInput {
  name: string;
  part: Measurement["part"];
  profile: Measurement["profile"];
  size: string;
  claims: number | null;
  unit: string;
  summary: Summary;
  target?: Measurement["target"];
  reference?: { name: string; summary: Summary; unit: string };
  note?: string;
}

/** A measurement with its ratio to the reference and whether it meets its target. */
export function measurement(input: MeasurementInput): Measurement {
  const { summary, reference } = input;
  const ratio = reference && reference.summary.median > 0 ? summary.median / reference.summary.median : null;
  const target = input.target ?? null;
  let status: Measurement["status"] = "no target";
  if (target) {
    const value = target.on === "ratio" ? ratio : summary.median;
    if (value !== null) status = value <= target.max ? "met" : "missed";
  }
  return {
    name: input.name,
    part: input.part,
    profile: input.profile,
    size: input.size,
    claims: input.claims,
    median: summary.median,
    min: summary.min,
    max: summary.max,
    runs: summary.runs,
    unit: input.unit,
    target,
    reference: reference
      ? {
          name: reference.name,
          median: reference.summary.median,
          min: reference.summary.min,
          max: reference.summary.max,
          unit: reference.unit,
        }
      : null,
    ratio,
    status,
    ...(input.note ? { note: input.note } : {}),
  };
}
