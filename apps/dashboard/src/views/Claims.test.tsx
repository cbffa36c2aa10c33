import type { ClaimView } from "@tally/dataset";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Session } from "../duckdb/session.js";
import { claim } from "../testing/claimView.js";
import { renderView } from "../testing/renderView.js";
import { Claims } from "./Claims.js";

const CLAIMS: ClaimView[] = [
  claim({ claim_id: "c-600", value_low: 600, value_high: 600, figure_text: "about 600" }),
  claim({ claim_id: "c-200", value_low: 200, value_high: 200, figure_text: "about 200" }),
  claim({ claim_id: "c-400", value_low: 400, value_high: 400, figure_text: "about 400" }),
];

/**
 * Holds the session's answers while shut, so that a test reads the view between a query and its
 * answer. A delay cannot: on a loaded two-core machine the act() that sent the query outlasted a
 * 50 ms answer and the view was already complete when read (seen in CI).
 */
function answerGate() {
  let shut: Promise<void> | null = null;
  let release = () => {};
  return {
    passed: () => shut ?? Promise.resolve(),
    shut() {
      shut = new Promise((resolve) => {
        release = resolve;
      });
    },
    open() {
      shut = null;
      release();
    },
  };
}

/**
 * A session that answers the view's queries from CLAIMS, each after a turn of the event loop as
 * DuckDB-WASM's worker does (and once `passed` lets it): the view renders once with the new sort
 * and no rows for it yet.
 */
function fakeSession(all: readonly ClaimView[] = CLAIMS, passed = () => Promise.resolve()): Session {
  const ordered = (sql: string): ClaimView[] => {
    // The sorted column, as the first bound column before the direction ("coalesce(value_low, …) DESC").
    const order = /(\w+)(?:, \w+\))? (ASC|DESC)/.exec(sql.split("ORDER BY ")[1] ?? "");
    if (!order) return [...all];
    const key = order[1] as keyof ClaimView;
    const sign = order[2] === "DESC" ? -1 : 1;
    return [...all].sort((a, b) => sign * (Number(a[key]) - Number(b[key])));
  };
  const answer = (sql: string, params: readonly (string | number)[]): Record<string, unknown>[] => {
    if (sql.startsWith("SELECT count(*)")) return [{ n: all.length }];
    if (sql.includes("DISTINCT")) return [];
    // METRIC_SQL: the release's metrics.csv has one metric that no claim measures.
    if (sql.startsWith("SELECT m.metric"))
      return params[0] === "empty_metric"
        ? [{ metric: "empty_metric", metric_label: "Metric with no claims", claims: 0 }]
        : [];
    if (sql.startsWith("SELECT claim_row")) {
      const row = ordered(sql).findIndex((c) => c.claim_id === params.at(-1)) + 1;
      return row > 0 ? [{ claim_row: row }] : [];
    }
    if (sql === "SELECT * FROM claim_view WHERE claim_id = ?")
      return all.filter((c) => c.claim_id === params[0]);
    const limit = Number(/ LIMIT (\d+)/.exec(sql)?.[1] ?? Number.POSITIVE_INFINITY);
    return ordered(sql).slice(0, limit);
  };
  const query = async (sql: string, params: readonly (string | number)[] = []) => {
    await new Promise((r) => setTimeout(r, 50));
    await passed();
    return answer(sql, params);
  };
  const claims = async (sql: string, params: readonly (string | number)[]) =>
    (await query(sql, params)) as ClaimView[];
  return { query, claims, bundle: {} as Session["bundle"] };
}

/** The Claims view, its queries answered from `all`. */
const renderClaims = (all: readonly ClaimView[] = CLAIMS, passed?: () => Promise<void>) =>
  renderView(<Claims />, fakeSession(all, passed));

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
    const gate = answerGate();
    renderClaims(CLAIMS, gate.passed);
    const result = await screen.findByTestId("claims-result");
    await waitFor(() => expect(result.getAttribute("data-complete")).toBe("true"));
    gate.shut();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Date" })));
    // The previous rows stay on screen, marked busy, until the new order arrives.
    expect(shownIds()).toHaveLength(3);
    expect(result.getAttribute("aria-busy")).toBe("true");
    expect(result.getAttribute("data-complete")).toBe("false");
    gate.open();
    await waitFor(() => expect(result.getAttribute("aria-busy")).toBe("false"));
    expect(result.getAttribute("data-complete")).toBe("true");
  });
});

