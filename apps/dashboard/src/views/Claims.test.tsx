import type { ClaimView, ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Release, ReleaseContext } from "../data.js";
import type { Session } from "../duckdb/session.js";
import { claim } from "../testing/claimView.js";
import { Claims } from "./Claims.js";

const CLAIMS: ClaimView[] = [
  claim({ claim_id: "c-600", value_low: 600, value_high: 600, figure_text: "about 600" }),
  claim({ claim_id: "c-200", value_low: 200, value_high: 200, figure_text: "about 200" }),
  claim({ claim_id: "c-400", value_low: 400, value_high: 400, figure_text: "about 400" }),
];

/**
 * A session that answers the view's queries from CLAIMS, each after a turn of the event loop as
 * DuckDB-WASM's worker does: the view renders once with the new sort and no rows for it yet.
 */
function fakeSession(): Session {
  const answer = (sql: string): Record<string, unknown>[] => {
    if (sql.startsWith("SELECT count(*)")) return [{ n: CLAIMS.length }];
    if (sql.includes("DISTINCT")) return [];
    const order = / ORDER BY (\w+) (ASC|DESC)/.exec(sql);
    if (!order) return [...CLAIMS];
    const key = order[1] as keyof ClaimView;
    const sign = order[2] === "DESC" ? -1 : 1;
    return [...CLAIMS].sort((a, b) => sign * (Number(a[key]) - Number(b[key])));
  };
  const query = async (sql: string) => {
    await new Promise((r) => setTimeout(r, 5));
    return answer(sql);
  };
  const claims = async (sql: string) => (await query(sql)) as ClaimView[];
  return { query, claims, bundle: {} as Session["bundle"] };
}

const release: Release = {
  base: "/data",
  version: "1.1.0",
  index: { name: "tally-test", title: "Test", latest: "1.1.0", releases: [] } as unknown as ReleaseIndex,
  summary: { files: {}, focus: null, focus_claims: [] } as unknown as ReleaseSummary,
};

function renderClaims() {
  const client = new QueryClient();
  // The session is ready: the view's queries run on it, and no engine is started.
  client.setQueryData(["session", release.base, release.version], fakeSession());
  return render(
    <QueryClientProvider client={client}>
      <ReleaseContext.Provider value={release}>
        <Claims />
      </ReleaseContext.Provider>
    </QueryClientProvider>,
  );
}

const shownIds = () =>
  Array.from(document.querySelectorAll("tbody tr[data-row-key]")).map((r) => r.getAttribute("data-row-key"));

describe("Claims: sorting from the keyboard", () => {
  beforeEach(() => window.history.replaceState(null, "", "/?view=claims"));
  afterEach(cleanup);

  it("keeps focus on the heading's button through both directions, and says the order in aria-sort", async () => {
    renderClaims();
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    const figure = screen.getByRole("button", { name: "Figure" });
    const heading = figure.closest("th")!;
    figure.focus();
    expect(heading.getAttribute("aria-sort")).toBeNull();

    // Enter on a focused button is a click.
    await act(async () => fireEvent.click(figure));
    expect(new URLSearchParams(window.location.search).get("sort")).toBe("value_low:asc");
    await waitFor(() => expect(shownIds()).toEqual(["c-200", "c-400", "c-600"]));
    // Before: the table gave way to "Querying claims…" and came back new, focus on <body>.
    expect(figure.isConnected).toBe(true);
    expect(document.activeElement).toBe(figure);
    expect(heading.getAttribute("aria-sort")).toBe("ascending");

    // So a second Enter reverses the order.
    await act(async () => fireEvent.click(document.activeElement!));
    await waitFor(() => expect(shownIds()).toEqual(["c-600", "c-400", "c-200"]));
    expect(new URLSearchParams(window.location.search).get("sort")).toBe("value_low:desc");
    expect(document.activeElement).toBe(figure);
    expect(heading.getAttribute("aria-sort")).toBe("descending");
  });

  it("says the result is incomplete while the new order is on its way", async () => {
    renderClaims();
    const result = await screen.findByTestId("claims-result");
    await waitFor(() => expect(result.getAttribute("data-complete")).toBe("true"));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Date" })));
    // The previous rows stay on screen, marked busy, until the new order arrives.
    expect(result.getAttribute("aria-busy")).toBe("true");
    expect(result.getAttribute("data-complete")).toBe("false");
    await waitFor(() => expect(result.getAttribute("aria-busy")).toBe("false"));
    expect(result.getAttribute("data-complete")).toBe("true");
  });
});
