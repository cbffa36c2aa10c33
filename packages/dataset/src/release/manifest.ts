import { sha256Hex } from "../datapackage/hash.js";
import type { ReleaseManifest } from "../schema/datapackage.js";

export const MANIFEST_FILE = "manifest.json";

/** The manifest of a release: every frozen file's sha256 and size, keyed by file name. */
export function buildManifest(
  about: { name: string; version: string; created: string },
  files: Record<string, Uint8Array>,
): ReleaseManifest {
  const entries = Object.keys(files)
    .sort()
    .map((file) => [file, { sha256: sha256Hex(files[file]!), bytes: files[file]!.byteLength }] as const);
  return { ...about, files: Object.fromEntries(entries) };
}
