import { describe, expect, it } from "vitest";
import { FINDING_SETS } from "./__fixtures__/findingSets.js";
import { formatReport, REPORT_FORMATS } from "./index.js";

describe("every report format, byte for byte", () => {
  // Recorded from the formatters that built each report as one string, before they streamed.
  // Each line as a JSON string, so that every character (a CR, a control character) survives
  // the snapshot file; a .txt file, so that no formatter rewraps it.
  it("prints what it printed for each finding set", async () => {
    const sections = Object.entries(FINDING_SETS).flatMap(([set, runs]) =>
      REPORT_FORMATS.map((format) => {
        const lines = formatReport(runs, format).split("\n");
        return [`=== ${set}: ${format}`, ...lines.map((line) => JSON.stringify(line))].join("\n");
      }),
    );
    await expect(`${sections.join("\n\n")}\n`).toMatchFileSnapshot("__snapshots__/reports.txt");
  });
});
