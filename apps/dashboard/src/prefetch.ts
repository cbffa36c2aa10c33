/**
 * The release index and summary, requested by an inline script in index.html while the app's
 * JavaScript is still downloading and evaluating (about half a second on a slow machine), so the
 * first view does not wait for two round trips after React mounts.
 *
 * `prefetchRelease` is injected into index.html as its own source text (`prefetchScript`), so it
 * must not refer to anything outside its body. The app takes each response once with
 * `takePrefetched`; a URL it never asks for costs one unused request, nothing else.
 */

/** Where the inline script leaves its requests, by absolute URL. */
export const PREFETCH_KEY = "__tallyPrefetch";

/**
 * Requests `<base>/index.json` and, once it names the release to show, that release's
 * summary.json. `raw` is the published data base as `publishedBase` reads it. Does nothing for
 * `?data=` (another origin's release is fetched by the app alone, after its address is checked)
 * and fetches no summary for the Versions view, which does not show one.
 */
export function prefetchRelease(raw: string): void {
  const params = new URLSearchParams(window.location.search);
  if (params.get("data")) return;
  const early = new Map<string, Promise<Response>>();
  (window as unknown as Record<string, unknown>).__tallyPrefetch = early;
  const request = (url: string) => {
    const response = fetch(url);
    // The app falls back to its own fetch when this one failed; no unhandled rejection here.
    response.catch(() => undefined);
    early.set(url, response);
    return response;
  };
  const base = new URL(raw, window.location.href).href.replace(/\/+$/, "");
  const index = request(`${base}/index.json`);
  if (params.get("view") === "versions") return;
  index
    .then((res) => (res.ok ? res.clone().json() : null))
    .then((json: { latest?: unknown; releases?: { version?: unknown }[] } | null) => {
      const version = params.get("v") || json?.latest || json?.releases?.at(-1)?.version;
      // Only a release the index lists: a link to another ("?v=9.9.9") asked for a summary that
      // is not there, and the console showed its 404 beside the app's notice (an outside audit).
      const listed = json?.releases?.some((r) => r.version === version) ?? false;
      if (typeof version === "string" && listed)
        request(`${base}/releases/${encodeURIComponent(version)}/summary.json`);
    })
    .catch(() => undefined);
}

/** The inline `<script>` for index.html: `prefetchRelease` called with the published base. */
export function prefetchScript(raw: string): string {
  return `(${prefetchRelease.toString()})(${JSON.stringify(raw)});`;
}

/** The response the inline script started for `url`, once (the body can be read only once). */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const early = (window as unknown as Record<string, Map<string, Promise<Response>> | undefined>)[
    PREFETCH_KEY
  ];
  const response = early?.get(url);
  early?.delete(url);
  return response;
}
