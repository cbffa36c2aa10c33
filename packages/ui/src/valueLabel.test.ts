import { describe, expect, it } from "vitest";
import { notoSansEstimate } from "./measureText.js";
import { placeValueLabel } from "./valueLabel.js";

// 6 px a character: round numbers to reason with.
const measure = (s: string) => s.length * 6;
const text = "about 80 (72–88) (Single origin)"; // 32 characters: 192 px
const room = { left: 300, right: 834, measure };

/** The horizontal extent of a placed label's widest line. */
function extent(p: ReturnType<typeof placeValueLabel>) {
  const w = Math.max(...p.lines.map(measure));
  return p.anchor === "start" ? [p.x, p.x + w] : [p.x - w, p.x];
}

describe("placeValueLabel", () => {
  it("follows the mark when it fits before the chart's right edge", () => {
    expect(placeValueLabel({ ...room, text, after: 500, before: 470 })).toEqual({
      x: 500,
      anchor: "start",
      lines: [text],
    });
  });

  it("precedes the mark, ending where the mark starts, when following it would run off the chart", () => {
    // A share of about 80 on a 0–100 axis: its tolerance band ends 90 px from the chart's edge.
    const p = placeValueLabel({ ...room, text, after: 726, before: 636 });
    expect(p).toEqual({ x: 636, anchor: "end", lines: [text] });
    const [from, to] = extent(p);
    expect(from).toBeGreaterThanOrEqual(room.left);
    expect(to).toBeLessThanOrEqual(room.right);
  });

  it("wraps on the roomier side when neither side holds it, every line inside the chart", () => {
    const p = placeValueLabel({ ...room, text, after: 700, before: 420 });
    expect(p.anchor).toBe("start");
    expect(p.lines.length).toBeGreaterThan(1);
    expect(p.lines.join(" ")).toBe(text);
    const [, to] = extent(p);
    expect(to).toBeLessThanOrEqual(room.right);
    const left = placeValueLabel({ ...room, text, after: 740, before: 450 });
    expect(left.anchor).toBe("end");
    expect(extent(left)[0]).toBeGreaterThanOrEqual(room.left);
  });

  it("keeps a label above an open-ended bar on the bar, moved left only as far as it must", () => {
    const label = "at least 95 (every reading)"; // 162 px
    expect(placeValueLabel({ ...room, text: label, after: 400, before: 0, above: true }).x).toBe(400);
    const near = placeValueLabel({ ...room, text: label, after: 800, before: 0, above: true });
    expect(near).toEqual({ x: room.right - 162, anchor: "start", lines: [label] });
  });
});

describe("notoSansEstimate", () => {
  // Widths Chromium drew these labels at in Noto Sans, 12 px regular (canvas measureText).
  const drawn: [string, number][] = [
    ["about 80 (72–88) (Single origin)", 174.7],
    ["at least 100 (every reading)", 152.5],
    ["about 200 (180–220) (reading A)", 179.1],
    ["Joo Ok-kyung of Light of Freedom", 189.7],
    ["Women", 43.8],
  ];
  it("is never under the drawn width, and within a fifth of it", () => {
    for (const [s, w] of drawn) {
      expect(notoSansEstimate(s, 12), s).toBeGreaterThanOrEqual(w);
      expect(notoSansEstimate(s, 12), s).toBeLessThanOrEqual(w * 1.2);
    }
  });
});
