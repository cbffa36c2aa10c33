import { describe, expect, it } from "vitest";
import { TINY_CSV, TINY_DESCRIPTOR } from "../__fixtures__/tinyDataset.js";
import type { TableName } from "../schema/tables.js";
import { buildDescriptor } from "./buildDescriptor.js";
import { descriptorProblems } from "./descriptorProblems.js";

const encoded = Object.fromEntries(
  Object.entries(TINY_CSV).map(([t, text]) => [t, new TextEncoder().encode(text)]),
) as Record<TableName, Uint8Array>;

/** The fresh descriptor with the claims resource's recorded hash or size changed. */
function recorded(change: { hash?: string; bytes?: number }): unknown {
  const fresh = buildDescriptor(TINY_DESCRIPTOR, encoded) as { resources: Record<string, unknown>[] };
  const resources = fresh.resources.map((r) => (r.name === "claims" ? { ...r, ...change } : r));
  return { ...fresh, resources };
}

const OTHER = `sha256:${"0".repeat(64)}`;

describe("descriptorProblems", () => {
  it("says which of the recorded hash and size is stale, never printing one value twice", () => {
    const size = encoded.claims.byteLength;
    const [both] = descriptorProblems(recorded({ hash: OTHER, bytes: size + 1 }), encoded);
    expect(both!.message).toMatch(
      new RegExp(
        `^the hash of claims\\.csv is stale \\(recorded ${OTHER}, ${size + 1} bytes; the file is sha256:[0-9a-f]{64}, ${size} bytes\\): run pnpm dataset hash$`,
      ),
    );
    const [hashOnly] = descriptorProblems(recorded({ hash: OTHER }), encoded);
    expect(hashOnly!.message).toMatch(
      new RegExp(
        `^the hash of claims\\.csv is stale \\(recorded ${OTHER}; the file is sha256:[0-9a-f]{64}, at the recorded size of ${size} bytes\\)`,
      ),
    );
    const [sizeOnly] = descriptorProblems(recorded({ bytes: size + 1 }), encoded);
    expect(sizeOnly!.message).toBe(
      `the recorded size of claims.csv is stale (recorded ${size + 1} bytes; the file is ${size} bytes, with the recorded hash): run pnpm dataset hash`,
    );
    for (const p of [both, hashOnly, sizeOnly]) expect(p!.code).toBe("descriptor/stale-hash");
  });

  it("finds nothing in a fresh descriptor", () => {
    expect(descriptorProblems(recorded({}), encoded)).toEqual([]);
  });
});
