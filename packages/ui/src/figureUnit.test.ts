import { describe, expect, it } from "vitest";
import { chartNumberFormat, markFigure, withUnit } from "./figureUnit.js";

describe("withUnit", () => {
  it("writes a word unit after a space", () => {
    expect(withUnit("about 3.5", "years")).toBe("about 3.5 years");
    expect(withUnit("between 200 and 300", "persons")).toBe("between 200 and 300 persons");
  });

  it("writes a symbol unit against the number", () => {
    expect(withUnit("more than 50", "%")).toBe("more than 50%");
  });

  it("writes a word unit in the singular after a number read as one", () => {
    expect(withUnit("at least 1", "persons")).toBe("at least 1 person");
    expect(withUnit("about 1", "years")).toBe("about 1 year");
    expect(withUnit("1.5", "years")).toBe("1.5 years");
    expect(withUnit("between 1 and 2", "days")).toBe("between 1 and 2 days");
    expect(withUnit("21", "persons")).toBe("21 persons");
    expect(withUnit("1,001", "persons")).toBe("1,001 persons");
    expect(withUnit("1", "count")).toBe("1 count");
    expect(withUnit("1", "%")).toBe("1%");
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

describe("markFigure", () => {
  it("says a word unit the chart's format left to the axis title, and no symbol twice", () => {
    expect(markFigure("15", "days")).toBe("15 days");
    expect(markFigure("about 10", "persons")).toBe("about 10 persons");
    expect(markFigure("at least 1", "persons")).toBe("at least 1 person");
    expect(markFigure("more than 30%", "%")).toBe("more than 30%");
    expect(markFigure("7", "")).toBe("7");
  });
});
