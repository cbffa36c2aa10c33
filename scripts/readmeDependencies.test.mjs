import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./lib/proc.mjs";

/** Every package.json of the workspace: the root's, the app's and each package's. */
const manifests = [
  "package.json",
  ...["apps", "packages"].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .map((name) => `${dir}/${name}/package.json`)
      // A folder left behind without a manifest (a build's, a checkout's) is no package.
      .filter((file) => existsSync(join(ROOT, file))),
  ),
];

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
/** The first cells of "Why each dependency is here": each name it gives a reason for, and the version after it, if any. */
const tableNames = (() => {
  const section = readme.split("## Why each dependency is here")[1]?.split("\n## ")[0] ?? "";
  const names = new Map();
  for (const line of section.split("\n")) {
    const first = line.match(/^\|([^|]+)\|/)?.[1];
    // "TypeScript 6.0", "pnpm 10, turbo", "csv-parse / csv-stringify": a version after a name is not a name.
    for (const cell of first?.split(/,| \/ /) ?? []) {
      const [name, version] = cell.trim().split(" ");
      names.set(name.toLowerCase(), version);
    }
  }
  return names;
})();
const explained = new Set(tableNames.keys());

// The README promises a reason for each dependency; the table had left out react-dom, Stryker and
// the @types packages, which no one noticed until they were counted.
describe("README: why each dependency is here", () => {
  const dependencies = new Set(
    manifests.flatMap((file) => {
      const pkg = JSON.parse(readFileSync(join(ROOT, file), "utf8"));
      return Object.keys({
        ...pkg.dependencies,
        ...pkg.devDependencies,
        ...pkg.peerDependencies,
        ...pkg.optionalDependencies,
      }).filter((d) => !d.startsWith("@tally/"));
    }),
  );

  it("reads the table", () => {
    expect(explained.has("zod")).toBe(true);
    expect(explained.has("typescript")).toBe(true);
    expect(explained.has("csv-stringify")).toBe(true);
  });

  it("gives a reason for every dependency of every package.json", () => {
    expect([...dependencies].filter((d) => !explained.has(d.toLowerCase())).sort()).toEqual([]);
  });

  // An outside audit: the test read the names and dropped the versions the table gives ("TypeScript
  // 6.0", "apache-arrow 17", "pnpm 10"), so a bump in a package.json left the README naming the old
  // line unnoticed. Each version named must be where the package.json's range starts.
  it("names each dependency's version as a package.json gives it", () => {
    const ranges = new Map();
    for (const file of manifests) {
      const pkg = JSON.parse(readFileSync(join(ROOT, file), "utf8"));
      for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }))
        ranges.set(name.toLowerCase(), range);
      const manager = pkg.packageManager?.match(/^(pnpm)@(.+)$/);
      if (manager) ranges.set(manager[1], manager[2]);
    }
    const versioned = [...tableNames.entries()].filter(([, version]) => version !== undefined);
    expect(versioned.map(([name]) => name).sort()).toEqual(["apache-arrow", "pnpm", "typescript"]);
    for (const [name, version] of versioned)
      expect(`${name} ${ranges.get(name)?.replace(/^[~^]/, "")}`).toMatch(
        new RegExp(`^${name} ${version.replaceAll(".", "\\.")}(\\.|$)`),
      );
  });

  // An outside audit: the table gave reasons for axe-core and the dashboard's recharts, which no
  // code of theirs imported. pnpm is the root's packageManager, not a dependency.
  it("names no dependency that no package.json lists", () => {
    const listed = new Set([...dependencies].map((d) => d.toLowerCase()));
    // The table's header and rule rows name no package.
    const named = [...explained].filter((name) => /^[a-z@]/.test(name) && name !== "dependency");
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((name) => name !== "pnpm" && !listed.has(name)).sort()).toEqual([]);
  });
});
