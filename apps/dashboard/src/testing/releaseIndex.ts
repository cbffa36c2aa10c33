import type { ReleaseIndex } from "@tally/dataset";

/** An index of one release, 1.0.0, listing `sha256` as its files' hashes. */
export const oneReleaseIndex = (sha256: Record<string, string>): ReleaseIndex => ({
  name: "tally",
  latest: "1.0.0",
  releases: [
    {
      version: "1.0.0",
      created: "2024-01-01",
      path: "releases/1.0.0/",
      counts: { sources: 1, events: 1, metrics: 1, claims: 21 },
      sha256,
    },
  ],
});
