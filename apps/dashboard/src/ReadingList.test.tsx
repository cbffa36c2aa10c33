import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ratingOfVerdict } from "./groupRating.js";
import { ReadingList } from "./ReadingList.js";
import { claim } from "./testing/claimView.js";
import { shippedRepatriation } from "./testing/groupVerdicts.js";

const ids = ["c001", "c002", "c004", "c005", "c011", "c012"];
const claims = new Map(ids.map((id) => [id, claim({ claim_id: id, metric: shippedRepatriation.metric })]));

describe("ReadingList", () => {
  afterEach(cleanup);

  it("links every claim it lists, spanning ones included, to its bar on the chart", () => {
    render(
      <ReadingList rating={ratingOfVerdict(shippedRepatriation)} claims={claims} summary={[]} most={null} />,
    );
    const links = screen.getAllByRole("link");
    expect(links.map((a) => a.getAttribute("aria-label"))).toEqual(
      ["c001", "c002", "c011", "c004", "c005", "c012"].map((id) => `claim ${id}, on the chart`),
    );
    const href = new URL(links[3]!.getAttribute("href")!, "http://x");
    expect(href.searchParams.get("claim")).toBe("c004");
    // It stays on the view it is in: a link to Claims would leave the chart it selects on.
    expect(href.searchParams.get("view")).not.toBe("claims");
  });

  it("lists each reading's claims, and the spanning ones, in the chart's order, not the release's row order", () => {
    // By figure within a reading, as the chart draws them and the data table lists them: the list
    // kept the release's row order (an outside audit found Liaoning's "at least 39" first in the
    // table and second here).
    const renderList = (listed: typeof claims) =>
      render(
        <ReadingList
          rating={ratingOfVerdict(shippedRepatriation)}
          claims={listed}
          summary={[]}
          most={null}
        />,
      );
    const byFigure = new Map(claims);
    byFigure.set("c011", claim({ claim_id: "c011", value_low: 190, value_high: 190 }));
    byFigure.set("c012", claim({ claim_id: "c012", qualifier: "at_least", value_low: 50, value_high: null }));
    byFigure.set(
      "c005",
      claim({ claim_id: "c005", qualifier: "at_least", value_low: 100, value_high: null }),
    );
    renderList(byFigure);
    const listed = () =>
      [...document.querySelectorAll("[data-listed-claim]")].map((li) => li.getAttribute("data-listed-claim"));
    expect(listed()).toEqual(["c011", "c001", "c002", "c004", "c012", "c005"]);
    cleanup();
    // A claim the release lacks (named without a link) keeps its place, after the ones it has.
    byFigure.delete("c001");
    renderList(byFigure);
    const readingA = document.querySelectorAll(".reading-list > li")[0]!.querySelectorAll("li");
    expect([...readingA].map((li) => li.getAttribute("data-listed-claim") ?? li.textContent)).toEqual([
      "c011",
      "c002",
      "c001",
    ]);
  });

  it("names a claim the release does not have without a link to it", () => {
    render(
      <ReadingList
        rating={ratingOfVerdict(shippedRepatriation)}
        claims={new Map()}
        summary={[]}
        most={null}
      />,
    );
    expect(screen.queryAllByRole("link")).toEqual([]);
    expect(screen.getByText("c004")).toBeTruthy();
  });

  it("writes each claim's figure with the chart's thousands separators and its unit", () => {
    // An outside audit: "1000000 persons" and "at least 2500 persons" here, under a chart and
    // headings that print "1,000,000" and "at least 2,500".
    const big = new Map([
      ["c001", claim({ claim_id: "c001", qualifier: "exact", value_low: 1_000_000, value_high: 1_000_000 })],
      ["c002", claim({ claim_id: "c002", qualifier: "at_least", value_low: 2500, value_high: null })],
      ["c004", claim({ claim_id: "c004", qualifier: "between", value_low: 1200, value_high: 1500 })],
      [
        "c005",
        claim({
          claim_id: "c005",
          qualifier: "about",
          value_low: 80,
          value_high: 80,
          unit: "percent",
          unit_label: "%",
        }),
      ],
    ]);
    render(
      <ReadingList rating={ratingOfVerdict(shippedRepatriation)} claims={big} summary={[]} most={null} />,
    );
    const figure = (id: string) => document.querySelector(`[data-listed-claim="${id}"] strong`)?.textContent;
    expect(figure("c001")).toBe("1,000,000 persons");
    expect(figure("c002")).toBe("at least 2,500 persons");
    expect(figure("c004")).toBe("1,200–1,500 persons");
    // A symbol unit once, as before.
    expect(figure("c005")).toBe("about 80%");
  });

  it("names the claim a repeat restates, so a reading's independent origins can be told from its claims", () => {
    // 9 Oct 2023's reading A lists 4 claims, 2 independent origins: c011 restates c001, and read
    // only as Daily NK's "own reporting" (an outside audit).
    const withRepeat = new Map(claims);
    withRepeat.set("c011", claim({ claim_id: "c011", repeats_claim_id: "c001" }));
    render(
      <ReadingList
        rating={ratingOfVerdict(shippedRepatriation)}
        claims={withRepeat}
        summary={[]}
        most={null}
      />,
    );
    const item = (id: string) =>
      document.querySelector(`[data-listed-claim="${id}"] .muted`)?.textContent?.replace(/\s+/g, " ");
    expect(item("c011")).toBe("(c011, repeats c001)");
    expect(item("c001")).toBe("(c001)");
  });
});
