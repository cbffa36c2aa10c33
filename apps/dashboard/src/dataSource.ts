import {
  type DataPackage,
  dataPackageSchema,
  type ReleaseIndex,
  type ReleaseSummary,
  releaseIndexSchema,
  releaseSummarySchema,
} from "@tally/dataset";
import { type ReleaseFindings, releaseFindingsSchema } from "@tally/validation";
import type { z } from "zod";

import { checkArtifact, IntegrityError } from "./integrity.js";
import { LoadError } from "./loadError.js";
import { takePrefetched } from "./prefetch.js";

export { LoadError };

/** The app's own published data: the build-time `VITE_TALLY_DATA_BASE`, else `data/` beside the app. */
export function publishedBase(): string {
  const raw = import.meta.env.VITE_TALLY_DATA_BASE ?? `${import.meta.env.BASE_URL}data`;
  return new URL(raw, window.location.href).href.replace(/\/+$/, "");
}

/** What `?data=` takes, said whenever the address given is not one. */
const DATA_ADDRESS_HINT =
  "Give ?data= the folder that holds the release index (index.json and releases/), as an http(s) address or a path on this site; or remove ?data= to see the published release.";

/**
 * Where releases are served from: `?data=` (tests, mirrors), else the published base. Only
 * same-origin or http(s) bases. The index file itself (`…/index.json`, the address a reader
 * copies from the browser) stands for its folder.
 */
