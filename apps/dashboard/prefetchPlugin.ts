import type { Plugin } from "vite";
import { prefetchScript } from "./src/prefetch.js";

/**
 * Puts `prefetchRelease` into index.html as an inline script ahead of the app's module, with the
 * same published data base `publishedBase` reads at run time (`VITE_TALLY_DATA_BASE`, else
 * `data` under the app's base).
 */
export function tallyPrefetch(): Plugin {
  let raw = "/data";
  return {
    name: "tally-prefetch",
    configResolved(config) {
      raw = (config.env.VITE_TALLY_DATA_BASE as string | undefined) ?? `${config.base}data`;
    },
    transformIndexHtml() {
      return [{ tag: "script", children: prefetchScript(raw), injectTo: "head" }];
    },
  };
}
