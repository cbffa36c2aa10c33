import { describe, expect, it } from "vitest";
import { type DataPackage, dataPackageSchema } from "../schema/datapackage.js";
import { descriptorChanges } from "./descriptorChanges.js";

const fields = ["claim_id", "event_id", "source_id", "metric", "quote"];

function descriptor(edit: (d: DataPackage) => void = () => {}): DataPackage {
  const d: DataPackage = {
    name: "tiny",
    title: "A tiny dataset",
    version: "1.0.0",
    created: "2024-05-01T00:00:00.000Z",
    licenses: [{ name: "CC-BY-4.0" }],
    resources: [
      {
        name: "claims",
        path: "claims.csv",
        bytes: 10,
        hash: `sha256:${"0".repeat(64)}`,
        schema: {
          fields: fields.map((name) => ({ name, type: "string" as const, description: `the ${name}` })),
        },
      },
    ],
  };
  edit(d);
  return dataPackageSchema.parse(d);
}
const claims = (d: DataPackage) => d.resources[0]!;

describe("descriptorChanges", () => {
  it("finds nothing where only the version, date, sizes and hashes moved", () => {
    const next = descriptor((d) => {
      d.version = "1.0.1";
      d.created = "2024-06-01T00:00:00.000Z";
      claims(d).bytes = 12;
      claims(d).hash = `sha256:${"1".repeat(64)}`;
    });
    expect(descriptorChanges(descriptor(), next)).toEqual([]);
  });

  it("names the package's and each resource's changed properties with their values", () => {
    const next = descriptor((d) => {
      d.title = "A small dataset";
      claims(d).dialect = { lineTerminator: "\n" };
      claims(d).schema.missingValues = ["", "NA"];
    });
    expect(descriptorChanges(descriptor(), next)).toEqual([
      'datapackage.json: title "A tiny dataset" → "A small dataset"',
      'claims.csv: dialect (none) → {"lineTerminator":"\\n"}',
      'claims.csv: schema missingValues (none) → ["","NA"]',
    ]);
  });

  it("gives one line per field property: the value for one field, the names for several", () => {
    const one = descriptor((d) => {
      claims(d).schema.fields[4]!.description = "the words printed";
    });
    expect(descriptorChanges(descriptor(), one)).toEqual([
      'claims.csv: description of quote "the quote" → "the words printed"',
    ]);
    const all = descriptor((d) => {
      for (const f of claims(d).schema.fields) f.description = `${f.description}, as printed`;
      claims(d).schema.fields[0]!.constraints = { required: true };
    });
    expect(descriptorChanges(descriptor(), all)).toEqual([
      'claims.csv: constraints of claim_id (none) → {"required":true}',
      "claims.csv: description of 5 fields changed (claim_id, event_id, source_id and 2 more)",
    ]);
  });

  it("names fields and resources added and dropped", () => {
    const next = descriptor((d) => {
      claims(d).schema.fields.splice(4, 1);
      claims(d).schema.fields.push({ name: "notes", type: "string" });
      d.resources.push({
        name: "events",
        path: "events.csv",
        schema: { fields: [{ name: "event_id", type: "string" }] },
      });
    });
    expect(descriptorChanges(descriptor(), next)).toEqual([
      "claims.csv: new field notes",
      "claims.csv: field dropped: quote",
      "datapackage.json: new resource events (events.csv)",
    ]);
    expect(descriptorChanges(next, descriptor())).toContain(
      "datapackage.json: resource events (events.csv) dropped",
    );
  });

  it('says only "changed" where two long values differ past what is shown, and never cuts a character or an escape in two', () => {
    const long = "x".repeat(70);
    const next = descriptor((d) => {
      d.title = `${long} one`;
      d.description = `${"y".repeat(55)}😀 and more words to cut`;
      d.homepage = `${"z".repeat(52)}\u202e and more words to cut`;
    });
    const was = descriptor((d) => {
      d.title = `${long} two`;
    });
    const lines = descriptorChanges(was, next);
    expect(lines).toContain("datapackage.json: title changed");
    const description = lines.find((l) => l.includes("description"))!;
    expect(description).toMatch(/y😀…$/);
    const homepage = lines.find((l) => l.includes("homepage"))!;
    expect(homepage).toMatch(/z…$/);
    expect(homepage).not.toContain("\\u20");
  });

  it("shows control and invisible characters as escapes and cuts a long value", () => {
    const next = descriptor((d) => {
      d.title = `A tiny\u202e dataset\n${"x".repeat(80)}`;
    });
    const [line] = descriptorChanges(descriptor(), next);
    expect(line).toContain("\\u202e");
    expect(line).toContain("\\n");
    expect(line).not.toMatch(/[\n\u202e]/);
    expect(line).toMatch(/…$/);
  });
});
