import { describe, expect, it } from "vitest";
import { loadHints, publishedBase } from "./dataSource.js";

describe("loadHints", () => {
  it("sends a reader of the published data to the dashboard's server and build", () => {
    const hints = loadHints(publishedBase());
    expect(hints.unreachable).toBe("Check that the dashboard's server is running, then reload.");
    expect(hints.noFile).toContain("Pick another release under Versions");
  });

  it("names the ?data= address, not the dashboard's server, when that address is the one that failed", () => {
    const hints = loadHints("https://mirror.example/tally");
    for (const hint of Object.values(hints)) {
      expect(hint).toContain("https://mirror.example/tally (from ?data= in this page's address)");
      expect(hint).toContain("remove ?data=");
      expect(hint).not.toContain("dashboard's server");
      expect(hint).not.toContain("pnpm build:data");
    }
    expect(hints.unreachable).toContain("spelled right");
    expect(hints.noIndex).toContain("index.json");
  });
});
