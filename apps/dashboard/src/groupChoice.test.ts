import { describe, expect, it } from "vitest";
import { chooseGroup } from "./groupChoice.js";

const focus = { event_id: "repatriation-2023-10-09", metric: "repatriated_persons" };
const ranked = [
  { event_id: "liaoning-2019", metric: "detained_persons" },
  { event_id: "repatriation-2023-10-09", metric: "repatriated_persons" },
];
const yunnan = [
  { event_id: "yunnan-2017", metric: "companions_detained" },
  { event_id: "yunnan-2017", metric: "detained_persons" },
];

describe("chooseGroup", () => {
  it("without an event, opens the focus group, or else the most severe ranked group", () => {
    expect(chooseGroup({ event: null, metric: null, focus, ranked, ofEvent: undefined })).toEqual({
      event: "repatriation-2023-10-09",
      metric: "repatriated_persons",
      unknownEvent: null,
    });
    expect(chooseGroup({ event: null, metric: null, focus: null, ranked, ofEvent: undefined })).toEqual({
      event: "liaoning-2019",
      metric: "detained_persons",
      unknownEvent: null,
    });
  });

  it("an event alone opens its most severe group once its groups are read", () => {
    const loading = chooseGroup({ event: "yunnan-2017", metric: null, focus, ranked, ofEvent: undefined });
    expect(loading).toEqual({ event: "yunnan-2017", metric: null, unknownEvent: null });
    expect(chooseGroup({ event: "yunnan-2017", metric: null, focus, ranked, ofEvent: yunnan })).toEqual({
      event: "yunnan-2017",
      metric: "companions_detained",
      unknownEvent: null,
    });
  });

  it("an event the release has no claims about is named as unknown, not left waiting for a metric", () => {
    // Before: metric stayed null, no query ran, and the view said "Querying…" for good.
    expect(chooseGroup({ event: "bogus-event", metric: null, focus, ranked, ofEvent: [] })).toEqual({
      event: "bogus-event",
      metric: null,
      unknownEvent: "bogus-event",
    });
  });

  it("an event with a metric is queried as linked: no claims there is the query's answer to give", () => {
    expect(
      chooseGroup({ event: "bogus-event", metric: "garbage", focus, ranked, ofEvent: undefined }),
    ).toEqual({ event: "bogus-event", metric: "garbage", unknownEvent: null });
  });
});
