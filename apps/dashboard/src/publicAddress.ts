/**
 * An address a reader of an export can open, or null for the machine's own loopback server
 * (`npm start` serves on 127.0.0.1): a chart that cites "Data: http://localhost:4173/…" points its
 * readers nowhere. The dataset's name and version, which every export carries, still name the
 * release.
 */
export function publicAddress(href: string): string | null {
  const host = new URL(href).hostname;
  const loopback =
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === "[::1]" ||
    host === "0.0.0.0";
  return loopback ? null : href;
}
