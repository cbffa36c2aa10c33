import { cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Session } from "./duckdb/session.js";
import { ImpliedCountList } from "./ImpliedCountList.js";
import { IMPLIED_COUNTS_LIMIT } from "./impliedCounts.js";
import { claim } from "./testing/claimView.js";
import { renderView } from "./testing/renderView.js";

const base = claim({
  claim_id: "c004",
  outlet: "NK Insider",
  attributed_to: "Joo Ok-kyung",
  figure_text: "approximately 600",
  value_low: 600,
  value_high: 600,
});
const most = claim({
  claim_id: "c025",
  outlet: "NK Insider",
  attributed_to: "Radio Free Asia’s sources",
  metric: "civilian_religious_share",
  metric_label: "Share who were civilians and religious figures",
  metric_kind: "share",
  unit: "percent",
  unit_label: "%",
  qualifier: "more_than",
  value_low: 50,
  value_high: null,
  figure_text: "most",
  vague: true,
  base_claim_id: "c004",
});
const readings = [
  { low: 200, high: 220, low_open: false, high_open: false, claim_ids: ["c001"], origins: 2 },
  { low: 540, high: 660, low_open: false, high_open: false, claim_ids: ["c004"], origins: 1 },
];

let answered = 0;
/** The ids each claims query asked for. */
let claimsAsked: (readonly (string | number)[])[] = [];

/** A session that answers the links query with `total` links (c025 of c004 listed) and the claims. */
const session = (total: number, fail = false): Session => ({
  query: async () => {
    answered++;
    if (fail) throw new Error("Binder Error: no such table units");
    return total === 0 ? [] : [{ share_id: "c025", base_id: "c004", share_max: 100, total }];
  },
  claims: async (_sql, params) => {
    claimsAsked.push(params);
    return [base, most];
  },
  bundle: {} as Session["bundle"],
});

const list = (total: number, fail = false) =>
  renderView(
    <ImpliedCountList event={base.event_id} metric={base.metric} tolerance={0.1} rating={{ readings }} />,
    session(total, fail),
  );

describe("ImpliedCountList", () => {
  afterEach(cleanup);

  it("names who said the share, both figures, the implied count and the readings it cannot fit under", async () => {
    claimsAsked = [];
    list(1);
    const item = await screen.findByText(/implies/, { selector: "li" });
    expect(item.textContent).toBe(
      "NK Insider, Radio Free Asia’s sources: “most”, more than 50% (c025, Share who were civilians and religious figures) " +
        "of about 600 persons (c004, North Koreans forcibly returned) implies (270, 660] persons, " +
        "which cannot fit under reading A: 200–220",
    );
    expect(screen.getByRole("heading", { name: "Counts implied by shares" })).toBeTruthy();
    expect(screen.getByText(/“about” ±10%/)).toBeTruthy();
    expect(screen.queryByTestId("implied-more")).toBeNull();
    // Padded to a full page with repeats, so the prepared statement is the same for every group.
    expect(claimsAsked.map((ids) => [...new Set(ids)])).toEqual([["c025", "c004"]]);
    expect(claimsAsked[0]).toHaveLength(2 * IMPLIED_COUNTS_LIMIT);
  });

  it("links the share to Claims, and the group's own count to its bar on the chart", async () => {
    list(1);
    const share = await screen.findByRole("link", { name: "claim c025, in Claims" });
    const params = (a: HTMLElement) => new URL(a.getAttribute("href")!, "http://x").searchParams;
    expect(params(share).get("view")).toBe("claims");
    expect(params(share).get("claim")).toBe("c025");
    expect(params(share).get("event")).toBe(base.event_id);
    // The share's own metric would filter the count it is a share of out of the table.
    expect(params(share).get("metric")).toBeNull();
    const count = screen.getByRole("link", { name: "claim c004, on the chart" });
    expect(params(count).get("view")).not.toBe("claims");
    expect(params(count).get("claim")).toBe("c004");
  });

  it("says how many it leaves out", async () => {
    list(57);
    expect((await screen.findByTestId("implied-more")).textContent).toBe(
      "The first 1 of 57 shown; Findings lists them all.",
    );
  });

  it("shows nothing for a group no share touches", async () => {
    answered = 0;
    claimsAsked = [];
    const { container } = list(0);
    // The list is empty while the query runs, too: judge it once answered and rendered.
    await waitFor(() => expect(answered).toBe(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(container.innerHTML).toBe("");
    // No links, no claims to fetch: one query for the group, not two.
    expect(claimsAsked).toEqual([]);
  });

  it("says so when the query fails", async () => {
    list(1, true);
    expect((await screen.findByRole("alert")).textContent).toContain(
      "The counts implied by shares could not be queried",
    );
  });
});
