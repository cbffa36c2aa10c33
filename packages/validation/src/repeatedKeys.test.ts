import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCleanCopy } from "./__fixtures__/cleanCopy.js";
import type { Finding } from "./finding.js";
import { validate } from "./validate.js";

const clean = (file: string) =>
  readFileSync(
    fileURLToPath(new URL(`../fixtures/integrity/clean/${file}`, import.meta.url)),
    "utf8",
  ).trimEnd();

/** The clean fixture with `rows` added at the end of `file`, validated as the CLI would. */
async function validateWith(added: Record<string, string[]>) {
  const files = Object.fromEntries(
    Object.entries(added).map(([file, rows]) => [file, [clean(file), ...rows].join("\n")]),
  );
  const { dataset } = await loadCleanCopy(files);
  return validate(dataset);
}

const where = (f: Finding) => [
  f.severity,
  f.rule,
  (f.file ?? "").replace(/^.*\//, ""),
  f.row,
  f.column ?? null,
];

describe("a key used again reaches no rule but integrity's", () => {
  // An outside review: the rules took the last row of a repeated metric, unit, source or event
  // (29 errors at claims nobody touched for three pasted rows), and a repeated claim id stood in two
  // readings, conflicting with itself, while its message said the first row was the one.
  it("a metric, source and event pasted again with other values change nothing the claims are judged by", async () => {
    const { findings } = await validateWith({
      "metrics.csv": ["persons,percent,share,Pasted again."],
      "sources.csv": ["dnk,Dup Outlet,,Again,,2020-01-05,day,false,,news,,"],
      "events.csv": ['rep,Forced repatriation,2025-01-01,day,false,,"Dandong, China",forced_repatriation,'],
    });
    const { findings: before } = await validateWith({});
    expect(findings.filter((f) => f.severity !== "info").map(where)).toEqual([
      ["error", "integrity", "sources.csv", 3, "source_id"],
      ["error", "integrity", "events.csv", 2, "event_id"],
      ["error", "integrity", "metrics.csv", 3, "metric"],
      ...before.filter((f) => f.severity !== "info").map(where),
    ]);
    const infos = (all: Finding[]) =>
      all.filter((f) => f.severity === "info").map((f) => [...where(f), f.message]);
    expect(infos(findings)).toEqual(infos(before));
    expect(JSON.stringify(findings)).not.toContain("Dup Outlet");
  });

  it("a unit pasted again with a lower max does not make the claims of the first one errors", async () => {
    const units = [
      "unit,label,whole,max,description",
      "persons,persons,true,,People.",
      "percent,%,false,100,A share.",
      "percent,%,false,50,Pasted again.",
    ];
    const { dataset } = await loadCleanCopy({ "units.csv": units.join("\n") });
    const { findings } = validate(dataset);
    expect(findings.filter((f) => f.severity === "error").map((f) => [...where(f), f.message])).toEqual([
      [
        "error",
        "integrity",
        "units.csv",
        3,
        "unit",
        'unit "percent" is used again; it first appears on row 2 (line 3)',
      ],
    ]);
  });

  it("a claim id used again stands in no reading, and no claim_ids list names a claim twice", async () => {
    const { findings, groups } = await validateWith({
      "claims.csv": [
        "c1,rep,nki,persons,about,600,600,about 600,someone else,anonymous_source,,,,,,false,about 600 people were sent back,false,",
      ],
    });
    expect(findings.filter((f) => f.severity !== "info").map(where)).toEqual([
      ["error", "integrity", "claims.csv", 4, "claim_id"],
    ]);
    for (const f of findings) expect(new Set(f.claim_ids ?? []).size).toBe(f.claim_ids?.length ?? 0);
    const persons = groups.find((g) => g.metric === "persons")!;
    expect(persons.verdict).not.toBe("conflict");
    expect(persons.claim_ids).toEqual(["c1", "c2"]);
  });

  it("a claim id used again still has its figure judged by its unit, as a row with a bad cell has", async () => {
    const { findings } = await validateWith({
      "claims.csv": [
        "c3,rep,dnk,women_share,about,120,120,About 120%,someone else,anonymous_source,,,c2,,,false,About 120% of them,false,",
      ],
    });
    expect(findings.filter((f) => f.severity === "error").map((f) => [...where(f), f.claim_ids])).toEqual([
      ["error", "integrity", "claims.csv", 4, "claim_id", undefined],
      ["error", "integrity", "claims.csv", 4, "value_low", ["c3"]],
      ["error", "integrity", "claims.csv", 4, "value_high", ["c3"]],
    ]);
  });
});
