import { describe, expect, it } from "vitest";
import { metricSchema } from "../schema/metric.js";
import { type FigureShape, guessMetric, metricKeywords } from "./guessMetric.js";

const metric = (id: string, unit: string, kind: string) =>
  metricSchema.parse({ metric: id, unit, kind, description: id });
const METRICS = [
  metric("detained_persons", "persons", "count"),
  metric("officials_dispatched", "persons", "count"),
  metric("detention_group_size", "persons", "size"),
  metric("border_closure_years", "years", "duration"),
];
const COUNT: FigureShape = { percent: false, durationUnit: null };
const guess = (sentence: string, shape = COUNT) => guessMetric(sentence, shape, METRICS)?.metric ?? null;

describe("guessMetric", () => {
  it("takes its keywords from the metric id, less the words for units and kinds", () => {
    expect(METRICS.map(metricKeywords)).toEqual([
      ["detai"],
      ["offic", "dispa"],
      ["deten", "group"],
      ["borde", "closu"],
    ]);
  });

  it("guesses a metric only when the sentence uses all its keywords", () => {
    expect(guess("Police detained about 60 people.")).toBe("detained_persons");
    expect(guess("About 10 other officials were caught.")).toBeNull();
    expect(guess("Dozens of officials were dispatched.")).toBe("officials_dispatched");
  });

  it("names the sentence's words that met the keywords, not the keywords' stems", () => {
    expect(guessMetric("Those Detained are held in groups in detention centres.", COUNT, METRICS)).toEqual({
      metric: "detention_group_size",
      keywords: ["deten", "group"],
      words: ["detention", "groups"],
    });
  });

  it("prefers the metric with more keywords met, and gives up on a tie", () => {
    expect(guess("Those detained are held in groups of 10 to 30 in detention centres.")).toBe(
      "detention_group_size",
    );
    expect(
      guessMetric("Officials detained 60.", COUNT, [...METRICS, metric("officials", "persons", "count")]),
    ).toBeNull();
  });

  it("matches a duration only to a duration metric in its unit", () => {
    const years: FigureShape = { percent: false, durationUnit: "years" };
    expect(guess("The border closure lasted three years.", years)).toBe("border_closure_years");
    expect(guess("The border closure lasted 15 days.", { percent: false, durationUnit: "days" })).toBeNull();
    expect(guess("The border closure kept 200 people out.")).toBeNull();
  });

  it("matches a figure a compound modifier measures ('a million-dollar fine') only to a metric in its unit", () => {
    const dollars: FigureShape = { percent: false, durationUnit: null, measure: "dollar" };
    expect(guess("Police detained them for a million-dollar fine.", dollars)).toBeNull();
    expect(
      guessMetric("Million-dollar fines for the detained.", dollars, [
        ...METRICS,
        metric("detained_fines", "dollars", "count"),
      ])?.metric,
    ).toBe("detained_fines");
  });
});