export function dataBase(override: string | null): string {
  if (override === null) return publishedBase();
  let url: URL;
  try {
    url = new URL(override, window.location.href);
  } catch {
    // The browser's own words ("Failed to construct 'URL'") named neither the address nor ?data=.
    throw new LoadError(`The data address ${override} is not a web address.`, DATA_ADDRESS_HINT);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new LoadError(`The data address ${override} is not an http(s) address.`, DATA_ADDRESS_HINT);
  // Each file's name is added to the address: after a query it would be part of the query.
  if (url.search !== "")
    throw new LoadError(
      `The data address ${override} carries a query (${url.search}): it must be a folder, to which each file's name is added.`,
      DATA_ADDRESS_HINT,
    );
  url.hash = "";
  url.pathname = url.pathname.replace(/\/index\.json$/, "/");
  return url.href.replace(/\/+$/, "");
}

/**
 * Whether the data comes from the app's own published release or from somewhere `?data=` pointed
 * at. One place for every part of the app that names the data: the banner, the title badge, and
 * exports and citations, which must carry `address` when `published` is false.
 */
export interface DataOrigin {
  published: boolean;
  /** The data base's absolute address. */
  address: string;
}

export function dataOrigin(base: string): DataOrigin {
  return { published: base === publishedBase(), address: base };
}

/** The sentence exports and citations add for data that is not the published release (else null). */
export function originNote(base: string): string | null {
  const o = dataOrigin(base);
  return o.published ? null : `Data from ${o.address}, not the published release.`;
}

export function releaseUrl(base: string, version: string, file: string): string {
  return `${base}/releases/${encodeURIComponent(version)}/${file}`;
}

/** What to do when the data address did not answer, or answered without a file. */
export interface LoadHints {
  unreachable: string;
  /** The address has no `index.json`. */
  noIndex: string;
  /** The index lists a release file the address does not have. */
  noFile: string;
  /** The server failed (HTTP 5xx): the file may well be there. */
  serverError: string;
}

/**
 * The advice names what can be wrong: for the published data, the app's own server and build; for
 * an address `?data=` set, that address (the server the page came from may be running fine).
 */
export function loadHints(base: string): LoadHints {
  const o = dataOrigin(base);
  const build = "run `pnpm build:data` to write the release artifacts";
  if (o.published)
    return {
      unreachable: "Check that the dashboard's server is running, then reload.",
      noIndex: `Check that the dashboard's server is running, or ${build}.`,
      noFile: `Pick another release under Versions, or ${build}.`,
      serverError: "The file may be there: reload in a moment, and if it goes on, check the server's log.",
    };
  const address = `${o.address} (from ?data= in this page's address)`;
  const published = "or remove ?data= to see the published release.";
  return {
    unreachable: `Check the data address ${address}: that it is spelled right, that its server is up and that it lets this page read from it (CORS); ${published}`,
    noIndex: `Check that the data address ${address} holds a Tally release (index.json and releases/); ${published}`,
    noFile: `Pick another release under Versions, or check that the data address ${address} holds every file of this release; ${published}`,
    serverError: `The file may be there: reload in a moment, and if it goes on, check the server of the data address ${address}; ${published}`,
  };
}

async function fetchOk(
  base: string,
  url: string,
  what: string,
  missing: "noIndex" | "noFile",
  init?: RequestInit,
): Promise<Response> {
  let res: Response;
  try {
    res = await (init ? fetch(url, init) : (takePrefetched(url)?.catch(() => fetch(url)) ?? fetch(url)));
  } catch {
    throw new LoadError(`Could not reach ${url} (${what}).`, loadHints(base).unreachable);
  }
  // A server's failure is no missing file: "not found" and "run pnpm build:data" misled (an outside
  // audit got them for HTTP 500).
  if (res.status >= 500)
    throw new LoadError(
      `${what} could not be read from ${url}: the server failed (HTTP ${res.status}).`,
      loadHints(base).serverError,
    );
  if (!res.ok)
    throw new LoadError(`${what} was not found at ${url} (HTTP ${res.status}).`, loadHints(base)[missing]);
  // No release file is a web page: a server that answers every missing path with the app's own
  // page (vite preview, which `npm start` runs, does) sent that, and "not valid JSON" misled.
  if (/^text\/html\b/i.test(res.headers.get("content-type") ?? ""))
    throw new LoadError(
      `${what} was not found at ${url}: the server answered with a web page instead.`,
      loadHints(base)[missing],
    );
  return res;
}

function parsed<S extends z.ZodType>(json: unknown, url: string, what: string, schema: S): z.infer<S> {
  // Each file is parsed once: compiling zod's fast path for its shape costs more than it saves.
  const result = schema.safeParse(json, { jitless: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new LoadError(
      `${what} at ${url} does not match its schema: ${issue?.path.join(".") || "(root)"} ${issue?.message ?? ""}`,
      "The artifacts were written by another version of Tally; rebuild them with `pnpm build:data`.",
    );
  }
  return result.data;
}

function jsonOf(bytes: Uint8Array, url: string, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new LoadError(
      `${what} at ${url} is not valid JSON.`,
      "Rebuild the artifacts with `pnpm build:data`.",
    );
  }
}

// One index per base for the whole page: every release file is checked against it.
const indexes = new Map<string, Promise<ReleaseIndex>>();

export function fetchIndex(base: string): Promise<ReleaseIndex> {
  let index = indexes.get(base);
  if (!index) {
    const url = `${base}/index.json`;
    index = (async () => {
      const res = await fetchOk(base, url, "The release index", "noIndex");
      const bytes = new Uint8Array(await res.arrayBuffer());
      return parsed(jsonOf(bytes, url, "The release index"), url, "The release index", releaseIndexSchema);
    })();
    // A failed load is tried afresh next time rather than remembered.
    index.catch(() => indexes.delete(base));
    indexes.set(base, index);
  }
  return index;
}

/**
 * One file of a release, refused (naming the file) unless its SHA-256 is the one index.json lists.
 */
export async function fetchArtifact(
  base: string,
  version: string,
  file: string,
  what: string,
): Promise<Uint8Array> {
  const url = releaseUrl(base, version, file);
  const bytesOf = async (init?: RequestInit) =>
    new Uint8Array(await (await fetchOk(base, url, what, "noFile", init)).arrayBuffer());
  const [index, bytes] = await Promise.all([fetchIndex(base), bytesOf()]);
  try {
    await checkArtifact(index, version, file, bytes);
    return bytes;
  } catch (error) {
    if (!(error instanceof IntegrityError)) throw error;
    // Once more past the browser's cache before refusing the file: a copy kept from an earlier
    // build (the index is newer) or a response cut short (seen once in CI, an empty body) is not a
    // broken release, and a reader should not have to clear the cache to tell.
    const again = await bytesOf({ cache: "reload" });
    await checkArtifact(index, version, file, again);
    return again;
  }
}

async function fetchJsonArtifact<S extends z.ZodType>(
  base: string,
  version: string,
  file: string,
  what: string,
  schema: S,
): Promise<z.infer<S>> {
  const bytes = await fetchArtifact(base, version, file, what);
  const url = releaseUrl(base, version, file);
  return parsed(jsonOf(bytes, url, what), url, what, schema);
}

export function fetchSummary(base: string, version: string): Promise<ReleaseSummary> {
  return fetchJsonArtifact(
    base,
    version,
    "summary.json",
    `Release ${version}'s summary file`,
    releaseSummarySchema,
  );
}

/** A release's Frictionless descriptor, as it was released (Versions compares two). */
export function fetchDescriptor(base: string, version: string): Promise<DataPackage> {
  return fetchJsonArtifact(
    base,
    version,
    "datapackage.json",
    `Release ${version}'s datapackage.json`,
    dataPackageSchema,
  );
}

/** The name of a release's own CHANGELOG entry among its built files, when the changelog had one. */
export const RELEASE_NOTES_FILE = "CHANGELOG.md";

/** A release's own CHANGELOG entry (Markdown), as the build published it beside its files. */
export async function fetchReleaseNotes(base: string, version: string): Promise<string> {
  const what = `Release ${version}'s CHANGELOG entry`;
  const bytes = await fetchArtifact(base, version, RELEASE_NOTES_FILE, what);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new LoadError(
      `${what} at ${releaseUrl(base, version, RELEASE_NOTES_FILE)} is not UTF-8 text.`,
      "Rebuild the artifacts with `pnpm build:data`.",
    );
  }
}

export function fetchFindings(base: string, version: string): Promise<ReleaseFindings> {
  return fetchJsonArtifact(
    base,
    version,
    "findings.json",
    `Release ${version}'s findings file`,
    releaseFindingsSchema,
  );
}
