import { describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "../__fixtures__/dataset.js";
import { corroboration } from "./corroboration.js";

// One info per event and metric, placed at the group's first claim, in words a reader can count.
const run = (ds: ReturnType<typeof makeDataset>) =>
  corroboration.check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 });

describe("corroboration findings", () => {
  it("one origin among one claim: singular words, at the claim's row and line", () => {
    expect(run(makeDataset({ claims: [claim("a", "about", "200", "200")] }))).toMatchObject([
      {
        rule: "corroboration",
        severity: "info",
        message: "e1 / persons: 1 independent origin among 1 claim: sources (Daily NK)",
        dataset: "t",
        file: "data/claims.csv",
        row: 1,
        line: 2,
        event_id: "e1",
        metric: "persons",
        claim_ids: ["a"],
        details: { origins: [{ attributed_to: "sources", outlet: "Daily NK" }], claims: 1 },
      },
    ]);
  });

  it("several origins: plural words, the origins joined in the order they first appear", () => {
    const ds = makeDataset({
      sources: [source("s1"), source("s2", { outlet: "RFA" })],
      claims: [
        claim("a", "about", "200", "200", { attributed_to: "a source in China" }),
        claim("b", "about", "200", "200", { source_id: "s2" }),
        claim("c", "about", "200", "200", { attributed_to: "a source in China" }),
      ],
    });
    const [f] = run(ds);
    expect(f!.message).toBe(
      "e1 / persons: 2 independent origins among 3 claims: a source in China (Daily NK); sources (RFA)",
    );
    expect(f!.details).toMatchObject({
      origins: [
        { attributed_to: "a source in China", outlet: "Daily NK" },
        { attributed_to: "sources", outlet: "RFA" },
      ],
      claims: 3,
    });
  });

  it("a group that starts further down the file is placed at its own first claim", () => {
    const ds = makeDataset({
      events: [event("e1"), event("e2")],
      claims: [
        claim("a", "about", "200", "200"),
        claim("b", "about", "200", "200", { event_id: "e2" }),
        claim("c", "about", "200", "200", { event_id: "e2", attributed_to: "a guard" }),
      ],
    });
    const second = run(ds).find((f) => f.event_id === "e2")!;
    expect(second).toMatchObject({ row: 2, line: 3, claim_ids: ["b", "c"] });
    expect(second.message).toBe(
      "e2 / persons: 2 independent origins among 2 claims: sources (Daily NK); a guard (Daily NK)",
    );
  });

  it("names ten origins in a crowded group's message and counts the rest; details list every one", () => {
    const claims = Array.from({ length: 25 }, (_, k) =>
      claim(`c${k}`, "about", "200", "200", { attributed_to: `party ${k}` }),
    );
    const [f] = run(makeDataset({ claims }));
    expect(f!.message).toBe(
      `e1 / persons: 25 independent origins among 25 claims: ${Array.from({ length: 10 }, (_, k) => `party ${k} (Daily NK)`).join("; ")}; and 15 more`,
    );
    expect((f!.details as { origins: unknown[] }).origins).toHaveLength(25);
    expect(f!.claim_ids).toHaveLength(25);
  });
});
