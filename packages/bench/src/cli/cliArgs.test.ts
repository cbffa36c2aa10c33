import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./benchArgs.js";
import { parseBenchDataArgs } from "./benchDataArgs.js";
import { strictArgs, UsageError } from "./cliArgs.js";

const parse = (argv: string[]) =>
  strictArgs(argv, ["claims"], {
    claims: { type: "string" },
    seed: { type: "string" },
    merge: { type: "boolean" },
  }).values;

describe("strictArgs", () => {
  it("refuses an option given twice, in either spelling", () => {
    expect(() => parse(["--claims", "1k", "--claims=2k"])).toThrow(
      new UsageError("--claims is given more than once; give it once"),
    );
    expect(() => parse(["--merge", "--merge"])).toThrow("--merge is given more than once; give it once");
    expect(parse(["--claims", "1k", "--seed", "2"])).toEqual({ claims: "1k", seed: "2" });
  });

  it("says a negative count must be positive, and keeps node's whole advice for other dashes", () => {
    expect(() => parse(["--claims", "-1"])).toThrow("--claims -1: the number must be positive");
    expect(() => parse(["--seed", "-1"])).toThrow(
      "Option '--seed' argument is ambiguous. Did you forget to specify the option argument for '--seed'? To specify an option argument starting with a dash use '--seed=-XYZ'.",
    );
  });
});

describe("bench and bench:data arguments, parsed", () => {
  it("refuses sizes that are too small or not positive, naming the option", () => {
    expect(() => parseBenchArgs(["--sizes", "10k, 55"])).toThrow(
      "--sizes: 55 is too small (at least 56 claims)",
    );
    expect(() => parseBenchArgs(["--sizes", "10k,-1"])).toThrow('--sizes: "-1" is not a positive size');
    expect(() => parseBenchArgs(["--sizes", "-1"])).toThrow("--sizes -1: the number must be positive");
    expect(() => parseBenchDataArgs(["--claims=-1"])).toThrow('--claims: "-1" is not a positive size');
    expect(() => parseBenchDataArgs(["--claims", "0.05k"])).toThrow(
      "--claims 0.05k is too small (at least 56 claims)",
    );
    expect(parseBenchArgs(["--sizes", "56", "--runs", "1"])).toMatchObject({ sizes: [56], runs: 1 });
  });
});
