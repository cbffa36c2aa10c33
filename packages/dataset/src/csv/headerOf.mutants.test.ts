import { describe, expect, it } from "vitest";
import { headerOf } from "./headerOf.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("headerOf: BOMs", () => {
  it("removes a BOM written twice at the start", () => {
    expect(headerOf(bytes("\uFEFF\uFEFFa,b\n"))).toEqual(["a", "b"]);
  });

  it("keeps a U+FEFF that is not at the start as part of its name", () => {
    expect(headerOf(bytes("a\uFEFFb,c\n"))).toEqual(["a\uFEFFb", "c"]);
  });
});
