import { describe, expect, it } from "vitest";
import { betweenControls, controlSpans, controlsNote, crossesControl, shownText } from "./controls.js";

const spansOf = (text: string) => controlSpans(text).map((s) => text.slice(s.start, s.end));

describe("controlSpans", () => {
  it("takes an escape sequence whole, as a terminal does: its digits are no text", () => {
    expect(spansOf("About 200 people\x1b]0;title 300\x07 were sent back.")).toEqual(["\x1b]0;title 300\x07"]);
    // A control string ended by ST (ESC \) or its C1 form, and the C1 forms of OSC and CSI.
    expect(spansOf("a\x1b]8;;http://x/1\x1b\\b\x1bP1$r0m\x9cc\x9d2;t\x07d\x9b31me")).toEqual([
      "\x1b]8;;http://x/1\x1b\\",
      "\x1bP1$r0m\x9c",
      "\x9d2;t\x07",
      "\x9b31m",
    ]);
    expect(spansOf("Police said \x1b[31m300\x1b[0m people; \x1b[1;4mall\x1b[m.")).toEqual([
      "\x1b[31m",
      "\x1b[0m",
      "\x1b[1;4m",
      "\x1b[m",
    ]);
    // ESC ( B selects a character set; a space after a lone ESC is the sentence's.
    expect(spansOf("a\x1b(Bb\x1b7c\x1b d")).toEqual(["\x1b(B", "\x1b7", "\x1b"]);
  });

  it("ends a control string left open at the end of its line", () => {
    expect(spansOf("About 200\x1b]0;title 300\nPolice held 40 people.")).toEqual(["\x1b]0;title 300"]);
  });

  it("takes every other control of the loader's set alone, and no tab, line feed or carriage return", () => {
    expect(spansOf("a\x07b\x08c\x7fd\x85e\x0bf\x0cg\th\r\ni\u202aj\u202ck\u2066l\u2069m\u200bn")).toEqual([
      "\x07",
      "\x08",
      "\x7f",
      "\x85",
      "\x0b",
      "\x0c",
      "\u202a",
      "\u202c",
      "\u2066",
      "\u2069",
    ]);
    expect(controlSpans("About 200 people were\u00a0sent back.")).toEqual([]);
  });

  it("takes an override with the text it shows in another order, up to its closing mark or the line's end", () => {
    // "\u202e002\u202c" shows as 200.
    expect(spansOf("Police held \u202e002\u202c people.")).toEqual(["\u202e002\u202c"]);
    expect(spansOf("a \u202d1 \u2067 2\u2069 3\u202c 4 b")).toEqual(["\u202d1 \u2067 2\u2069 3\u202c"]);
    expect(spansOf("a \u202e12 b\n40 c")).toEqual(["\u202e12 b"]);
  });
});

describe("shownText", () => {
  it("leaves the controls out and maps each place back; VT, FF and NEL are a space", () => {
    const text = "\x1b[1mAbout\x1b[0m 200\x0c300\x1b]0;x\x07 held.";
    const { shown, placeOf } = shownText(text);
    expect(shown).toBe("About 200 300 held.");
    for (let i = 0; i < shown.length; i++) if (shown[i] !== " ") expect(text[placeOf(i)]).toBe(shown[i]);
    expect(placeOf(0)).toBe(4);
    expect(placeOf(shown.indexOf("300"))).toBe(text.indexOf("300"));
  });

  it("is the text itself where it holds none", () => {
    const { shown, spans, placeOf } = shownText("About 200 held.");
    expect([shown, spans, placeOf(5)]).toEqual(["About 200 held.", [], 5]);
  });
});

describe("betweenControls and crossesControl", () => {
  const text = "Police said \x1b[31m300\x1b[0m people were held.";
  const spans = controlSpans(text);
  const at = text.indexOf("300");

  it("is the words between the controls either side, without the white space at their ends", () => {
    const room = betweenControls(text, spans, at, at + 3);
    expect(text.slice(room.start, room.end)).toBe("300");
    const people = text.indexOf("people");
    const after = betweenControls(text, spans, people, people + 6);
    expect(text.slice(after.start, after.end)).toBe("people were held.");
  });

  it("tells a stretch a control cuts into", () => {
    expect(crossesControl(spans, at, at + 3)).toBe(false);
    expect(crossesControl(spans, at - 1, at + 3)).toBe(true);
    expect(crossesControl(spans, 0, text.length)).toBe(true);
  });
});

describe("controlsNote", () => {
  it("counts them and names the first by the loader's name, on its line and character", () => {
    expect(controlsNote("About 200 held.\n", "a.txt")).toBeNull();
    expect(controlsNote("Held.\nAbout 200\x1b]0;x\x07 held.", "a.txt")).toBe(
      "note: a.txt holds a control character or escape sequence (U+001B (ESC) on line 2, character 10), which no claims.csv cell may hold: quotes stop at it, and a figure it cuts into or glues a letter to is passed over; remove it from the text to quote whole sentences",
    );
    expect(controlsNote("\u202eAbout 40\u202c held \x07.", "b\x1b[31m.txt")).toBe(
      "note: b\\u001b[31m.txt holds 2 control characters or escape sequences (the first U+202E (RIGHT-TO-LEFT OVERRIDE) on line 1, character 1), which no claims.csv cell may hold: quotes stop at them, and a figure one cuts into or glues a letter to is passed over; remove them from the text to quote whole sentences",
    );
  });
});
