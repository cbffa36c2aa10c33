import { createHash } from "node:crypto";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What a descriptor records of a file's content: its length and its sha256. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

export function digestOf(bytes: Uint8Array): FileDigest {
  return { bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
}

/** The Frictionless `hash` property: `sha256:<hex>`. */
export function resourceHash(digest: FileDigest): string {
  return `sha256:${digest.sha256}`;
}
