import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { EVENT_SHORT_TITLE_SQL, eventShortTitleOf, METRIC_LABEL_SQL, metricLabelOf } from "./labels.js";

describe("metricLabelOf", () => {
  it("prints the label when there is one", () => {
    expect(metricLabelOf({ metric: "repatriated_persons", label: "North Koreans forcibly returned" })).toBe(
      "North Koreans forcibly returned",
    );
  });

  it("makes words of the id in a release without labels, never the raw id", () => {
    expect(metricLabelOf({ metric: "repatriated_persons", label: null })).toBe("Repatriated persons");
    expect(metricLabelOf({ metric: "a.b-c__d", label: null })).toBe("A b c d");
  });
});

describe("eventShortTitleOf", () => {
  it("prints the short title, or the title when there is none", () => {
    expect(eventShortTitleOf({ title: "Long title", short_title: "Short" })).toBe("Short");
    expect(eventShortTitleOf({ title: "Long title", short_title: null })).toBe("Long title");
  });
});

describe("the SQL forms", () => {
  it("give what the TypeScript forms give", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    try {
      const metrics = [
        { metric: "repatriated_persons", label: null },
        { metric: "a.b-c__d", label: null },
        { metric: "x", label: "Labelled" },
      ];
      for (const m of metrics) {
        const reader = await conn.runAndReadAll(
          `SELECT ${METRIC_LABEL_SQL} AS l, ${EVENT_SHORT_TITLE_SQL} AS t FROM (SELECT $1 AS metric, $2::VARCHAR AS label) m, (SELECT 'T' AS title, NULL::VARCHAR AS short_title) e`,
          [m.metric, m.label],
        );
        const [row] = reader.getRowObjects();
        expect(row?.l).toBe(metricLabelOf(m));
        expect(row?.t).toBe("T");
      }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
