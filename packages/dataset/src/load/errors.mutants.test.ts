import { describe, expect, it } from "vitest";
import type { Problem } from "../schema/problem.js";
import { DatasetLoadError, DatasetReadError, ReleaseRefusedError } from "./errors.js";

function problem(row: number): Problem {
  return {
    code: "schema/value_low",
    file: "claims.csv",
    row,
    line: row + 1,
    column: "value_low",
    message: `value_low "x${row}" must be a number such as 200 or 3.5`,
  };
}

function problems(count: number): Problem[] {
  return Array.from({ length: count }, (_, i) => problem(i + 1));
}

function line(row: number): string {
  return `  claims.csv:${row + 1} (row ${row}, value_low): value_low "x${row}" must be a number such as 200 or 3.5 [schema/value_low]`;
}

describe("the loader's errors", () => {
  it("name themselves, so a caller can tell them apart after serialisation", () => {
    expect(new DatasetReadError("no such directory: data").name).toBe("DatasetReadError");
    expect(new DatasetLoadError("demo", problems(1)).name).toBe("DatasetLoadError");
    expect(new ReleaseRefusedError("version 1.0.0 already exists").name).toBe("ReleaseRefusedError");
  });

  it("say one problem in the singular, on a heading line and then one line for it", () => {
    expect(new DatasetLoadError("demo", problems(1)).message).toBe(["demo: 1 problem", line(1)].join("\n"));
  });

  it("say several problems in the plural, one line each", () => {
    expect(new DatasetLoadError("demo", problems(2)).message).toBe(
      ["demo: 2 problems", line(1), line(2)].join("\n"),
    );
  });

  it("say no problems in the plural and list nothing", () => {
    expect(new DatasetLoadError("demo", []).message).toBe("demo: 0 problems");
  });

  it("list all twenty problems when there are exactly twenty, with no line for more", () => {
    const message = new DatasetLoadError("demo", problems(20)).message;
    const expected = ["demo: 20 problems", ...Array.from({ length: 20 }, (_, i) => line(i + 1))];
    expect(message).toBe(expected.join("\n"));
  });

  it("list the first twenty of more problems, then say how many more there are", () => {
    const message = new DatasetLoadError("demo", problems(23)).message;
    const expected = [
      "demo: 23 problems",
      ...Array.from({ length: 20 }, (_, i) => line(i + 1)),
      "  … and 3 more",
    ];
    expect(message).toBe(expected.join("\n"));
  });

  it("say one more when there are twenty-one", () => {
    const lines = new DatasetLoadError("demo", problems(21)).message.split("\n");
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe("demo: 21 problems");
    expect(lines[20]).toBe(line(20));
    expect(lines[21]).toBe("  … and 1 more");
  });

  it("keep the dataset and every problem, listed or not", () => {
    const all = problems(25);
    const error = new DatasetLoadError("demo", all);
    expect(error.dataset).toBe("demo");
    expect(error.problems).toEqual(all);
    expect(new DatasetReadError("not UTF-8", "data/claims.csv").path).toBe("data/claims.csv");
    expect(new DatasetReadError("no such directory").path).toBeNull();
  });
});
