import { createHash } from "node:crypto";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The Frictionless `hash` property: `sha256:<hex>`. */
export function resourceHash(bytes: Uint8Array): string {
  return `sha256:${sha256Hex(bytes)}`;
}
