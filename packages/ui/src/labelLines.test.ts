import { describe, expect, it } from "vitest";
import { FSI, isolateName, PDI } from "./bidi.js";
import { labelLines, wrappedLines } from "./labelLines.js";

describe("labelLines", () => {
  it("puts the outlet on its own line and wraps the attributed source below it", () => {
    expect(labelLines("NK Insider", "Joo Ok-kyung of Light of Freedom", 30)).toEqual([
      "NK Insider",
      "Joo Ok-kyung of Light of",
      "Freedom",
    ]);
    expect(labelLines("Daily NK", "a high-ranking Daily NK source in North Korea", 30)).toEqual([
      "Daily NK",
      "a high-ranking Daily NK source",
      "in North Korea",
    ]);
  });

  it("ends the last allowed line with an ellipsis when the source runs on", () => {
    const lines = labelLines(
      "NK Insider",
      "family members and sources connected to the defectors in South Korea, interviewed by NK Insider",
      30,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith("…")).toBe(true);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
  });

  it("keeps a short label on one or two lines and clips an unbreakable word", () => {
    expect(labelLines("Daily NK", "Daily NK", 30)).toEqual(["Daily NK", "Daily NK"]);
    expect(labelLines("Outlet", undefined, 30)).toEqual(["Outlet"]);
    expect(labelLines("Averyveryverylongoutletname", undefined, 10)).toEqual(["Averyvery…"]);
  });

  it("closes an isolate that the ellipsis cut, so no right-to-left name runs on past a line", () => {
    const lines = wrappedLines(
      `Persons ${isolateName("محتجزون في الصين بعد الإعادة القسرية")} detained`,
      20,
      2,
    );
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.split(FSI).length, line).toBe(line.split(PDI).length);
    expect(lines[1]!).toMatch(/…\u2069?$/u);
  });
});
