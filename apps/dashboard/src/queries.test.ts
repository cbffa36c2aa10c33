import { describe, expect, it } from "vitest";
import { claimsQuery } from "./queries.js";

describe("claimsQuery", () => {
  it("binds every filter value as a parameter, never as SQL text", () => {
    const evil = "x'); DROP TABLE claims; --";
    const q = claimsQuery({
      event: evil,
      metric: "m",
      outlet: null,
      qualifier: "about",
      category: evil,
      kind: "ngo",
      q: evil,
    });
    expect(q.sql).not.toContain(evil);
    expect(q.sql).not.toContain("DROP");
    expect(q.params).toEqual([evil, "m", "about", evil, "ngo", evil]);
    expect(q.sql.match(/\?/g)).toHaveLength(6);
    expect(q.sql).toContain("category = ?");
    expect(q.sql).toContain("attributed_kind = ?");
  });

  it("orders by the chosen column, then claim id, for a stable order", () => {
    const q = claimsQuery(
      { event: null, metric: null, outlet: null, qualifier: null, category: null, kind: null, q: null },
      { key: "value_low", dir: "desc" },
    );
    expect(q.sql).toMatch(/ORDER BY value_low DESC NULLS LAST, claim_id$/);
    expect(q.sql).not.toContain("WHERE");
  });
});
