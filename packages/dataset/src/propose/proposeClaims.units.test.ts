import { describe, expect, it } from "vitest";
import { metricSchema } from "../schema/metric.js";
import { proposeClaims } from "./proposeClaims.js";

const metric = (id: string, unit: string, kind: string) =>
  metricSchema.parse({ metric: id, unit, kind, description: id });
const METRICS = [metric("defectors_persons", "persons", "count"), metric("walked_km", "km", "count")];
const propose = (text: string) => proposeClaims(text, { sourceId: "s-test", metrics: METRICS });

// An outside audit: distances, weights and sums were proposed as bare counts.
describe("proposeClaims: a figure in a unit of distance, weight or money", () => {
  it.each([
    ["The defectors walked 200 km to the border.", "200", "km", "walked_km"],
    ["The defectors carried 40 kilograms each.", "40", "kilograms", null],
    ["The defectors paid 2,000 yuan to brokers.", "2,000", "yuan", null],
    ["The defectors paid $8,000 to brokers.", "8,000", "dollars", null],
  ])("names the unit and guesses no count of persons: %j", (text, figure, unit, guessed) => {
    const [p] = propose(text);
    expect(p?.figure_text).toBe(figure);
    expect(p?.notes).toContain(`a figure in ${unit}, not a count`);
    expect(p?.metric).toBe(guessed);
  });

  it("leaves a count of persons a count", () => {
    const [p] = propose("About 200 defectors were caught.");
    expect(p?.notes).not.toContain("not a count");
    expect(p?.metric).toBe("defectors_persons");
  });
});
