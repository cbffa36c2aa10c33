import { describe, expect, it } from "vitest";
import { balanceIsolates, FSI, isolateName, PDI, withoutIsolates } from "./bidi.js";

describe("isolateName", () => {
  it("wraps an Arabic or Hebrew name in FSI … PDI", () => {
    expect(isolateName("الجزيرة نت")).toBe(`${FSI}الجزيرة نت${PDI}`);
    expect(isolateName("הארץ")).toBe(`${FSI}הארץ${PDI}`);
    expect(isolateName("Persons detained محتجزون")).toBe(`${FSI}Persons detained محتجزون${PDI}`);
    expect(`${isolateName("محتجزون")}: 3 claims compared`).toBe(`${FSI}محتجزون${PDI}: 3 claims compared`);
  });

  it("wraps a name carrying a direction control, which would otherwise flip the text after it", () => {
    expect(isolateName("evil\u202Eoutlet")).toBe(`${FSI}evil\u202Eoutlet${PDI}`);
  });

  it("leaves a left-to-right name as it is", () => {
    expect(isolateName("Daily NK")).toBe("Daily NK");
    expect(isolateName('=HYPERLINK("http://evil.example","click")')).toBe(
      '=HYPERLINK("http://evil.example","click")',
    );
    expect(isolateName("")).toBe("");
  });

  it("is taken out again for copied text", () => {
    expect(withoutIsolates(`Sources: ${isolateName("הארץ")} (2023-10-12)`)).toBe(
      "Sources: הארץ (2023-10-12)",
    );
  });
});

describe("balanceIsolates", () => {
  it("closes an isolate at a line's end and opens it again on the next", () => {
    expect(balanceIsolates([`A: 45 · ${FSI}الجزيرة`, `نت${PDI} · 1 claim`])).toEqual([
      `A: 45 · ${FSI}الجزيرة${PDI}`,
      `${FSI}نت${PDI} · 1 claim`,
    ]);
    expect(balanceIsolates(["plain", "lines"])).toEqual(["plain", "lines"]);
  });
});
