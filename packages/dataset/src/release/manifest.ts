import { sha256Hex } from "../datapackage/hash.js";
import type { ReleaseManifest } from "../schema/datapackage.js";

export const MANIFEST_FILE = "manifest.json";

/** The source texts a release's quotes were checked against, as file name → sha256. */
export type VerifiedCorpus = Record<string, string>;

/**
 * The manifest of a release: every frozen file's sha256 and size, keyed by file name, and whether
 * its quotes were checked against their source texts (with those texts' hashes when they were).
 */
export function buildManifest(
  about: { name: string; version: string; created: string },
  files: Record<string, Uint8Array>,
  corpus: VerifiedCorpus | null,
): ReleaseManifest {
  const entries = Object.keys(files)
    .sort()
    .map((file) => [file, { sha256: sha256Hex(files[file]!), bytes: files[file]!.byteLength }] as const);
  const verified = corpus === null ? {} : { corpus: Object.fromEntries(Object.entries(corpus).sort()) };
  return { ...about, files: Object.fromEntries(entries), quotes_verified: corpus !== null, ...verified };
}
