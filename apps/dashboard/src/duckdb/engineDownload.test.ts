import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  DOWNLOADED,
  downloadText,
  downloadTotal,
  megabytes,
  spokenDownload,
  trackDownload,
} from "./engineDownload.js";

const EH = 34_242_586; // duckdb-eh.wasm of @duckdb/duckdb-wasm 1.32.0

describe("megabytes and downloadText", () => {
  it("writes decimal megabytes to one place", () => {
    expect(megabytes(EH)).toBe("34.2");
    expect(megabytes(0)).toBe("0.0");
    expect(megabytes(12_345_678)).toBe("12.3");
  });

  it("says how much of how much has arrived, the figures never split across lines", () => {
    expect(downloadText(12_345_678, EH)).toBe("Downloading the query engine: 12.3\u00a0of\u00a034.2\u00a0MB");
    expect(downloadText(0, EH)).toBe("Downloading the query engine: 0.0\u00a0of\u00a034.2\u00a0MB");
  });

  it("rounds what has arrived down, so the line never reads complete before it is", () => {
    expect(downloadText(EH - 1, EH)).toBe("Downloading the query engine: 34.2\u00a0of\u00a034.2\u00a0MB");
    expect(downloadText(12_399_999, EH)).toBe("Downloading the query engine: 12.3\u00a0of\u00a034.2\u00a0MB");
    expect(downloadText(EH, EH)).toBe(DOWNLOADED);
  });

  it("says what has arrived so far when the size is not known", () => {
    expect(downloadText(5_000_000, null)).toBe("Downloading the query engine: 5.0\u00a0MB so far");
  });
});

describe("downloadTotal", () => {
  it("takes the build's size over Content-Length, which counts compressed bytes", () => {
    // A brotli response: Content-Length 6.2 MB, the worker counting the decoded 34.2 MB.
    expect(downloadTotal({ bytesLoaded: 1_000_000, bytesTotal: 6_187_091 }, EH)).toBe(EH);
    expect(downloadTotal({ bytesLoaded: 20_000_000, bytesTotal: 6_187_091 }, EH)).toBe(EH);
  });

  it("falls back on Content-Length when the build did not say", () => {
    expect(downloadTotal({ bytesLoaded: 1_000_000, bytesTotal: EH }, null)).toBe(EH);
    expect(downloadTotal({ bytesLoaded: 1_000_000, bytesTotal: EH }, 0)).toBe(EH);
  });

  it("knows no size when there is no header, or one smaller than what has arrived", () => {
    expect(downloadTotal({ bytesLoaded: 1_000_000, bytesTotal: 0 }, null)).toBeNull();
    expect(downloadTotal({ bytesLoaded: 7_000_000, bytesTotal: 6_187_091 }, null)).toBeNull();
  });
});

describe("spokenDownload", () => {
  it("says the size first, then each quarter, then that it is done", () => {
    const said = [0, 0.1, 0.24, 0.25, 0.49, 0.5, 0.75, 0.99].map((f) =>
      spokenDownload(Math.floor(EH * f), EH),
    );
    expect([...new Set(said)]).toEqual([
      "Downloading the query engine (34.2 MB)…",
      "Downloading the query engine: 25% of 34.2 MB",
      "Downloading the query engine: 50% of 34.2 MB",
      "Downloading the query engine: 75% of 34.2 MB",
    ]);
    expect(spokenDownload(EH, EH)).toBe(DOWNLOADED);
    expect(spokenDownload(123, null)).toBe("Downloading the query engine…");
  });
});

