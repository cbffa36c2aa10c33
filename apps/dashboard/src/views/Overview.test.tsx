import type { ReleaseSummary } from "@tally/dataset";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { type Release, ReleaseContext } from "../data.js";
import type { Session } from "../duckdb/session.js";
import { renderView, TEST_RELEASE } from "../testing/renderView.js";
import { Overview } from "./Overview.js";

const session: Session = { query: async () => [], claims: async () => [], bundle: {} as Session["bundle"] };

function renderOverview(validation: NonNullable<ReleaseSummary["validation"]>) {
  const release: Release = {
    ...TEST_RELEASE,
    summary: {
      ...TEST_RELEASE.summary,
      counts: { sources: 5, events: 9, metrics: 13, claims: 26 },
      validation,
    } as ReleaseSummary,
  };
  return renderView(
    <ReleaseContext.Provider value={release}>
      <Overview />
    </ReleaseContext.Provider>,
    session,
  );
}

afterEach(cleanup);

describe("Overview's validation line", () => {
  it("gives the tolerance as a percentage of an “about” figure, not a bare fraction", () => {
    renderOverview({ summary: { errors: 0, warnings: 2, infos: 47 }, corpus_used: true, tolerance: 0.1 });
    const line = screen.getByText(/^Validated/);
    expect(line.textContent).toBe(
      "Validated with the source-text corpus, tolerance ±10% for “about” figures. See all findings",
    );
  });

  it("says a tolerance of a quarter as ±25%", () => {
    renderOverview({ summary: { errors: 0, warnings: 0, infos: 0 }, corpus_used: false, tolerance: 0.25 });
    expect(screen.getByText(/^Validated/).textContent).toMatch(
      /^Validated, tolerance ±25% for “about” figures\./,
    );
  });
});
