import { describe, expect, it } from "vitest";
import { TINY_CSV, TINY_OPTIONAL_CSV, writeTinyDataset } from "../__fixtures__/tinyDataset.js";
import { checkReferences } from "./checkReferences.js";
import { loadDataset } from "./loadDataset.js";

describe("checkReferences", () => {
  it("runs without options on tables that resolve, and finds nothing", async () => {
    const { tables, locations } = await loadDataset(await writeTinyDataset());
    expect(checkReferences(tables, locations)).toEqual([]);
  });

  it("says where a vocabulary value would have to be added, in words", async () => {
    const claims = TINY_CSV.claims.replace(
      "Example NGO,ngo,,,,2024-01-15",
      "Example NGO,blogger,,,,2024-01-15",
    );
    const { problems } = await loadDataset(await writeTinyDataset(undefined, { csv: { claims } }));
    expect(problems.map((p) => [p.code, p.file, p.row, p.column, p.message])).toEqual([
      [
        "ref/attributed-kind",
        "claims.csv",
        2,
        "attributed_kind",
        `attributed_kind "blogger" is not one of Tally's built-in attributed kinds: to add it, put attributed_kinds.csv beside the other tables, one row per attributed_kind with its label and description`,
      ],
    ]);
  });

  it("puts the article a key's sound takes: a unit, an event_id", async () => {
    // An outside review: "unit \"people\" is not an unit in units.csv".
    const units = TINY_OPTIONAL_CSV.units;
    const metrics = TINY_CSV.metrics.replace("persons_returned,persons,", "persons_returned,people,");
    const events = TINY_CSV.events;
    const claims = TINY_CSV.claims.replace("c-4,e-2019,", "c-4,e-none,");
    const dir = await writeTinyDataset(undefined, { csv: { metrics, events, claims, units } });
    const messages = (await loadDataset(dir)).problems.map((p) => p.message);
    expect(messages).toContain('unit "people" is not a unit in units.csv');
    expect(messages).toContain('event_id "e-none" is not an event_id in events.csv');
  });
});
