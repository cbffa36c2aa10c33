import type { ReleaseIndex } from "@tally/dataset";
import { LoadError } from "./loadError.js";

/**
 * Lower-case hex SHA-256 of `bytes`: by the browser's own Web Crypto where it offers it (https and
 * localhost only), else by @noble/hashes, loaded only then, so a dashboard served over plain http
 * on a local network still checks its files.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = globalThis.crypto?.subtle
    ? new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>))
    : (await import("@noble/hashes/sha2.js")).sha256(bytes);
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A release file whose bytes are not the ones its release index lists. */
export class IntegrityError extends LoadError {
  constructor(
    readonly file: string,
    message: string,
    hint: string,
  ) {
    super(message, hint);
    this.name = "IntegrityError";
  }
}

/**
 * Checks one downloaded release file against the SHA-256 the release build wrote into index.json.
 * A file the index lists no hash for is refused too: it cannot be told from a changed one.
 */
export async function checkArtifact(
  index: ReleaseIndex,
  version: string,
  file: string,
  bytes: Uint8Array,
): Promise<void> {
  const expected = index.releases.find((r) => r.version === version)?.sha256[file];
  if (!expected)
    throw new IntegrityError(
      file,
      `${file} of release ${version} has no SHA-256 in the release index, so it cannot be checked.`,
      "Rebuild the artifacts with `pnpm build:data`, which lists every file's SHA-256 in index.json.",
    );
  const actual = await sha256Hex(bytes);
  if (actual !== expected)
    throw new IntegrityError(
      file,
      `${file} of release ${version} is not the file the release index lists (SHA-256 ${actual.slice(0, 12)}…, expected ${expected.slice(0, 12)}…): it is damaged or was changed after the release was built. Nothing from it is shown.`,
      "Reload the page; if this stays, the copy at this address is broken or altered — rebuild it with `pnpm build:data` or use the published release.",
    );
}
