// @vitest-environment node
import { resolve } from "node:path";
import { type ClaimView, claimViews } from "@tally/dataset";
import { listReleases, loadRelease, loadWorkingCopy } from "@tally/dataset/node";
import { EXPORT_NAME_MAX, exportStem } from "@tally/ui";
import { beforeAll, describe, expect, it } from "vitest";
import { discrepancyFileTitle, scaledFileTitle } from "./exportNames.js";
import { periodsTitle } from "./periodLabel.js";
import { arrivalClaims, arrivalMetrics, trendMetrics } from "./trendSelection.js";

// Every release under data/releases and the working copy: the names must hold on each, 1.0.0's
// long event titles (it has no short_title column) above all.
const DATA = resolve(import.meta.dirname, "../../../data");
const slug = (id: string) => id.replaceAll("_", "-");
const longest = (stem: string) => `${stem}.metadata.json`.length;

interface Shown {
  label: string;
  name: string;
  version: string;
  views: ClaimView[];
}
const shown: Shown[] = [];

beforeAll(async () => {
  for (const version of await listReleases(DATA)) {
    const loaded = await loadRelease(version, { dataDir: DATA });
    shown.push({ label: version, name: loaded.ref.name, version, views: claimViews(loaded.tables) });
  }
  const working = await loadWorkingCopy({ dataDir: DATA });
  shown.push({
    label: "working copy",
    name: working.ref.name,
    version: working.ref.version,
    views: claimViews(working.tables),
  });
}, 60_000);

describe("Discrepancies' export names", () => {
  it("covers 1.0.0, 1.1.0 and 1.1.1 and the working copy", () => {
    expect(shown.map((s) => s.label)).toEqual(
      expect.arrayContaining(["1.0.0", "1.1.0", "1.1.1", "working copy"]),
    );
  });

  it("end with the metric id whole, name no two event/metric groups alike and stay within 120 characters", () => {
    for (const { label, name, version, views } of shown) {
      const groups = new Map<string, ClaimView>();
      for (const c of views)
        if (!groups.has(`${c.event_id}\t${c.metric}`)) groups.set(`${c.event_id}\t${c.metric}`, c);
      const stems = [...groups.values()].map((c) => {
        const stem = exportStem(discrepancyFileTitle(c), name, version);
        expect(stem, `${label}: ${c.event_id} ${c.metric}`).toMatch(
          new RegExp(`-${slug(c.metric)}-${name}-${version.replaceAll(".", "\\.")}$`),
        );
        expect(longest(stem)).toBeLessThanOrEqual(EXPORT_NAME_MAX);
        return stem;
      });
      expect(new Set(stems).size, label).toBe(groups.size);
    }
  });

  it("on 1.0.0 cut the event's long title, not the metric: two metrics of one event named apart", () => {
    const release = shown.find((s) => s.label === "1.0.0")!;
    const of = (metric: string) => {
      const c = release.views.find((v) => v.event_id === "repatriation-2023-10-09" && v.metric === metric)!;
      return exportStem(discrepancyFileTitle(c), release.name, "1.0.0");
    };
    // Both were "china-forcibly-repatriates-detained-north-koreans-through-<tag>-…".
    expect(of("repatriated_persons")).toMatch(
      /^china-forcibly-repatriates-detained-[0-9a-f]{6}-repatriated-persons-tally-nk-detentions-repatriations-1\.0\.0$/,
    );
    expect(of("women_share")).toMatch(
      /^china-forcibly-repatriates-detained-north-[0-9a-f]{6}-women-share-tally-nk-detentions-repatriations-1\.0\.0$/,
    );
  });

  it("are unchanged on releases with short titles", () => {
    const release = shown.find((s) => s.label === "1.1.1")!;
    const c = release.views.find(
      (v) => v.event_id === "repatriation-2023-10-09" && v.metric === "women_share",
    )!;
    expect(exportStem(discrepancyFileTitle(c), release.name, "1.1.1")).toBe(
      "dandong-and-tumen-repatriation-9-oct-2023-women-share-tally-nk-detentions-repatriations-1.1.1",
    );
  });
});

describe("Trends' export names", () => {
  /** Each Trends chart's file title as Trends.tsx gives it: the counts chart, each picked metric's, arrivals. */
  const trendTitles = (views: readonly ClaimView[]): string[] => [
    "Reported counts over time, by category and metric",
    ...trendMetrics(views).map((m) => `${m.metric} over time`),
    `Arrivals in South Korea by period: ${periodsTitle(arrivalClaims(views, null))}`,
    ...arrivalMetrics(views).map((m) => `${m.metric} by period`),
  ];

  it("tell a log-scale chart from its linear self, the log one ending 'log-scale', every name apart", () => {
    for (const { label, name, version, views } of shown) {
      const titles = trendTitles(views);
      const linear = titles.map((t) => exportStem(scaledFileTitle(t, "linear"), name, version));
      const log = titles.map((t) => exportStem(scaledFileTitle(t, "log"), name, version));
      expect(new Set([...linear, ...log]).size, label).toBe(2 * titles.length);
      for (const s of log)
        expect(s, label).toMatch(new RegExp(`-log-scale-${name}-${version.replaceAll(".", "\\.")}$`));
      for (const s of [...linear, ...log]) expect(longest(s), s).toBeLessThanOrEqual(EXPORT_NAME_MAX);
    }
  });

  it("leave the linear names as they were", () => {
    expect(scaledFileTitle("repatriated_persons over time", "linear")).toBe("repatriated_persons over time");
    expect(exportStem(scaledFileTitle("repatriated_persons over time", "log"), "tally", "1.1.1")).toBe(
      "repatriated-persons-over-time-log-scale-tally-1.1.1",
    );
  });
});
