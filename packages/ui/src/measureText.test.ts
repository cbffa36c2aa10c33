import { describe, expect, it } from "vitest";
import { isolateName } from "./bidi.js";
import { estimateMeasure, notoSansEstimate, wrapByWidth } from "./measureText.js";

// A measure where "W" is three times as wide as "i": character counts would wrap both alike.
const measure = (s: string) => [...s].reduce((w, c) => w + (c === "W" ? 15 : c === " " ? 3 : 5), 0);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("wrapByWidth", () => {
  it("breaks where the measured width runs out, not after a fixed number of characters", () => {
    const wide = wrapByWidth("WWW WWW WWW", 100, measure);
    const narrow = wrapByWidth("iii iii iii", 100, measure);
    expect(wide).toEqual(["WWW WWW", "WWW"]);
    expect(narrow).toEqual(["iii iii iii"]);
    for (const l of [...wide, ...narrow]) expect(measure(l)).toBeLessThanOrEqual(100);
  });

  it("splits a word longer than the line so no line is wider than the limit", () => {
    const lines = wrapByWidth("ab WWWWWWWWWW cd", 50, measure);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(50);
    expect(lines.join("").replaceAll(" ", "")).toBe("abWWWWWWWWWWcd");
    expect(lines[0]).toBe("ab");
  });

  it("splits a long run of emoji between characters, never between the halves of one", () => {
    const run = "😀".repeat(7);
    // 4 is narrower than one emoji: each goes whole on a line of its own, as a too-wide letter does.
    for (const width of [4, 12]) {
      const lines = wrapByWidth(run, width, measure);
      expect(lines.join("")).toBe(run);
      for (const l of lines) expect(l).not.toMatch(LONE_SURROGATE);
      expect(lines.length).toBe(width === 4 ? 7 : 4);
    }
  });
});

describe("isolates around a right-to-left name", () => {
  it("measure nothing", () => {
    const name = "الجزيرة نت";
    expect(notoSansEstimate(isolateName(name), 12)).toBe(notoSansEstimate(name, 12));
    expect(estimateMeasure(isolateName(name), 12)).toBe(estimateMeasure(name, 12));
  });

  it("are closed at a line's end and opened again on the next when the name is wrapped", () => {
    const lines = wrapByWidth(`A: 45 · ${isolateName("الجزيرة نت")} · 1 claim`, 40, measure);
    expect(lines.join(" ").replace(/\u2069 \u2068/g, " ")).toBe(
      `A: 45 · ${isolateName("الجزيرة نت")} · 1 claim`,
    );
    for (const line of lines) {
      const opened = [...line].filter((c) => c === "\u2068").length;
      expect([...line].filter((c) => c === "\u2069").length, line).toBe(opened);
    }
  });
});
