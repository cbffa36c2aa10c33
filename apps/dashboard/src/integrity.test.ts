import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { checkArtifact, IntegrityError, sha256Hex } from "./integrity.js";
import { oneReleaseIndex } from "./testing/releaseIndex.js";

const bytes = new TextEncoder().encode('{"claims": 21}\n');

describe("checkArtifact", () => {
  it("hashes with Web Crypto to the same hex digest as Node's", async () => {
    expect(await sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("hashes alike without Web Crypto (a page served over plain http), through @noble/hashes", async () => {
    vi.stubGlobal("crypto", {});
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      const big = new Uint8Array(200_000).map((_, i) => i * 31);
      expect(await sha256Hex(big)).toBe(createHash("sha256").update(big).digest("hex"));
      expect(await sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("accepts a file whose SHA-256 is the one the index lists", async () => {
    const sha = createHash("sha256").update(bytes).digest("hex");
    await expect(
      checkArtifact(oneReleaseIndex({ "summary.json": sha }), "1.0.0", "summary.json", bytes),
    ).resolves.toBe(undefined);
  });

  it("refuses a changed file, naming it", async () => {
    const sha = createHash("sha256").update(bytes).digest("hex");
    const changed = new TextEncoder().encode('{"claims": 22}\n');
    const error = await checkArtifact(
      oneReleaseIndex({ "summary.json": sha }),
      "1.0.0",
      "summary.json",
      changed,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as IntegrityError).file).toBe("summary.json");
    expect((error as Error).message).toMatch(/^summary\.json of release 1\.0\.0 is not the file/);
  });

  it("refuses a file the index lists no hash for, and a version it does not list", async () => {
    await expect(checkArtifact(oneReleaseIndex({}), "1.0.0", "claims.arrows", bytes)).rejects.toThrow(
      "claims.arrows of release 1.0.0 has no SHA-256",
    );
    await expect(checkArtifact(oneReleaseIndex({}), "2.0.0", "claims.arrows", bytes)).rejects.toBeInstanceOf(
      IntegrityError,
    );
  });
});
