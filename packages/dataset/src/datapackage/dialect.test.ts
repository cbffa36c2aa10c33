import { describe, expect, it } from "vitest";
import { TINY_CSV, TINY_DESCRIPTOR } from "../__fixtures__/tinyDataset.js";
import type { TableName } from "../schema/tables.js";
import { buildDescriptor } from "./buildDescriptor.js";
import { descriptorProblems } from "./descriptorProblems.js";
import { dialectDifference, dialectOf } from "./dialect.js";

const encode = (texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).map(([t, text]) => [t, new TextEncoder().encode(text)])) as Record<
    TableName,
    Uint8Array
  >;

const LF = encode(TINY_CSV);
const CRLF = encode(
  Object.fromEntries(Object.entries(TINY_CSV).map(([t, s]) => [t, s.replace(/\n/g, "\r\n")])),
);

type Resource = Record<string, unknown>;
const resourcesOf = (descriptor: unknown) => (descriptor as { resources: Resource[] }).resources;

/** The fresh descriptor of `csv` with the claims resource's dialect set (or removed, for undefined). */
function withClaimsDialect(csv: Record<TableName, Uint8Array>, dialect: unknown): unknown {
  const fresh = buildDescriptor(TINY_DESCRIPTOR, csv) as { resources: Resource[] };
  const resources = fresh.resources.map((r) => {
    if (r.name !== "claims") return r;
    const { dialect: _, ...rest } = r;
    return dialect === undefined ? rest : { ...rest, dialect };
  });
  return { ...fresh, resources };
}

describe("CSV dialect", () => {
  it("declares only what differs from the Frictionless defaults", () => {
    expect(dialectOf("\n")).toEqual({ lineTerminator: "\n" });
    expect(dialectOf("\r")).toEqual({ lineTerminator: "\r" });
    expect(dialectOf("\r\n")).toBeNull();
    expect(dialectOf(null)).toBeNull();
  });

  it("describes each table's line ends in the descriptor: LF files declare them, CRLF files need none", () => {
    // The Frictionless consumer's review: the files end lines in LF while the spec's default is CRLF.
    for (const r of resourcesOf(buildDescriptor(TINY_DESCRIPTOR, LF)))
      expect(r.dialect, String(r.name)).toEqual({ lineTerminator: "\n" });
    for (const r of resourcesOf(buildDescriptor(TINY_DESCRIPTOR, CRLF)))
      expect(r.dialect, String(r.name)).toBeUndefined();
  });

  it("holds a declared dialect to the file, naming the property that misreads it", () => {
    expect(dialectDifference({ lineTerminator: "\n" }, "\n")).toBeNull();
    expect(dialectDifference({ lineTerminator: "\r\n" }, "\n")).toBe(
      'lineTerminator "\\r\\n", the file\'s "\\n"',
    );
    // Saying nothing of line ends declares the default, CRLF.
    expect(dialectDifference({}, "\n")).toBe('lineTerminator "\\r\\n", the file\'s "\\n"');
    expect(dialectDifference({ delimiter: ";", lineTerminator: "\n" }, "\n")).toBe(
      'delimiter ";", the file\'s ","',
    );
    expect(dialectDifference({ header: false }, "\r\n")).toBe("header false, the file's true");
    expect(
      dialectDifference({ doubleQuote: true, quoteChar: '"', skipInitialSpace: false }, "\r\n"),
    ).toBeNull();
    expect(dialectDifference("\n", "\n")).toBe('"\\n" is not a CSV Dialect object');
    // A file with no line end read cannot contradict a declared one.
    expect(dialectDifference({ lineTerminator: "\r\n" }, null)).toBeNull();
  });

  it("reports a wrong dialect at its resource, and none where a descriptor declares no dialect", () => {
    const wrong = descriptorProblems(withClaimsDialect(LF, { lineTerminator: "\r\n" }), LF);
    expect(wrong.map((p) => [p.code, p.column, p.message])).toEqual([
      [
        "descriptor/stale-dialect",
        "resources.claims.dialect",
        'the dialect of claims does not describe claims.csv (lineTerminator "\\r\\n", the file\'s "\\n"): run pnpm dataset hash',
      ],
    ]);
    // Releases cut before dialects were written declare none, and are read with the defaults.
    expect(descriptorProblems(withClaimsDialect(LF, undefined), LF)).toEqual([]);
    expect(descriptorProblems(withClaimsDialect(CRLF, { lineTerminator: "\r\n" }), CRLF)).toEqual([]);
    expect(
      descriptorProblems(withClaimsDialect(CRLF, { lineTerminator: "\n" }), CRLF).map((p) => p.code),
    ).toEqual(["descriptor/stale-dialect"]);
  });

  it("refuses dialect properties Tally does not read by, which make a reader skip or merge rows", () => {
    // An outside audit: commentChar "c" hid every claim from a Frictionless reader, and passed.
    const lf = { lineTerminator: "\n" };
    expect(dialectDifference({ ...lf, commentChar: "c" }, "\n")).toBe(
      'commentChar "c": Tally reads every line as data, where a reader skips the lines it starts',
    );
    expect(dialectDifference({ ...lf, headerRows: [2] }, "\n")).toBe(
      "headerRows [2]: Tally reads the header from the first row alone",
    );
    expect(dialectDifference({ ...lf, commentRows: [2, 3] }, "\n")).toMatch(/^commentRows \[2,3\]: /);
    expect(dialectDifference({ ...lf, escapeChar: "\\" }, "\n")).toMatch(/^escapeChar "\\\\": /);
    expect(dialectDifference({ ...lf, nullSequence: "NA" }, "\n")).toMatch(/^nullSequence "NA": /);
    // The values that read a file as Tally does are no difference.
    expect(dialectDifference({ ...lf, headerRows: [1], commentRows: [] }, "\n")).toBeNull();
  });

  it("holds a resource's format, mediatype, encoding and compression to how the file is stored", () => {
    const problemsWith = (extra: Record<string, unknown>) => {
      const fresh = buildDescriptor(TINY_DESCRIPTOR, LF) as { resources: Resource[] };
      const resources = fresh.resources.map((r) => (r.name === "claims" ? { ...r, ...extra } : r));
      return descriptorProblems({ ...fresh, resources }, LF).map((p) => [p.code, p.column, p.message]);
    };
    expect(problemsWith({ encoding: "latin1" })).toEqual([
      [
        "descriptor/format",
        "resources.claims.encoding",
        'the encoding of claims does not describe claims.csv (encoding "latin1", the file\'s "utf-8", which Tally reads and writes): run pnpm dataset hash',
      ],
    ]);
    expect(problemsWith({ format: "xlsx" })[0]?.[1]).toBe("resources.claims.format");
    expect(problemsWith({ mediatype: "application/json" })[0]?.[1]).toBe("resources.claims.mediatype");
    expect(problemsWith({ compression: "gz" })[0]?.[2]).toContain(
      'compression "gz", where the file is not compressed',
    );
    // Spellings of what the file is.
    expect(
      problemsWith({ format: "CSV", mediatype: "text/csv", encoding: "UTF8", compression: "no" }),
    ).toEqual([]);
  });
});
