import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrast.js";

const css = readFileSync(resolve(import.meta.dirname, "styles.css"), "utf8");

function customProperty(name: string): string {
  const m = css.match(new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,6})\\s*;`));
  if (!m) throw new Error(`styles.css sets no ${name}`);
  return m[1]!;
}

/** Every colour styles.css paints a background with: the ring must show on each of them. */
const backgrounds = [...css.matchAll(/background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})\b/g)].map((m) => m[1]!);

describe("focus ring contrast (WCAG 1.4.11: at least 3:1)", () => {
  const ring = customProperty("--tally-focus");
  const halo = customProperty("--tally-focus-halo");

  it("reads the page's backgrounds, the current view's blue among them", () => {
    expect(backgrounds.length).toBeGreaterThan(5);
    expect(backgrounds.map((b) => b.toLowerCase())).toContain("#0072b2");
  });

  it("every focus rule uses the ring colour, none the old amber", () => {
    expect(css).not.toMatch(/#e69f00/i);
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid var\(--tally-focus\)/);
  });

  it.each(backgrounds)("the ring on %s", (background) => {
    expect(contrastRatio(ring, background)).toBeGreaterThanOrEqual(3);
  });

  it("the halo between element and ring contrasts with the ring", () => {
    expect(contrastRatio(ring, halo)).toBeGreaterThanOrEqual(3);
  });

  it("the old amber failed on white, so the test can fail", () => {
    expect(contrastRatio("#e69f00", "#ffffff")).toBeLessThan(3);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
});
