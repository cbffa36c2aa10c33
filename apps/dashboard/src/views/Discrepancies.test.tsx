import type { ClaimView, ReleaseSummary } from "@tally/dataset";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseContext } from "../data.js";
import type { Session } from "../duckdb/session.js";
import { claim } from "../testing/claimView.js";
import { shippedRepatriation, verdict } from "../testing/groupVerdicts.js";
import { renderView, TEST_RELEASE } from "../testing/renderView.js";
import { Discrepancies } from "./Discrepancies.js";

const LIAONING = { event_id: "liaoning-detentions-2019", metric: "detained_persons" };

/**
 * Liaoning 2019 as the shipped release has it: one reading, 60, which "at least 39" supports too,
 * its claims in the release's row order (c014's "about 60" before c015's "at least 39").
 */
const ONE_READING: ClaimView[] = [
  claim({ ...LIAONING, claim_id: "c014", qualifier: "about", value_low: 60, value_high: 60 }),
  claim({ ...LIAONING, claim_id: "c015", qualifier: "at_least", value_low: 39, value_high: null }),
  claim({ ...LIAONING, claim_id: "c022", qualifier: "exact", value_low: 60, value_high: 60 }),
  claim({ ...LIAONING, claim_id: "c023", qualifier: "exact", value_low: 60, value_high: 60 }),
];
const ONE_READING_VERDICT = verdict({
  ...LIAONING,
  claim_ids: ["c014", "c015", "c022", "c023"],
  origins: 2,
  readings: [
    {
      low: 60,
      high: 60,
      low_open: false,
      high_open: false,
      claim_ids: ["c014", "c015", "c022", "c023"],
      origins: 2,
    },
  ],
  envelope: { low: 60, high: 60 },
});

/** The 9 Oct 2023 repatriation: two readings and two spanning claims. */
const TWO_READINGS: ClaimView[] = [
  claim({ claim_id: "c001", value_low: 200, value_high: 200 }),
  claim({ claim_id: "c002", qualifier: "between", value_low: 200, value_high: 300 }),
  claim({ claim_id: "c004", outlet: "NK Insider", value_low: 600, value_high: 600 }),
  claim({ claim_id: "c005", qualifier: "at_least", value_low: 100, value_high: null }),
  claim({ claim_id: "c011", value_low: 190, value_high: 190 }),
  claim({ claim_id: "c012", qualifier: "at_least", value_low: 100, value_high: null }),
];

/** Discrepancies on a release whose focus group is `focus`, drawn from the summary without the engine. */
function renderGroup(focus: typeof ONE_READING_VERDICT, claims: ClaimView[]) {
  const session = { query: async () => [], claims: async () => [], bundle: {} } as unknown as Session;
  const summary = { ...TEST_RELEASE.summary, focus, focus_claims: claims } as unknown as ReleaseSummary;
  // An absolute base: the chart's metadata names the data's address.
  const release = { ...TEST_RELEASE, base: "http://localhost/data", summary };
  renderView(
    <ReleaseContext.Provider value={release}>
      <Discrepancies />
    </ReleaseContext.Provider>,
    session,
    (client) => client.setQueryData(["session", release.base, release.version], session),
  );
  fireEvent.click(screen.getByText(/^Data table for “/));
}

/** The data table's claims, top to bottom, with their Reading cell. */
const tableRows = () =>
  [...document.querySelectorAll(".tally-table-alt tbody tr")].map((tr) => [
    tr.querySelector('td[data-label="Claim"]')?.textContent,
    tr.querySelector('td[data-label="Reading"]')?.textContent,
  ]);
/** The claims the readings list names, top to bottom, the spanning ones last. */
const listed = () =>
  [...document.querySelectorAll("[data-listed-claim]")].map((li) => li.getAttribute("data-listed-claim"));
/** The chart's rows, top to bottom. */
const drawn = () =>
  [...document.querySelectorAll('[data-testid="discrepancy-chart"] .tally-range-row')].map((g) =>
    g.getAttribute("data-claim-id"),
  );

beforeEach(() => window.history.replaceState(null, "", "/?view=discrepancies"));
afterEach(cleanup);

describe("Discrepancies' data table, as the chart and the readings list say it (an outside audit)", () => {
  it("calls a group's only reading its common range, as the chart does, not A", () => {
    renderGroup(ONE_READING_VERDICT, ONE_READING);
    expect(tableRows().map(([, reading]) => reading)).toEqual(Array(4).fill("common range"));
    // The chart's band: "common range 60 · Daily NK · 4 claims, 2 independent origins".
    expect(document.querySelector(".tally-band-label")?.textContent).toMatch(/^common range 60 · /);
  });

  it("lists the claims in the readings list's order, which is the chart's", () => {
    renderGroup(ONE_READING_VERDICT, ONE_READING);
    const order = ["c015", "c014", "c022", "c023"];
    expect(tableRows().map(([id]) => id)).toEqual(order);
    expect(listed()).toEqual(order);
    expect(drawn()).toEqual(order);
  });

  it("names readings by letter among several, and lists every claim in one order", () => {
    renderGroup(shippedRepatriation, TWO_READINGS);
    expect(tableRows()).toEqual([
      ["c011", "A"],
      ["c001", "A"],
      ["c002", "A"],
      ["c004", "B"],
      ["c005", "every reading"],
      ["c012", "every reading"],
    ]);
    expect(listed()).toEqual(["c011", "c001", "c002", "c004", "c005", "c012"]);
  });
});
