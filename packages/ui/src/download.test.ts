import { describe, expect, it } from "vitest";
import { EXPORT_NAME_MAX, exportStem } from "./download.js";

describe("exportStem's words", () => {
  const title =
    "China forcibly repatriates detained North Koreans through Dandong and Tumen — Repatriated persons: 9 claims compared";

  it("keeps whole words and stops at a word boundary within the limit", () => {
    const stem = exportStem(title, "d", "1", 60);
    expect(`${stem}.metadata.json`.length).toBeLessThanOrEqual(60);
    const [kept, tag] = stem.replace(/-d-1$/, "").split(/-(?=[0-9a-f]{6}$)/);
    expect(kept).toBe("china-forcibly-repatriates-detained");
    expect(tag).toMatch(/^[0-9a-f]{6}$/);
    const words = new Set(title.toLowerCase().split(/[^a-z0-9]+/));
    for (const w of kept!.split("-")) expect(words.has(w)).toBe(true);
  });

  it("drops punctuation and accents, and never returns an empty name", () => {
    expect(exportStem("Émigrés — “about” 200!", "d", "1")).toBe("emigres-about-200-d-1");
    expect(exportStem("——", "d", "1")).toBe("chart-d-1");
  });
});

describe("exportStem", () => {
  const dataset = "tally-nk-detentions-repatriations";
  const longest = (stem: string) => `${stem}.metadata.json`.length;
  const event = "Dandong and Tumen repatriation, 9 Oct 2023";
  const women = `${event} Share who were women`;
  const civilians = `${event} Share who were civilians and religious figures`;

  it("names the two 9 Oct 2023 share charts apart (both were '…-9-oct-2023-share-who-were-…')", () => {
    const a = exportStem(women, dataset, "1.1.0");
    const b = exportStem(civilians, dataset, "1.1.0");
    expect(a).not.toBe(b);
    expect(a).toBe(
      "dandong-and-tumen-repatriation-9-oct-2023-share-who-were-women-tally-nk-detentions-repatriations-1.1.0",
    );
    expect(b).toMatch(/^dandong-tumen-repatriation-9-oct-2023-share-civilians-[0-9a-f]{6}-tally-nk-/);
    for (const s of [a, b]) expect(longest(s)).toBeLessThanOrEqual(EXPORT_NAME_MAX);
  });

  it("tells apart whole chart titles that differ only past any cut, the same title always alike", () => {
    const titles = [
      `${event} — Share who were women: 3 claims compared`,
      `${event} — Share who were civilians and religious figures: 3 claims compared`,
      `${event} — Share under the Ministry of State Security: 3 claims compared`,
      `${event} — North Koreans forcibly returned: 7 claims compared`,
    ];
    const stems = titles.map((t) => exportStem(t, dataset, "1.1.0"));
    expect(new Set(stems).size).toBe(titles.length);
    expect(stems).toEqual(titles.map((t) => exportStem(t, dataset, "1.1.0")));
    for (const s of stems) {
      expect(longest(s)).toBeLessThanOrEqual(EXPORT_NAME_MAX);
      expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-tally-nk-detentions-repatriations-1\.1\.0$/);
    }
  });

  it("keeps every period of a title that fits: the year 2019 was cut from the arrivals chart", () => {
    expect(
      exportStem("Arrivals in South Korea by period: Jan–Jun 2018 vs Jan–Jun 2019", dataset, "1.1.0"),
    ).toBe(
      "arrivals-in-south-korea-by-period-jan-jun-2018-vs-jan-jun-2019-tally-nk-detentions-repatriations-1.1.0",
    );
  });

  it("stays within the limit for any title, and names an empty one 'chart'", () => {
    const long = "word ".repeat(200);
    expect(longest(exportStem(long, dataset, "1.1.0"))).toBeLessThanOrEqual(EXPORT_NAME_MAX);
    expect(longest(exportStem("x".repeat(300), dataset, "1.1.0"))).toBeLessThanOrEqual(EXPORT_NAME_MAX);
    expect(exportStem("——", "tally", "1.0.0")).toBe("chart-tally-1.0.0");
  });
});
