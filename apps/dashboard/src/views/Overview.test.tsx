import type { ReleaseSummary } from "@tally/dataset";
import { cleanup, screen, within } from "@testing-library/react";
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

describe("Overview's largest discrepancies", () => {
  const ranked = (i: number) => ({
    event_id: `e${i}`,
    metric: "persons",
    verdict: "conflict",
    max_gap_ratio: 6 - i / 10,
    band: "high",
    claim_count: 30,
    reading_count: 3,
    event_title: `Event ${i}`,
    event_short_title: `Event ${i}`,
    metric_label: "Persons",
  });
  const withConflicts = (conflicts: number): Session => ({
    ...session,
    query: async (sql) =>
      sql.includes("count(*)")
        ? [{ verdict: "conflict", n: conflicts }]
        : Array.from({ length: Math.min(5, conflicts) }, (_, i) => ranked(i)),
  });
  const render = (s: Session) =>
    renderView(
      <ReleaseContext.Provider
        value={{
          ...TEST_RELEASE,
          summary: { ...TEST_RELEASE.summary, counts: { sources: 4, events: 40, metrics: 3, claims: 1200 } },
        }}
      >
        <Overview />
      </ReleaseContext.Provider>,
      s,
    );

  it("says the five it lists are the widest of the release's 40, and where the rest are", async () => {
    render(withConflicts(40));
    const note = await screen.findByText(/^Claims about one figure/);
    expect(await screen.findAllByRole("link", { name: /^Event \d — Persons$/ })).toHaveLength(5);
    expect(note.textContent).toMatch(
      /^Claims about one figure that fall into two or more readings, widest gap first: the 5 widest of 40 \(Discrepancies' “Event and metric” picker lists them all\)\. A gap is/,
    );
  });

  it("gives each gap with its band, as Discrepancies and Findings do", async () => {
    render(withConflicts(2));
    const list = await screen.findByTestId("largest-discrepancies");
    const listed = within(list).getAllByRole("listitem");
    // Before: "Event 0 — Persons Conflict, gap ×6.00", ×6 left for the reader to judge.
    expect(listed.map((li) => li.textContent)).toEqual([
      "Event 0 — Persons Conflict, gap ×6.00 (high)",
      "Event 1 — Persons Conflict, gap ×5.90 (high)",
    ]);
  });

  it("says nothing of a cut when it lists every conflict", async () => {
    render(withConflicts(2));
    await screen.findByText("2 event/metric groups rated: 2 conflicts.", { exact: false });
    expect(screen.getByText(/^Claims about one figure/).textContent).toMatch(/widest gap first\. A gap is/);
  });
});

describe("Overview's largest discrepancies before the engine has ranked them", () => {
  const focus = {
    event_id: "e1",
    metric: "persons",
    verdict: "conflict",
    max_gap_ratio: 5.99,
    readings: [{}, {}],
    claim_ids: ["c1", "c2"],
  };
  const render = (query: Session["query"]) =>
    renderView(
      <ReleaseContext.Provider
        value={{
          ...TEST_RELEASE,
          summary: {
            ...TEST_RELEASE.summary,
            counts: { sources: 4, events: 40, metrics: 3, claims: 1200 },
            focus,
          } as unknown as ReleaseSummary,
        }}
      >
        <Overview />
      </ReleaseContext.Provider>,
      { ...session, query },
    );

  it("says the one group it shows is the summary's, until the engine ranks the others", () => {
    render(() => new Promise(() => {}));
    expect(screen.getByText(/^Claims about one figure/).textContent).toMatch(
      /widest gap first: the widest alone, from the release's summary, until the query engine has ranked the others\. A gap/,
    );
  });

  it("says the engine that ranks the others failed, when it did", async () => {
    render(async () => {
      throw new Error("no engine");
    });
    await screen.findByText("The verdict counts could not be queried");
    expect(screen.getByText(/^Claims about one figure/).textContent).toMatch(
      /: the widest alone, from the release's summary; the query engine, which ranks the others, could not start\./,
    );
  });
});

describe("Overview's release line", () => {
  const summary = {
    ...TEST_RELEASE.summary,
    counts: { sources: 1, events: 1, metrics: 1, claims: 1 },
  } as ReleaseSummary;
  const open = (version: string) =>
    renderView(
      <ReleaseContext.Provider value={{ ...TEST_RELEASE, version, summary }}>
        <Overview />
      </ReleaseContext.Provider>,
      session,
    );

  it("links to the latest release where another is open", () => {
    open("1.0.0");
    // Before: "latest is 1.1.0" in plain text, the latest a trip through Versions away.
    const latest = screen.getByRole("link", { name: "1.1.0" });
    expect(latest.closest("dd")?.textContent).toMatch(/· latest is 1\.1\.0$/);
    expect(new URL(latest.getAttribute("href")!, "http://x").searchParams.get("v")).toBeNull();
  });

  it("names no latest on the latest release itself", () => {
    open(TEST_RELEASE.version);
    expect(screen.queryByText(/latest is/)).toBeNull();
  });
});
