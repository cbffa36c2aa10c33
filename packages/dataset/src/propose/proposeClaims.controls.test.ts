import { describe, expect, it } from "vitest";
import { hiddenControlsText } from "../csv/hiddenControls.js";
import type { Claim } from "../schema/claim.js";
import { type Proposal, proposeClaims } from "./proposeClaims.js";
import { formatProposals } from "./writeProposals.js";

const propose = (text: string, options: Partial<Parameters<typeof proposeClaims>[1]> = {}) =>
  proposeClaims(text, { sourceId: "s-test", ...options });
/** What the loader refuses in a cell (csv/hiddenControls.ts). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
const LOADER_REFUSES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const quotes = (text: string) => propose(text).map((p) => [p.figure_text, p.quote]);

/** What the loader says of each cell of a proposal that holds a control: nothing, for a row it loads. */
const refusedCells = (p: Proposal) =>
  Object.entries(p).flatMap(([column, value]) => {
    const why = typeof value === "string" ? hiddenControlsText(column, value) : undefined;
    return why === undefined ? [] : [why];
  });

// An outside audit: an escape sequence or a bidirectional control in a source text went into the
// quotes as it stood (and to the terminal with them), the loader then refused every such row, and
// the 0 of "ESC ]0;" was proposed as a figure.
const TEXT = [
  "About 200 people\x1b]0;x\x07 were sent back.",
  "\x1b[1mKim Min-su\x1b[0m said \x1b[31m300\x1b[0m people were held in Onsong, 310\x1b[0m of them men.",
  "Police held 40 people.\x1b[0m Officials said 50 were freed.",
  "\u202eAbout 60 were freed.\u202c The ministry said \u2066 70 \u2069 fled.",
  "A report\x0bsaid 80 were held\x0cin Sinuiju.",
  "\x1b[1mPolice held 90 people\x1b(Bin Hyesan.",
].join("\n");

describe("proposeClaims on a text holding control characters", () => {
  it("quotes only the words between them, each a part of the text as printed that holds its figure", () => {
    expect(quotes(TEXT)).toEqual([
      ["About 200", "About 200 people"],
      // "300" is glued to the escape's "m" before it (see below).
      ["310", "people were held in Onsong, 310"],
      ["40", "Police held 40 people."],
      ["50", "Officials said 50 were freed."],
      ["70", "70"],
      ["80", "said 80 were held"],
      // "Police" is glued to the "m" before the sentence.
      ["90", "held 90 people"],
    ]);
    for (const p of propose(TEXT)) {
      expect(TEXT, p.quote).toContain(p.quote);
      expect(p.quote).toContain(p.figure_text);
    }
  });

  it("makes rows whose every cell the loader reads, in CSV and JSON alike", () => {
    const proposals = propose(TEXT);
    expect(proposals.flatMap(refusedCells)).toEqual([]);
    for (const format of ["csv", "json"] as const)
      expect(formatProposals(proposals, format)).not.toMatch(LOADER_REFUSES);
  });

  it("says in notes that the quote stops at them, naming them", () => {
    const [first, second] = propose(TEXT);
    expect(first!.notes).toMatch(
      /^the sentence holds a control character or escape sequence \(\\u001b\), which no cell may hold: the quote stops at it; /,
    );
    expect(second!.notes).toMatch(
      /^the sentence holds 4 control characters or escape sequences \(\\u001b\), which no cell may hold: the quote stops at them; /,
    );
    expect(propose("Police held 40 people in Onsong.")[0]!.notes).not.toMatch(/control/);
    expect(propose("\x1b[1mPolice held 90 people.")[0]!.notes).toMatch(
      /^"Police" is glued to an escape sequence's last letter, as the provenance rule reads the text: the quote starts after it; /,
    );
  });

  it("quotes no word glued to an escape sequence's last letter, which the provenance rule reads as one with it", () => {
    // The rule finds "m300" in "\u001b[31m300", never "300": no quote of it is the text's.
    expect(quotes("Police said \x1b[31m300\x1b[0m people were held.")).toEqual([]);
    expect(quotes("\x1b[1mAbout 200\x1b[0m people were held.")).toEqual([]);
    // The word is left out of the quote where the figure is not that word. An escape starts with
    // its control, so a word before it is never glued to it.
    expect(quotes("Police said 40 people\x1b(Bwere held.")).toEqual([["40", "Police said 40 people"]]);
    expect(quotes("Police said\x1b[1mhundreds were held. \x1b[1mPolice held 40 people.")).toEqual([
      ["40", "held 40 people."],
    ]);
  });

  it("reads the speaker and the sentence's end as shown", () => {
    const speakers = propose(TEXT).map((p) => [p.figure_text, p.attributed_to]);
    expect(speakers).toContainEqual(["310", "Kim Min-su"]);
    // A stop before an escape sequence ends a sentence: the officials' 50, not the one before.
    expect(speakers).toContainEqual(["50", "Officials"]);
    expect(speakers).toContainEqual(["80", "A report"]);
  });

  it("with --exclude-existing leaves out the figure a recorded claim quotes between them", () => {
    const recorded = { source_id: "s-test", figure_text: "About 200", quote: "About 200 people" } as Claim;
    expect(propose(TEXT, { claims: [recorded], excludeExisting: true }).map((p) => p.figure_text)).toEqual([
      "310",
      "40",
      "50",
      "70",
      "80",
      "90",
    ]);
  });
});
