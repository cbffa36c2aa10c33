import type { ClaimView, ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import { useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { fetchFindings, fetchIndex, fetchSummary } from "./dataSource.js";
import type { Session } from "./duckdb/session.js";
import { setProgress } from "./progress.js";
import { engineFailed, MARKS, markOnce } from "./timing.js";

export function useIndex(base: string) {
  return useQuery({
    queryKey: ["index", base],
    queryFn: () => fetchIndex(base),
    staleTime: Infinity,
    retry: false,
  });
}

export function useSummary(base: string, version: string | null) {
  return useQuery({
    queryKey: ["summary", base, version],
    queryFn: async () => {
      const summary = await fetchSummary(base, version!);
      markOnce(MARKS.summary);
      return summary;
    },
    enabled: version !== null,
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * The validator's full output. Only the Findings view asks for it: on a large release it is hundreds
 * of MB, and everything else paints from summary.json and the verdict tables.
 */
export function useFindings(base: string, version: string | null) {
  return useQuery({
    queryKey: ["findings", base, version],
    queryFn: () => fetchFindings(base, version!),
    enabled: version !== null,
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * The release's DuckDB-WASM session over the files its summary lists; the engine's code is only
 * fetched when this first runs (once the summary is there: `files` undefined waits for it).
 */
export function useSession(base: string, version: string | null, files: ReleaseSummary["files"] | undefined) {
  return useQuery({
    queryKey: ["session", base, version],
    queryFn: async (): Promise<Session> => {
      setProgress("Loading the query engine…");
      try {
        const { openSession } = await import("./duckdb/session.js");
        return await openSession(base, version!, files!, setProgress);
      } catch (e) {
        setProgress("");
        engineFailed(e);
        throw e;
      }
    },
    enabled: version !== null && files !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

export interface Release {
  base: string;
  index: ReleaseIndex;
  version: string;
  summary: ReleaseSummary;
}

export const ReleaseContext = createContext<Release | null>(null);

export function useRelease(): Release {
  const r = useContext(ReleaseContext);
  if (!r) throw new Error("useRelease outside a loaded release");
  return r;
}

export interface SqlOptions {
  /**
   * Keep answering with the previous result of the same release (flagged `isPlaceholderData`)
   * while a changed query runs, instead of undefined: a table re-sorted in place keeps its rows,
   * its headings and the keyboard focus on the heading that sorted it, where a loading state
   * would unmount them.
   */
  keepPrevious?: boolean;
}

/** Bound-parameter query over the release's session, cached by its text and parameters. */
export function useSql<T = Record<string, unknown>>(
  sql: string | null,
  params: readonly (string | number)[] = [],
  options: SqlOptions = {},
): ReturnType<typeof useQuery<T[]>> & { engine: ReturnType<typeof useSession> } {
  return useSessionQuery<T[]>(
    sql === null ? null : ["sql", sql, params],
    async (session) => (await session.query(sql!, params)) as T[],
    options,
  );
}

/**
 * Any work over the release's session, cached under `key` (null: not asked). For answers that take
 * several queries: they are sent together and the view renders once, with the finished result,
 * instead of once per query.
 */
export function useSessionQuery<T>(
  key: readonly unknown[] | null,
  run: (session: Session) => Promise<T>,
  { keepPrevious = false }: SqlOptions = {},
): ReturnType<typeof useQuery<T>> & { engine: ReturnType<typeof useSession> } {
  const { base, version, summary } = useRelease();
  const engine = useSession(base, version, summary.files);
  const q = useQuery<T>({
    queryKey: [base, version, ...(key ?? [])],
    queryFn: () => run(engine.data!),
    enabled: engine.data !== undefined && key !== null,
    staleTime: Infinity,
    retry: false,
    // Never another release's answer: that would show its rows as this one's until the query ends.
    placeholderData: keepPrevious
      ? (previous, query) =>
          query?.queryKey[0] === base && query.queryKey[1] === version ? previous : undefined
      : undefined,
  });
  return Object.assign(q, { engine });
}

export type { ClaimView };
