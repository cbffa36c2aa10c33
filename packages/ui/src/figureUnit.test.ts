import { describe, expect, it } from "vitest";
import { chartNumberFormat, withUnit } from "./figureUnit.js";

describe("withUnit", () => {
  it("writes a word unit after a space", () => {
    expect(withUnit("about 3.5", "years")).toBe("about 3.5 years");
    expect(withUnit("between 200 and 300", "persons")).toBe("between 200 and 300 persons");
  });

  it("writes a symbol unit against the number", () => {
    expect(withUnit("more than 50", "%")).toBe("more than 50%");
  });

  it("leaves a figure without a unit label as it is", () => {
    expect(withUnit("15", "  ")).toBe("15");
  });
});

describe("chartNumberFormat", () => {
  it("puts a symbol unit on every number", () => {
    const format = chartNumberFormat("%");
    expect(format(80)).toBe("80%");
    expect(format(12.5)).toBe("12.5%");
  });

  it("leaves a word unit to the axis title", () => {
    expect(chartNumberFormat("persons")(1200)).toBe("1,200");
    expect(chartNumberFormat(" ")(7)).toBe("7");
  });
});
