import {
  type ReleaseIndex,
  type ReleaseSummary,
  releaseIndexSchema,
  releaseSummarySchema,
} from "@tally/dataset";
import { type ReleaseFindings, releaseFindingsSchema } from "@tally/validation";
import type { z } from "zod";

/** A failure the user can act on: what went wrong, and what to do about it. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = "LoadError";
  }
}

/**
 * Where releases are served from: `?data=` (tests, mirrors), else the build-time
 * `VITE_TALLY_DATA_BASE`, else `data/` beside the app. Only same-origin or http(s) bases.
 */
export function dataBase(override: string | null): string {
  const raw = override ?? import.meta.env.VITE_TALLY_DATA_BASE ?? `${import.meta.env.BASE_URL}data`;
  const url = new URL(raw, window.location.href);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new LoadError(`unsupported data address ${raw}`, "Use an http(s) address or a path on this site.");
  return url.href.replace(/\/+$/, "");
}

export function releaseUrl(base: string, version: string, file: string): string {
  return `${base}/releases/${encodeURIComponent(version)}/${file}`;
}

async function fetchOk(url: string, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new LoadError(
      `Could not reach ${url} (${what}).`,
      "Check that the dashboard's server is running, then reload.",
    );
  }
  if (!res.ok)
    throw new LoadError(
      `${what} was not found at ${url} (HTTP ${res.status}).`,
      "Pick another release under Versions, or run `pnpm build:data` to write the release artifacts.",
    );
  return res;
}

async function fetchParsed<S extends z.ZodType>(url: string, what: string, schema: S): Promise<z.infer<S>> {
  const res = await fetchOk(url, what);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new LoadError(
      `${what} at ${url} is not valid JSON.`,
      "Rebuild the artifacts with `pnpm build:data`.",
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LoadError(
      `${what} at ${url} does not match its schema: ${issue?.path.join(".") || "(root)"} ${issue?.message ?? ""}`,
      "The artifacts were written by another version of Tally; rebuild them with `pnpm build:data`.",
    );
  }
  return parsed.data;
}

export function fetchIndex(base: string): Promise<ReleaseIndex> {
  return fetchParsed(`${base}/index.json`, "The release index", releaseIndexSchema);
}

export function fetchSummary(base: string, version: string): Promise<ReleaseSummary> {
  return fetchParsed(
    releaseUrl(base, version, "summary.json"),
    `Release ${version}'s summary`,
    releaseSummarySchema,
  );
}

export function fetchFindings(base: string, version: string): Promise<ReleaseFindings> {
  return fetchParsed(
    releaseUrl(base, version, "findings.json"),
    `Release ${version}'s findings`,
    releaseFindingsSchema,
  );
}

export async function fetchBytes(url: string, what: string): Promise<Uint8Array> {
  const res = await fetchOk(url, what);
  return new Uint8Array(await res.arrayBuffer());
}
