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
});
