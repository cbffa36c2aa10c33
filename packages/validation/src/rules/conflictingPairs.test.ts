import { describe, expect, it } from "vitest";
import { claim, event, makeDataset } from "../__fixtures__/dataset.js";
import { conflicts } from "./conflicts.js";

// `--pairs`: one warning per pair of claims of one event and metric whose intervals share no point.
const pairWarnings = (ds: ReturnType<typeof makeDataset>) =>
  conflicts
    .check({ dataset: ds, datasetLabel: "t", tolerance: 0.1, pairs: true })
    .filter((f) => f.severity === "warning");
const said = (figure: string) => ({ figure_text: figure, quote: `they said ${figure}` });

describe("conflicting pairs", () => {
  it("pairs claims of one event only, never a claim with the next event's first", () => {
    const ds = makeDataset({
      events: [event("e1"), event("e2")],
      claims: [
        claim("a", "exact", "200", "200", said("200")),
        claim("d", "exact", "5", "5", said("5")),
        claim("b", "exact", "700", "700", { ...said("700"), event_id: "e2" }),
        claim("c", "exact", "5", "5", { ...said("5"), event_id: "e2" }),
      ],
    });
    expect(pairWarnings(ds).map((f) => f.claim_ids)).toEqual([
      ["a", "d"],
      ["b", "c"],
    ]);
  });

  it("calls the gap unbounded when the lower figure is 0", () => {
    const ds = makeDataset({
      claims: [claim("a", "exact", "0", "0", said("0")), claim("b", "exact", "5", "5", said("5"))],
    });
    const [f] = pairWarnings(ds);
    expect(f!.message).toBe(
      'e1 / persons: "0" (a, [0, 0]) and "5" (b, [5, 5]) do not overlap; gap ratio unbounded, high',
    );
    expect(f!.details).toMatchObject({ gap_ratio: null, band: "high", higher: "b" });
  });
});
