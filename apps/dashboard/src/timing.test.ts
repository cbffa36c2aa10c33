import { describe, expect, it, vi } from "vitest";
import {
  engineReady,
  installTimingHooks,
  MARKS,
  markOnce,
  markWhenPainted,
  recordQuery,
  type TallyHooks,
} from "./timing.js";

describe("window.__tally timing hooks", () => {
  const target = {} as { __tally: TallyHooks };
  installTimingHooks(target);
  const hooks = target.__tally;

  it("reports the app's marks once each, and only tally:* marks", () => {
    performance.mark("someone-else");
    markOnce(MARKS.firstChart);
    markOnce(MARKS.firstChart);
    expect(Object.keys(hooks.marks)).toEqual([MARKS.firstChart]);
    expect(performance.getEntriesByName(MARKS.firstChart, "mark")).toHaveLength(1);
  });

  it("keeps the last query's duration and settles ready with the bundle", async () => {
    expect(hooks.lastQueryMs).toBeNull();
    recordQuery("SELECT 1", 12.5, 1);
    recordQuery("SELECT 2", 3, 1);
    expect(hooks.lastQueryMs).toBe(3);
    expect(hooks.queries.map((q) => q.sql)).toEqual(["SELECT 1", "SELECT 2"]);
    engineReady("eh");
    await expect(hooks.ready).resolves.toBeUndefined();
    expect(hooks.bundle).toBe("eh");
    expect(Object.keys(hooks.marks)).toContain(MARKS.engineReady);
  });

  it("cannot be changed from outside", () => {
    expect(() => {
      (hooks as { lastQueryMs: number | null }).lastQueryMs = 0;
    }).toThrow(TypeError);
    expect(() => {
      (target as { __tally: unknown }).__tally = null;
    }).toThrow(TypeError);
    expect(() => (hooks.queries as unknown as { sql: string }[]).push({ sql: "x" })).toThrow(TypeError);
  });
});

describe("markWhenPainted", () => {
  it("marks only after a frame in which the element is present", async () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "setTimeout"] });
    try {
      const found: unknown[] = [];
      const root = { querySelector: () => found[0] ?? null } as unknown as ParentNode;
      markWhenPainted("tally:test-bars", "[data-claim-id]", { root, frames: 10 });
      await vi.advanceTimersByTimeAsync(100);
      expect(performance.getEntriesByName("tally:test-bars", "mark")).toHaveLength(0);
      found.push({});
      await vi.advanceTimersByTimeAsync(50);
      expect(performance.getEntriesByName("tally:test-bars", "mark")).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives up after the frames it was given", async () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "setTimeout"] });
    try {
      const root = { querySelector: () => null } as unknown as ParentNode;
      markWhenPainted("tally:test-never", "x", { root, frames: 3 });
      await vi.advanceTimersByTimeAsync(1000);
      expect(vi.getTimerCount()).toBe(0);
      expect(performance.getEntriesByName("tally:test-never", "mark")).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
