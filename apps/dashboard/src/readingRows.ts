import { type ClaimView, claimFigure } from "@tally/dataset";
import {
  commonRangeLabel,
  isolateName,
  type RangeBand,
  type RangeRow,
  readingLetter,
  readingStyle,
  SPANNING_STYLE,
  verdictStyle,
} from "@tally/ui";
import type { ClaimReading } from "./claimVerdicts.js";
import type { GroupRating } from "./groupRating.js";
import { partyDetail } from "./partyText.js";
import { readingSupport } from "./readingText.js";

/** The heading over the spanning claims, inside the chart so exports carry it too. */
export const SPANNING_SECTION = "Consistent with every reading (counted as support for none)";

/** A claim as the CSV export and the data table give it: the claim, its verdict and its readings. */
export type ReadingCsvRow = ClaimView & {
  /** The group's verdict, which every claim of it shares ("conflict" for a spanning claim too). */
  group_verdict: string;
  /** The claim's own standing: "consistent" for a spanning claim of a conflicting group. */
  verdict: string;
  /** "A", "A;B" where a claim lies where two readings meet, "" for a spanning claim. */
  reading: string;
  reading_range: string;
  reading_origins: string;
  most_corroborated: boolean;
  spanning: boolean;
};

/**
 * What the discrepancy chart draws for one group: a row per claim coloured by the first reading it
 * supports (with its letter, so colour is never the only cue), spanning claims grey and dotted in a
 * section of their own, one band per reading labelled with who stands behind it; and the same
 * claims as CSV rows with a reading column. A group with one reading keeps the verdict's colours.
 */
export function readingRows(
  rating: GroupRating | null | undefined,
  ordered: readonly ClaimView[],
  placed: ReadonlyMap<string, ClaimReading>,
  verdicts: ReadonlyMap<string, string>,
  claims: ReadonlyMap<string, ClaimView>,
): { chart: RangeRow[]; bands: RangeBand[]; csv: ReadingCsvRow[] } {
  const readings = rating?.readings ?? [];
  const many = readings.length > 1;
  const most = new Set(rating?.most_corroborated ?? []);
  const chart = ordered.map((c): RangeRow => {
    const row: RangeRow = {
      id: c.claim_id,
      // Isolated: the compact layout writes "outlet: figure · reading" on one line.
      label: isolateName(c.outlet),
      detail: isolateName(partyDetail(c, c.repeats_claim_id ? claims.get(c.repeats_claim_id) : undefined)),
      ...claimFigure(c),
      verdict: verdicts.get(c.claim_id) ?? "unrated",
    };
    const at = placed.get(c.claim_id);
    if (!many || !at) return row;
    if (at.spanning)
      return {
        ...row,
        color: SPANNING_STYLE.color,
        dash: SPANNING_STYLE.dash,
        tag: SPANNING_STYLE.label,
        section: SPANNING_SECTION,
      };
    if (at.readings.length === 0) return row;
    return {
      ...row,
      color: readingStyle(at.readings[0]!).color,
      tag: `reading ${at.readings.map(readingLetter).join(", ")}`,
    };
  });
  const bands = readings.map((r, i): RangeBand => {
    const style = readingStyle(i);
    return {
      id: String(i),
      letter: many ? style.letter : "",
      low: r.low,
      high: r.high,
      low_open: r.low_open,
      high_open: r.high_open,
      ...readingSupport(r, claims),
      color: many ? style.color : verdictStyle(rating?.verdict).color,
      hatch: style.hatch,
      emphasis: many && most.has(i),
    };
  });
  const csv = ordered.map((c): ReadingCsvRow => {
    const at = placed.get(c.claim_id);
    const mine = at?.readings ?? [];
    return {
      ...c,
      group_verdict: rating?.verdict ?? "unrated",
      verdict: verdicts.get(c.claim_id) ?? "unrated",
      reading: mine.map(readingLetter).join(";"),
      reading_range: mine.map((i) => commonRangeLabel(readings[i]!)).join(";"),
      reading_origins: mine.map((i) => String(readings[i]!.origins)).join(";"),
      // A group's only reading is its most corroborated one, as the release says: "false" there
      // told a report writer the claims stood outside it (an outside audit).
      most_corroborated: mine.some((i) => most.has(i)),
      spanning: at?.spanning ?? false,
    };
  });
  return { chart, bands, csv };
}

/**
 * A claim's Reading in the data table, in the chart's words: its readings' letters among several
 * ("A", "A;B"), "common range" for a group's only reading (the chart's band has no letter and the
 * table said "A", a letter drawn nowhere: an outside audit), "every reading" for a spanning claim.
 * The CSV keeps the letter, a key for its rows.
 */
export function readingCellText(row: Pick<ReadingCsvRow, "reading" | "spanning">, readings: number): string {
  if (row.spanning) return "every reading";
  return readings === 1 && row.reading !== "" ? "common range" : row.reading;
}
