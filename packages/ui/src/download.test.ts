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

  it("tags a title whose letters are not all Latin, so two such titles are not named alike", () => {
    // An outside audit: two events titled in Arabic, each exported with persons_detained, were
    // both "persons-detained-tally-hostile-audit-1.0.0" (.svg, .csv, .png and .zip).
    const a = exportStem(
      { title: "إعادة قسرية 🔥 החזרה", keep: "persons_detained" },
      "tally-hostile-audit",
      "1.0.0",
    );
    const b = exportStem(
      { title: "ترحيل قسري في داندونغ", keep: "persons_detained" },
      "tally-hostile-audit",
      "1.0.0",
    );
    expect(a).toMatch(/^[0-9a-f]{6}-persons-detained-tally-hostile-audit-1\.0\.0$/);
    expect(b).toMatch(/^[0-9a-f]{6}-persons-detained-tally-hostile-audit-1\.0\.0$/);
    expect(a).not.toBe(b);
    // The same title is always named alike, whichever way its characters are composed.
    expect(
      exportStem({ title: "إعادة قسرية 🔥 החזרה", keep: "persons_detained" }, "tally-hostile-audit", "1.0.0"),
    ).toBe(a);
    expect(exportStem("탈북민 강제북송", "d", "1")).toBe(
      exportStem("탈북민 강제북송".normalize("NFD"), "d", "1"),
    );
    // What words the title has in Latin letters stay, the tag after them: two titles that differ
    // only in their other letters keep apart.
    const mixed = exportStem("Returns from 단둥 2023", "d", "1");
    expect(mixed).toMatch(/^returns-from-2023-[0-9a-f]{6}-d-1$/);
    expect(mixed).not.toBe(exportStem("Returns from 혜산 2023", "d", "1"));
    expect(exportStem("Łódź", "d", "1")).toMatch(/^odz-[0-9a-f]{6}-d-1$/);
    // Accents and punctuation alone lose nothing: no tag.
    expect(exportStem("Sinŭiju returns: “about” 200", "d", "1")).toBe("sinuiju-returns-about-200-d-1");
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

describe("exportStem with an ending kept whole", () => {
  const dataset = "tally-nk-detentions-repatriations";
  const longest = (stem: string) => `${stem}.metadata.json`.length;
  // Release 1.0.0 has no short titles: Discrepancies names its files by the event's whole title.
  const longEvent = "China forcibly repatriates detained North Koreans through Dandong and Tumen";

  it("keeps 1.0.0's metric ids whole and cuts the long event title instead (both were 'china-…-through-<tag>')", () => {
    const pretrial = exportStem({ title: longEvent, keep: "pretrial_classification_days" }, dataset, "1.0.0");
    const repatriated = exportStem({ title: longEvent, keep: "repatriated_persons" }, dataset, "1.0.0");
    expect(pretrial).toMatch(
      /^china-forcibly-repatriates-[0-9a-f]{6}-pretrial-classification-days-tally-nk-detentions-repatriations-1\.0\.0$/,
    );
    expect(repatriated).toMatch(
      /^china-forcibly-repatriates-detained-[0-9a-f]{6}-repatriated-persons-tally-nk-detentions-repatriations-1\.0\.0$/,
    );
    expect(longest(pretrial)).toBeLessThanOrEqual(EXPORT_NAME_MAX);
    expect(longest(repatriated)).toBeLessThanOrEqual(EXPORT_NAME_MAX);
  });

  it("tells apart every metric of one long-titled event by its metric, and the same input always alike", () => {
    const metrics = [
      "repatriated_persons",
      "women_share",
      "state_security_share",
      "quarantine_days",
      "pretrial_classification_days",
      "detention_group_size",
    ];
    const stems = metrics.map((keep) => exportStem({ title: longEvent, keep }, dataset, "1.0.0"));
    expect(new Set(stems).size).toBe(metrics.length);
    stems.forEach((s, i) => {
      expect(s.endsWith(`-${metrics[i]!.replaceAll("_", "-")}-${dataset}-1.0.0`)).toBe(true);
      expect(s).toBe(exportStem({ title: longEvent, keep: metrics[i]! }, dataset, "1.0.0"));
      expect(longest(s)).toBeLessThanOrEqual(EXPORT_NAME_MAX);
    });
  });

  it("names a title that fits as the same words given as one string (1.1.x names stay as they were)", () => {
    const event = "Dandong and Tumen repatriation, 9 Oct 2023";
    for (const keep of ["women_share", "pretrial_classification_days", "civilian_religious_share"])
      expect(exportStem({ title: event, keep }, dataset, "1.1.1")).toBe(
        exportStem(`${event} ${keep}`, dataset, "1.1.1"),
      );
    // Filler goes from the title only: "pretrial" needs "and" dropped from the event to fit.
    expect(exportStem({ title: event, keep: "pretrial_classification_days" }, dataset, "1.1.1")).toBe(
      "dandong-tumen-repatriation-9-oct-2023-pretrial-classification-days-tally-nk-detentions-repatriations-1.1.1",
    );
    expect(exportStem({ title: "Arrivals", keep: "share of the women" }, "d", "1")).toBe(
      "arrivals-share-of-the-women-d-1",
    );
  });

  it("tells a log-scale chart from its linear self, the longest Trends title included, within the limit", () => {
    const arrivals = "Arrivals in South Korea by period: Jan–Jun 2018 vs Jan–Jun 2019";
    const linear = exportStem(arrivals, dataset, "1.1.0");
    const log = exportStem({ title: arrivals, keep: "log scale" }, dataset, "1.1.0");
    expect(linear).toBe(
      "arrivals-in-south-korea-by-period-jan-jun-2018-vs-jan-jun-2019-tally-nk-detentions-repatriations-1.1.0",
    );
    expect(log).toBe(
      "arrivals-south-korea-period-jan-jun-2018-vs-jan-jun-2019-log-scale-tally-nk-detentions-repatriations-1.1.0",
    );
    expect(longest(log)).toBe(EXPORT_NAME_MAX);
  });

  it("leaves no part of a word when the ending takes all the room but the tag, and cuts an ending too long to keep", () => {
    // room: 60 - ".metadata.json" - "-d-1" = 42 = the tag, its hyphen and a 35-character ending.
    const ending = "abcdefghij klmnopqrst uvwxyzabcd ef";
    const stem = exportStem({ title: "Seven North Koreans", keep: ending }, "d", "1", 60);
    expect(stem).toMatch(/^[0-9a-f]{6}-abcdefghij-klmnopqrst-uvwxyzabcd-ef-d-1$/);
    expect(longest(stem)).toBe(60);
    const tooLong = exportStem({ title: "Seven", keep: "word ".repeat(60) }, "d", "1", 60);
    expect(longest(tooLong)).toBeLessThanOrEqual(60);
    expect(tooLong).toMatch(/^seven(-word)+-[0-9a-f]{6}-d-1$/);
  });
});
