import type { ClaimView } from "@tally/dataset";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EvidencePanel } from "./EvidencePanel.js";

const claim: ClaimView = {
  claim_id: "c1",
  event_id: "e1",
  event_title: "Repatriation",
  event_date: "2023-10-09",
  event_date_precision: "day",
  event_date_inferred: false,
  event_date_end: null,
  category: "forced_repatriation",
  metric: "persons_repatriated",
  unit: "persons",
  metric_kind: "count",
  qualifier: "about",
  value_low: 600,
  value_high: 600,
  figure_text: "about 600",
  attributed_to: "<b>Activists</b>",
  attributed_kind: "ngo",
  first_reported_by: null,
  repeats_claim_id: null,
  base_claim_id: null,
  as_of: null,
  as_of_inferred: false,
  quote: '<img src=x onerror="alert(1)"> about 600 people',
  vague: false,
  source_id: "s1",
  outlet: "Outlet",
  via: null,
  source_title: "Title",
  author: null,
  published: "2023-10-11",
  published_precision: "day",
  published_inferred: true,
  url: "https://example.org/a",
  source_kind: "news",
};

afterEach(cleanup);

describe("EvidencePanel", () => {
  it("shows the quote and names as text, never as HTML", () => {
    const { container } = render(<EvidencePanel claim={claim} verdict="conflict" />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(claim.quote)).toBeTruthy();
    expect(container.textContent).toContain("<b>Activists</b>");
  });

  it("marks an inferred published date", () => {
    render(<EvidencePanel claim={claim} />);
    expect(screen.getByText("2023-10-11").parentElement?.textContent).toContain("(inferred)");
  });

  it("links an https url with noopener noreferrer", () => {
    render(<EvidencePanel claim={claim} />);
    const a = screen.getByRole("link");
    expect(a.getAttribute("href")).toBe("https://example.org/a");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("does not link a javascript: url", () => {
    const { container } = render(<EvidencePanel claim={{ ...claim, url: "javascript:alert(1)" }} />);
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toContain("not a web address");
  });
});
