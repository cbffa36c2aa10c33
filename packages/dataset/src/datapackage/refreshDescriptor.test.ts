import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TINY_CSV, TINY_DESCRIPTOR, withClaimCell, writeTinyDataset } from "../__fixtures__/tinyDataset.js";
import { readDatasetFiles } from "../load/readDatasetFiles.js";
import { dataPackageSchema } from "../schema/datapackage.js";
import { buildDescriptor } from "./buildDescriptor.js";
import { formatJson } from "./formatJson.js";
import { sha256Hex } from "./hash.js";
import { checkDescriptor, refreshDescriptor } from "./refreshDescriptor.js";

const REPO = fileURLToPath(new URL("../../../../", import.meta.url));

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, "utf8"));
}

describe("refreshDescriptor / checkDescriptor", () => {
  it("finds nothing wrong with a fresh descriptor", async () => {
    expect(await checkDescriptor(await writeTinyDataset())).toEqual([]);
  });

  it("reports a stale hash naming the command that refreshes it, and the refresh clears it", async () => {
    const dir = await writeTinyDataset(undefined, {
      csv: { claims: withClaimCell(4, "notes", "changed") },
      staleDescriptor: true,
    });
    const problems = await checkDescriptor(dir);
    expect(problems.map((p) => [p.code, p.file, p.column])).toEqual([
      ["descriptor/stale-hash", "datapackage.json", "resources.claims.hash"],
    ]);
    expect(problems[0]!.message).toContain("run pnpm dataset hash");

    await refreshDescriptor(dir);
    expect(await checkDescriptor(dir)).toEqual([]);
    const claims = await readFile(join(dir, "claims.csv"));
    const resource = (
      (await readJson(join(dir, "datapackage.json"))).resources as Record<string, unknown>[]
    )[3]!;
    expect(resource).toMatchObject({
      name: "claims",
      bytes: claims.byteLength,
      hash: `sha256:${sha256Hex(claims)}`,
    });
  });

  it("keeps a resource's homepage, sources and licenses as written, and names any other property it leaves out", async () => {
    // An outside audit: pnpm dataset hash dropped them without a word.
    const dir = await writeTinyDataset();
    const path = join(dir, "datapackage.json");
    const described = await readJson(path);
    const own = {
      homepage: "https://example.org/claims",
      sources: [{ title: "Daily NK", path: "https://www.dailynk.com/" }],
      licenses: [
        { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "CC BY 4.0" },
      ],
    };
    const resources = (described.resources as Record<string, unknown>[]).map((r) =>
      r.name === "claims" ? { ...r, ...own, "x-reviewed-by": "jk", compression: "gz" } : r,
    );
    await writeFile(path, formatJson({ ...described, resources }));
    const { updated, problems } = await refreshDescriptor(dir);
    const claims = ((await readJson(path)).resources as Record<string, unknown>[]).find(
      (r) => r.name === "claims",
    )!;
    expect(claims).toMatchObject(own);
    expect(claims).not.toHaveProperty("x-reviewed-by");
    expect(claims).not.toHaveProperty("compression");
    expect(problems).toEqual([]);
    // Each property left out is named once: compression by the format check, as before.
    expect(updated.map((p) => [p.code, p.column, p.message])).toEqual([
      ["descriptor/format", "resources.claims.compression", expect.stringContaining("compression")],
      [
        "descriptor/resource",
        "resources.claims.x-reviewed-by",
        'the resource claims has the property "x-reviewed-by", which is none of those Tally keeps as written (title, description, homepage, sources, licenses) nor one it writes from the file: left out',
      ],
    ]);
    // Written so, the descriptor is fresh: a second refresh neither changes nor names anything.
    const written = await readFile(path, "utf8");
    expect((await refreshDescriptor(dir)).updated).toEqual([]);
    expect(await readFile(path, "utf8")).toBe(written);
    expect(await checkDescriptor(dir)).toEqual([]);
  });

  it("holds a resource's sources and licenses to the package's own schema", async () => {
    const dir = await writeTinyDataset();
    const path = join(dir, "datapackage.json");
    const described = await readJson(path);
    const resources = (described.resources as Record<string, unknown>[]).map((r) =>
      r.name === "events" ? { ...r, sources: [{ path: "https://example.org" }], homepage: 7 } : r,
    );
    await writeFile(path, formatJson({ ...described, resources }));
    expect((await refreshDescriptor(dir)).problems.map((p) => [p.code, p.column])).toEqual([
      ["descriptor/schema", "resources.events.homepage"],
      ["descriptor/schema", "resources.events.sources.0.title"],
    ]);
  });

  it("puts a wrong CSV dialect right, as it does a stale hash", async () => {
    const dir = await writeTinyDataset();
    const path = join(dir, "datapackage.json");
    const edited = await readJson(path);
    const resources = edited.resources as Record<string, unknown>[];
    resources[3]!.dialect = { lineTerminator: "\r\n", delimiter: ";" };
    await writeFile(path, JSON.stringify(edited));
    expect((await checkDescriptor(dir)).map((p) => [p.code, p.column])).toEqual([
      ["descriptor/stale-dialect", "resources.claims.dialect"],
    ]);
    await refreshDescriptor(dir);
    expect(await checkDescriptor(dir)).toEqual([]);
    const fresh = (await readJson(path)).resources as Record<string, unknown>[];
    expect(fresh[3]!.dialect).toEqual({ lineTerminator: "\n" });
  });

  it("keeps the human fields and field descriptions, and rebuilds the derived ones", async () => {
    const dir = await writeTinyDataset();
    const path = join(dir, "datapackage.json");
    const edited = await readJson(path);
    const resources = edited.resources as { schema: { fields: Record<string, unknown>[] } }[];
    resources[3]!.schema.fields[0]!.description = "Stable id of the claim";
    resources[3]!.schema.fields[1]!.type = "integer";
    await writeFile(
      path,
      JSON.stringify({ ...edited, description: "Hand written", homepage: "https://example.org" }),
    );
    expect((await checkDescriptor(dir)).map((p) => p.code)).toEqual(["descriptor/stale-fields"]);

    const { problems } = await refreshDescriptor(dir);
    expect(problems).toEqual([]);
    const fresh = dataPackageSchema.parse(await readJson(path));
    expect(fresh).toMatchObject({
      ...TINY_DESCRIPTOR,
      description: "Hand written",
      homepage: "https://example.org",
    });
    expect(fresh.resources[3]!.schema.fields[0]).toMatchObject({
      name: "claim_id",
      description: "Stable id of the claim",
    });
    expect(fresh.resources[3]!.schema.fields[1]).toMatchObject({ name: "event_id", type: "string" });
    expect(await checkDescriptor(dir)).toEqual([]);
  });

  it("is not out of date for a field's words alone, and gives the words Tally once wrote way to today's", async () => {
    const dir = await writeTinyDataset();
    const path = join(dir, "datapackage.json");
    const edited = await readJson(path);
    const resources = edited.resources as { schema: { fields: Record<string, unknown>[] } }[];
    const sources = resources[0]!.schema.fields;
    // A release frozen before today's words: "empty means false" was Tally's own, a person's words stay.
    const inferred = sources.find((f) => f.name === "published_inferred")!;
    inferred.description = "empty means false";
    sources.find((f) => f.name === "outlet")!.description = "As printed on the masthead";
    delete resources[3]!.schema.fields.find((f) => f.name === "qualifier")!.description;
    // Blank words are no words (an outside review: "" survived and the column had none).
    resources[3]!.schema.fields.find((f) => f.name === "notes")!.description = " ";
    await writeFile(path, JSON.stringify(edited));
    expect(await checkDescriptor(dir)).toEqual([]);

    await refreshDescriptor(dir);
    const fresh = dataPackageSchema.parse(await readJson(path));
    const field = (r: number, name: string) =>
      fresh.resources[r]!.schema.fields.find((f) => f.name === name)!;
    expect(field(0, "published_inferred").description).toMatch(
      /^true when the text does not print .* means false\.$/,
    );
    expect(field(0, "outlet").description).toBe("As printed on the masthead");
    expect(field(3, "qualifier").description).toMatch(/^How the figure bounds the value\./);
    expect(field(3, "notes").description).toBe("How the figure was read from the quote.");
    expect(fresh.resources[3]!.description).toMatch(/^One row per figure as a source reports it/);
  });

  it("leaves the shipped data/datapackage.json as it is, words included", async () => {
    // Tally's words in the shipped descriptor are today's: a text changed in fieldDescriptions.ts
    // without its old words in EARLIER_DERIVED_WORDS would be kept by the refresh as a person's.
    const dataDir = join(REPO, "data");
    const { descriptor, csv, optional } = await readDatasetFiles(dataDir);
    const written = await readFile(join(dataDir, "datapackage.json"), "utf8");
    expect(formatJson(buildDescriptor(descriptor, csv, optional))).toBe(written);
  });

  it("writes JSON that the repository's formatter leaves unchanged", async () => {
    const dir = await writeTinyDataset(undefined, { csv: { claims: `${TINY_CSV.claims}\n` } });
    await refreshDescriptor(dir);
    const written = await readFile(join(dir, "datapackage.json"), "utf8");
    const formatted = execFileSync(
      join(REPO, "node_modules/.bin/biome"),
      ["format", "--stdin-file-path=datapackage.json"],
      {
        cwd: REPO,
        input: written,
        encoding: "utf8",
      },
    );
    expect(formatted).toBe(written);
  });

  it("reports a descriptor whose human fields break the schema", async () => {
    const dir = await writeTinyDataset();
    const path = join(dir, "datapackage.json");
    await writeFile(path, JSON.stringify({ ...(await readJson(path)), licenses: [] }));
    expect((await checkDescriptor(dir)).map((p) => [p.code, p.column])).toEqual([
      ["descriptor/schema", "licenses"],
    ]);
  });
});
