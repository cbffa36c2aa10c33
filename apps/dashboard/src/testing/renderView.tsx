import type { ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type RenderResult, render } from "@testing-library/react";
import type { ReactElement } from "react";
import { type Release, ReleaseContext } from "../data.js";
import type { Session } from "../duckdb/session.js";

/** A release for view tests: version 1.1.0 at /data, with an empty summary. */
export const TEST_RELEASE: Release = {
  base: "/data",
  version: "1.1.0",
  index: { name: "tally-test", title: "Test", latest: "1.1.0", releases: [] } as unknown as ReleaseIndex,
  summary: { files: {}, focus: null, focus_claims: [] } as unknown as ReleaseSummary,
};

/**
 * Renders a view in TEST_RELEASE with `session` ready, so its queries run on it and no engine is
 * started; `seed` puts other query results in the cache first (fetched files such as findings).
 */
export function renderView(
  view: ReactElement,
  session: Session,
  seed: (client: QueryClient) => void = () => {},
): RenderResult {
  const client = new QueryClient();
  client.setQueryData(["session", TEST_RELEASE.base, TEST_RELEASE.version], session);
  seed(client);
  return render(
    <QueryClientProvider client={client}>
      <ReleaseContext.Provider value={TEST_RELEASE}>{view}</ReleaseContext.Provider>
    </QueryClientProvider>,
  );
}
