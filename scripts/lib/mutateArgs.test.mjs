import { describe, expect, it } from "vitest";
import { mutateArgs, NEVER_MUTATED } from "./mutateArgs.mjs";

const tree = { "packages/validation/src/rules": "dir", "packages/dataset/src/dates.ts": "file" };
const kindOf = (path) => tree[path];

describe("pnpm mutate arguments", () => {
  it("leaves Stryker's own options alone and mutates both packages when no folder is named", () => {
    expect(mutateArgs(["--concurrency", "2", "--force"], kindOf)).toEqual(["--concurrency", "2", "--force"]);
  });

  it("turns a folder into its .ts files and keeps tests, fixtures and entry points out", () => {
    const args = mutateArgs(["packages/validation/src/rules/", "--concurrency", "2"], kindOf);
    expect(args[0]).toBe("--mutate");
    expect(args[1].split(",")).toEqual(["packages/validation/src/rules/**/*.ts", ...NEVER_MUTATED]);
    expect(args.slice(2)).toEqual(["--concurrency", "2"]);
    expect(NEVER_MUTATED).toContain("!**/*.test.ts");
  });

  it("takes a file as it is and --mutate globs as written, with the same exclusions", () => {
    const args = mutateArgs(
      ["packages/dataset/src/dates.ts", "--mutate", "packages/dataset/src/csv/*.ts,x/**/*.ts"],
      kindOf,
    );
    expect(args[1].split(",").slice(0, 3)).toEqual([
      "packages/dataset/src/dates.ts",
      "packages/dataset/src/csv/*.ts",
      "x/**/*.ts",
    ]);
    expect(args[1].split(",").slice(3)).toEqual(NEVER_MUTATED);
  });

  it("refuses --mutate without globs", () => {
    expect(() => mutateArgs(["--mutate"], kindOf)).toThrow(/needs a value/);
    expect(() => mutateArgs(["--mutate", "--force"], kindOf)).toThrow(/needs a value/);
  });
});