describe("Claims: more than a page", () => {
  // Hundreds of rows render slowly in happy-dom on a busy two-core machine.
  const SLOW = { timeout: 20_000 };
  beforeEach(() => window.history.replaceState(null, "", "/?view=claims"));
  afterEach(cleanup);

  it("shows 500 claims, then 500 more at a time, and says how many are left", async () => {
    // An outside review at 10k claims: "9,992 claims (first 500 shown)" and no way to see the rest.
    const many = Array.from({ length: 1_200 }, (_, i) =>
      claim({ claim_id: `c${String(i).padStart(4, "0")}`, value_low: i, value_high: i }),
    );
    renderClaims(many);
    await waitFor(() => expect(shownIds()).toHaveLength(500), SLOW);
    // The count may follow the rows by a render on a busy machine (once seen as "500 claims").
    await waitFor(
      () =>
        expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain(
          "1,200 claims (first 500 shown)",
        ),
      SLOW,
    );
    // From the keyboard: focus goes on to the first row shown, not to the page with the button,
    // which goes while the rows load and for good with the last of them.
    const more = (name: string) =>
      act(async () => {
        const button = screen.getByRole("button", { name });
        button.focus();
        fireEvent.click(button);
      });
    const focusedOpen = () => document.activeElement?.getAttribute("aria-label");
    await more("Show 500 more (700 not shown)");
    await waitFor(() => expect(shownIds()).toHaveLength(1_000), SLOW);
    await waitFor(() => expect(focusedOpen()).toBe("Open evidence for c0500"));
    await more("Show 200 more (200 not shown)");
    await waitFor(() => expect(shownIds()).toHaveLength(1_200), SLOW);
    expect(screen.queryByRole("button", { name: /more \(/ })).toBeNull();
    await waitFor(() => expect(focusedOpen()).toBe("Open evidence for c1000"));
    // Another order starts over at one page.
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Figure" })));
    await waitFor(() => expect(shownIds()).toHaveLength(500), SLOW);
  }, 60_000);

  it("names the row of a linked claim past the rows shown, and shows the rows down to it", async () => {
    const many = Array.from({ length: 1_200 }, (_, i) =>
      claim({ claim_id: `c${String(i).padStart(4, "0")}`, value_low: i, value_high: i }),
    );
    // By figure, highest first: c0499 stands at row 701.
    window.history.replaceState(null, "", "/?view=claims&sort=value_low:desc&claim=c0499");
    renderClaims(many);
    await waitFor(() => expect(shownIds()).toHaveLength(500), SLOW);
    expect(shownIds()).not.toContain("c0499");
    // Before: the evidence opened, and nothing said where its row was.
    const notice = await screen.findByTestId("claim-past-shown", {}, SLOW);
    expect(notice.textContent).toContain("Claim c0499 (North Koreans forcibly returned) is row 701 of 1,200");
    expect(notice.textContent).toContain("past the first 500 shown");
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Show the first 1,000 rows, down to it" })),
    );
    await waitFor(() => expect(shownIds()).toHaveLength(1_000), SLOW);
    expect(shownIds()[700]).toBe("c0499");
    expect(screen.queryByTestId("claim-past-shown")).toBeNull();
    // Focus goes on to its row, as "Show more" moves it on to the first row it shows.
    await waitFor(() =>
      expect(document.activeElement?.closest("tr")?.getAttribute("data-row-key")).toBe("c0499"),
    );
  }, 60_000);

  it("says nothing of a linked claim among the rows shown", async () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      claim({ claim_id: `c${String(i).padStart(4, "0")}`, value_low: i, value_high: i }),
    );
    window.history.replaceState(null, "", "/?view=claims&claim=c0042");
    renderClaims(many);
    await waitFor(() => expect(shownIds()).toHaveLength(500), SLOW);
    await waitFor(() => expect(document.querySelector(".tally-evidence")).not.toBeNull(), SLOW);
    expect(screen.queryByTestId("claim-past-shown")).toBeNull();
  }, 60_000);
});

describe("Claims: a linked metric no claim measures", () => {
  afterEach(cleanup);
  beforeEach(() => window.history.replaceState(null, "", "/?view=claims&metric=empty_metric"));

  it("names it by its label from the release's metrics, as having no claims, not as an unknown id", async () => {
    // An outside audit: view=claims&metric=empty_metric read "No metric “empty_metric” in release
    // 1.0.0" over a picker showing the raw id, of a metric metrics.csv labels "Metric with no claims".
    renderClaims([]);
    const notice = await screen.findByTestId("unknown-filter");
    await waitFor(() =>
      expect(notice.querySelector("strong")?.textContent).toBe(
        "No claim about Metric with no claims in release 1.1.0.",
      ),
    );
    expect(notice.textContent).toContain("The release has the metric, but no claim measures it.");
    expect(notice.textContent).not.toContain("No metric");
    const picker = document.querySelector<HTMLSelectElement>('select[name="metric"]')!;
    expect(picker.value).toBe("empty_metric");
    expect(picker.selectedOptions[0]?.textContent).toBe("Metric with no claims");
  });

  it("still calls an id the release has no metric of unknown", async () => {
    window.history.replaceState(null, "", "/?view=claims&metric=nope");
    renderClaims([]);
    const notice = await screen.findByTestId("unknown-filter");
    expect(notice.querySelector("strong")?.textContent).toBe("No metric “nope” in release 1.1.0.");
    expect(
      document.querySelector<HTMLSelectElement>('select[name="metric"]')!.selectedOptions[0]?.textContent,
    ).toBe("nope");
  });
});
