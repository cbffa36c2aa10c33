import { describe, expect, it, vi } from "vitest";

// seenText, the first step of reading a figure as printed (figureAsRead), to count the readings.
vi.mock("./seenText.js", async (importOriginal) => {
  const seen = await importOriginal<typeof import("./seenText.js")>();
  return { ...seen, seenText: vi.fn(seen.seenText) };
});

const { seenText } = await import("./seenText.js");
const { qualifierCue } = await import("./qualifierCue.js");

describe("qualifierCue", () => {
  it("reads the figure as printed once, for its numbers and its words alike", () => {
    // It read the text for readFigure and again for its words: figureAsRead ran twice.
    for (const [text, qualifier] of [
      ["about 200", "about"],
      ["Hundreds", "at_least"],
      ["some", "at_least"],
      ["3 1/2 or more", "at_least"],
    ] as const) {
      vi.mocked(seenText).mockClear();
      expect(qualifierCue(text), text).toMatchObject({ kind: "settled", qualifier });
      expect(vi.mocked(seenText), text).toHaveBeenCalledTimes(1);
    }
  });
});