describe("trackDownload", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  /** The worker's reports: one per 64 KB chunk, `rate` bytes a second (with the header's total). */
  function feed(report: (r: { bytesLoaded: number; bytesTotal: number }) => void, rate: number, total = EH) {
    for (let loaded = 65_536; ; loaded += 65_536) {
      const at = Math.min(loaded, total);
      clock = (at / rate) * 1000;
      report({ bytesLoaded: at, bytesTotal: total });
      if (at === total) return;
    }
  }

  it("shows the line at most every 200 ms, and each time a higher figure", () => {
    const calls: [string, string?][] = [];
    const t = trackDownload((m, s) => calls.push([m, s]), "duckdb-eh.wasm", EH, { now });
    feed(t.report, 1_000_000); // 34 s at 1 MB/s: 523 reports
    t.stop();
    const lines = calls.map(([m]) => m);
    // 34 s at one line per 200 ms at most, plus the last.
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.length).toBeLessThanOrEqual(34_243 / 200 + 2);
    const figures = lines
      .slice(0, -1)
      .map((l) => Number(/: ([\d.]+)\u00a0of\u00a034\.2\u00a0MB$/.exec(l)![1]));
    for (let i = 1; i < figures.length; i++) expect(figures[i]).toBeGreaterThan(figures[i - 1]!);
    expect(lines.at(-1)).toBe(DOWNLOADED);
  });

  it("gives a screen reader a handful of words, not one per line", () => {
    const spoken: string[] = [];
    const t = trackDownload((_, s) => spoken.push(s!), "duckdb-eh.wasm", EH, { now });
    feed(t.report, 1_000_000);
    t.stop();
    const changes = spoken.filter((s, i) => i === 0 || s !== spoken[i - 1]);
    expect(changes).toEqual([
      "Downloading the query engine (34.2 MB)…",
      "Downloading the query engine: 25% of 34.2 MB",
      "Downloading the query engine: 50% of 34.2 MB",
      "Downloading the query engine: 75% of 34.2 MB",
      DOWNLOADED,
    ]);
  });

  it("skips the quarters between start and end on a quick download, but not the end", () => {
    const spoken: string[] = [];
    const t = trackDownload((_, s) => spoken.push(s!), "duckdb-eh.wasm", EH, { now });
    feed(t.report, 20_000_000); // 1.7 s
    t.stop();
    expect([...new Set(spoken)]).toEqual(["Downloading the query engine (34.2 MB)…", DOWNLOADED]);
  });

  it("counts a compressed response against the build's size", () => {
    const lines: string[] = [];
    const t = trackDownload((m) => lines.push(m), "duckdb-eh.wasm", EH, { now });
    clock = 0;
    t.report({ bytesLoaded: 12_345_678, bytesTotal: 6_187_091 });
    expect(lines).toEqual(["Downloading the query engine: 12.3\u00a0of\u00a034.2\u00a0MB"]);
    t.stop();
  });

  it("says nothing once stopped", () => {
    const lines: string[] = [];
    const t = trackDownload((m) => lines.push(m), "duckdb-eh.wasm", EH, { now });
    t.stop();
    t.report({ bytesLoaded: 1_000_000, bytesTotal: EH });
    expect(lines).toEqual([]);
  });

  it("gives up on a download that stops part-way, naming the file and where it stopped", async () => {
    const t = trackDownload(() => {}, "duckdb-eh-9ubY-jlA.wasm", EH, { now, stallAfter: 60_000 });
    const outcome = t.stalled.then(
      () => "resolved",
      (e: Error) => e.message,
    );
    t.report({ bytesLoaded: 5_020_384, bytesTotal: EH });
    clock = 59_000;
    vi.advanceTimersByTime(59_000);
    t.report({ bytesLoaded: 5_100_000, bytesTotal: EH }); // still coming, slowly
    clock = 118_000;
    vi.advanceTimersByTime(59_000);
    let settled = false;
    void outcome.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    clock = 125_000;
    vi.advanceTimersByTime(7_000);
    expect(await outcome).toBe(
      "the download of duckdb-eh-9ubY-jlA.wasm stopped at 5.1 of 34.2 MB (nothing arrived for 60 s)",
    );
  });

  it("never gives up once the file is all there (compiling it can take long) or the start ended", async () => {
    for (const end of ["downloaded", "stopped"]) {
      const t = trackDownload(() => {}, "duckdb-eh.wasm", EH, { now, stallAfter: 1_000 });
      let rejected = false;
      t.stalled.catch(() => {
        rejected = true;
      });
      t.report({ bytesLoaded: 1_000_000, bytesTotal: EH });
      if (end === "downloaded") t.report({ bytesLoaded: EH, bytesTotal: EH });
      else t.stop();
      clock = 60_000;
      vi.advanceTimersByTime(60_000);
      await Promise.resolve();
      expect(rejected, end).toBe(false);
    }
  });

  it("is not watching before the first report (a download from the cache may send none)", async () => {
    const t = trackDownload(() => {}, "duckdb-eh.wasm", EH, { now, stallAfter: 1_000 });
    let rejected = false;
    t.stalled.catch(() => {
      rejected = true;
    });
    clock = 60_000;
    vi.advanceTimersByTime(60_000);
    await Promise.resolve();
    expect(rejected).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
