import { describe, expect, it } from "vitest";
import { timestampParts, timestampText } from "./timestampText.js";

describe("timestampText", () => {
  it("writes a release's created as a reader reads it, to the minute, in UTC", () => {
    // An outside review: Versions and Overview printed "2026-11-28T10:00:00Z" with its "T".
    expect(timestampText("2026-11-28T10:00:00Z")).toBe("2026-11-28 10:00 UTC");
    expect(timestampText("2026-11-23T13:07:04.305Z")).toBe("2026-11-23 13:07 UTC");
    expect(timestampText("2026-11-23T13:07Z")).toBe("2026-11-23 13:07 UTC");
  });

  it("gives a time written in another zone in UTC, across midnight too", () => {
    expect(timestampText("2026-11-28T12:30:00+02:00")).toBe("2026-11-28 10:30 UTC");
    expect(timestampText("2026-11-28T01:00:00+0200")).toBe("2026-11-27 23:00 UTC");
  });

  it("keeps a bare day a day, and a time without a zone without one", () => {
    expect(timestampText("2024-01-01")).toBe("2024-01-01");
    expect(timestampText("2024-01-01T09:15:00")).toBe("2024-01-01 09:15");
  });

  it("shows what is no timestamp as written", () => {
    expect(timestampText("last Tuesday")).toBe("last Tuesday");
    expect(timestampText("")).toBe("");
    expect(timestampText("2026-13-45T99:99:00Z")).toBe("2026-13-45T99:99:00Z");
  });
});

describe("timestampParts", () => {
  it("splits a timestamp into its day and its time, where a narrow line may break it", () => {
    expect(timestampParts("2026-11-28T10:00:00Z")).toEqual({ day: "2026-11-28", time: "10:00 UTC" });
    expect(timestampParts("2024-01-01")).toEqual({ day: "2024-01-01", time: null });
    expect(timestampParts("soon")).toEqual({ day: "soon", time: null });
  });
});
