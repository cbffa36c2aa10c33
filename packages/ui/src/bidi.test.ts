import { describe, expect, it } from "vitest";
import { balanceIsolates, FSI, isolateName, isolateRuns, PDI, withoutIsolates } from "./bidi.js";

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

describe("isolateRuns", () => {
  it("isolates a quoted name whole, inside its quotes, figures and all", () => {
    expect(isolateRuns('e1 / persons: "الجزيرة 24" (c7, about 200) and "200" (c8, 200)')).toBe(
      `e1 / persons: "${FSI}الجزيرة 24${PDI}" (c7, about 200) and "200" (c8, 200)`,
    );
    expect(isolateRuns(String.raw`outlet "say \"הארץ\" twice" (c1)`)).toBe(
      String.raw`outlet "${FSI}say \"הארץ\" twice${PDI}" (c1)`,
    );
  });

  it("isolates an unquoted stretch of right-to-left words, leaving the figures after it out", () => {
    expect(isolateRuns("1 independent origin among 2 claims: Daily NK; الجزيرة نت 2; הארץ")).toBe(
      `1 independent origin among 2 claims: Daily NK; ${FSI}الجزيرة نت${PDI} 2; ${FSI}הארץ${PDI}`,
    );
    expect(isolateRuns("محتجزون: 3 readings")).toBe(`${FSI}محتجزون${PDI}: 3 readings`);
  });

  it("isolates a direction control, whose override would otherwise run to the message's end", () => {
    expect(isolateRuns("figure \u202e005 = tnuoc")).toBe(`figure ${FSI}\u202e${PDI}005 = tnuoc`);
  });

  it("leaves a message of left-to-right text as it is", () => {
    const message = 'e1 / persons: "about 200" (c1, 180–220) and "600" (c2, 600) do not overlap';
    expect(isolateRuns(message)).toBe(message);
  });
});
