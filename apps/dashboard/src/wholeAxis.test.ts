import { describe, expect, it } from "vitest";
import { claim } from "./testing/claimView.js";
import { unitCeiling, wholeAxis } from "./wholeAxis.js";

describe("wholeAxis", () => {
  it("counts of persons tick whole numbers; shares, lengths and a mix do not", () => {
    const seven = claim({ metric: "detained_persons", qualifier: "exact", value_low: 7, value_high: 7 });
    expect(wholeAxis([seven, seven, seven])).toBe(true);
    const share = claim({ metric: "women_share", unit: "percent", metric_kind: "share" });
    const days = claim({ metric: "quarantine_days", unit: "days", metric_kind: "duration" });
    expect(wholeAxis([share])).toBe(false);
    expect(wholeAxis([days])).toBe(false);
    expect(wholeAxis([seven, share])).toBe(false);
    expect(wholeAxis([])).toBe(false);
  });
});

describe("unitCeiling", () => {
  it("is a percentage's 100, and nothing for persons or a mix of units", () => {
    const share = claim({ metric: "women_share", unit: "percent", metric_kind: "share" });
    expect(unitCeiling([share, share])).toBe(100);
    expect(unitCeiling([claim({})])).toBeUndefined();
    expect(unitCeiling([share, claim({})])).toBeUndefined();
    expect(unitCeiling([])).toBeUndefined();
  });
});
