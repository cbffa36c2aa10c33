import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { TrendMetricNotice } from "./TrendMetricNotice.js";

describe("TrendMetricNotice", () => {
  afterEach(cleanup);

  it("says a metric no claim measures has no claims, in Discrepancies' words, by its label", () => {
    // An outside audit: view=trends&metric=empty_metric said "Every claim about Metric with no
    // claims is about an event without a date", of a metric with no claim at all.
    render(
      <TrendMetricNotice
        missing={{ reason: "empty", metric: "empty_metric", label: "Metric with no claims" }}
        version="1.0.0"
      />,
    );
    const notice = screen.getByTestId("unknown-metric");
    expect(notice.querySelector("strong")?.textContent).toBe(
      "No claim about Metric with no claims in release 1.0.0",
    );
    expect(notice.textContent).toContain(
      "The release has the metric, but no claim measures it. Choose a metric above.",
    );
    expect(notice.textContent).not.toContain("without a date");
  });

  it("still names an unknown id and a metric whose claims are all undated", () => {
    const { rerender } = render(
      <TrendMetricNotice missing={{ reason: "unknown", metric: "garbage" }} version="1.1.0" />,
    );
    expect(screen.getByTestId("unknown-metric").querySelector("strong")?.textContent).toBe(
      "No metric “garbage” in release 1.1.0",
    );
    rerender(
      <TrendMetricNotice
        missing={{ reason: "undated", metric: "deaths", label: "Deaths" }}
        version="1.1.0"
      />,
    );
    expect(screen.getByTestId("unknown-metric").textContent).toContain(
      "Every claim about Deaths is about an event without a date",
    );
  });
});
