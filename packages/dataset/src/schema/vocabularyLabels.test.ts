import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { vocabularyLabelOf, vocabularyWordsOf, vocabularyWordsSql } from "./vocabularyLabels.js";

describe("vocabularyLabelOf", () => {
  it("reads the label from the dataset's own table", () => {
    const rows = [{ category: "detention", label: "People detained", description: "x" }];
    expect(vocabularyLabelOf("categories", "detention", rows)).toBe("People detained");
  });

  it("uses the built-in vocabulary when the dataset has no rows for it", () => {
    expect(vocabularyLabelOf("attributed_kinds", "anonymous_source", [])).toBe("Unnamed source");
    expect(vocabularyLabelOf("units", "percent", [])).toBe("%");
  });

  it("makes words of an id neither table labels, never the raw id", () => {
    const rows = [{ category: "detention", label: "Detention", description: "x" }];
    expect(vocabularyLabelOf("categories", "mass_death", rows)).toBe("Mass death");
    expect(vocabularyLabelOf("categories", "forced_repatriation", rows)).toBe("Forced repatriation");
    expect(vocabularyLabelOf("units", "person_days", [{ unit: "days", label: "days" }])).toBe("person days");
  });
});

describe("vocabularyWordsSql", () => {
  it("gives what vocabularyWordsOf gives", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    try {
      for (const vocabulary of ["categories", "units"] as const)
        for (const id of ["forced_repatriation", "a.b-c__d", "persons"]) {
          const reader = await conn.runAndReadAll(`SELECT ${vocabularyWordsSql(vocabulary, "$1")} AS w`, [
            id,
          ]);
          expect(reader.getRowObjects()[0]?.w).toBe(vocabularyWordsOf(vocabulary, id));
        }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
