import { describe, expect, it } from "vitest";
import { cancelledText } from "./consoleCancel.js";

describe("cancelledText", () => {
  it("says only that a single statement was cancelled", () => {
    expect(cancelledText({ ran: 0, count: 1, restarted: false })).toBe(
      "Cancelled. The console is ready for the next query.",
    );
  });

  it("names the statement stopped, what ran before it and what did not run after it", () => {
    expect(cancelledText({ ran: 1, count: 3, restarted: false })).toBe(
      "Cancelled at statement 2 of 3: statement 1 had run, and what it changed stays; statement 3 did not run. The console is ready for the next query.",
    );
    expect(cancelledText({ ran: 0, count: 4, restarted: false })).toBe(
      "Cancelled at statement 1 of 4: nothing before it had run; statements 2 to 4 did not run. The console is ready for the next query.",
    );
    expect(cancelledText({ ran: 2, count: 3, restarted: false })).toBe(
      "Cancelled at statement 3 of 3: statements 1 and 2 had run, and what they changed stays. The console is ready for the next query.",
    );
  });

  it("says when the console started afresh, which takes the tables made in it", () => {
    expect(cancelledText({ ran: 2, count: 3, restarted: true })).toBe(
      "Cancelled at statement 3 of 3: statements 1 and 2 had run, and what they changed stays. DuckDB did not stop in time, so the console started afresh on the release's tables: tables and views made in it before are gone.",
    );
  });

  it("says a cancelled download wrote no file and left the result on screen", () => {
    expect(cancelledText({ ran: 0, count: 1, restarted: false, download: true })).toBe(
      "Download cancelled: no file was written, and the result stays on screen. The console is ready for the next query.",
    );
    expect(cancelledText({ ran: 0, count: 1, restarted: true, download: true })).toMatch(
      /^Download cancelled: .* DuckDB did not stop in time, so the console started afresh/,
    );
  });
});
