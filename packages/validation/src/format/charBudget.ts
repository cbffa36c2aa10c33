import type { Severity } from "../finding.js";
import type { Spool } from "./spool.js";

/**
 * The characters a report may still print before it must stop, for a report that has to fit a
 * limit (a pull request comment). Once something does not fit, nothing after it is printed either,
 * even when it is shorter: the report is cut at one point, so what it shows is a prefix of what it
 * would show uncut (the most severe findings first), never a selection. Findings left out are
 * counted by severity for the note that says so.
 */
export class CharBudget {
  private left: number;
  private cutAt = false;
  readonly omitted: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  /** `limit` 0 is no limit; `reserve` is held back for what is printed whatever happens. */
  constructor(limit: number, reserve: number) {
    this.left = limit === 0 ? Number.POSITIVE_INFINITY : limit - reserve;
  }

  get cut(): boolean {
    return this.cutAt;
  }

  /** Spends `chars` if they fit and nothing was cut before; otherwise cuts here. */
  take(chars: number): boolean {
    if (this.cutAt || chars > this.left) {
      this.cutAt = true;
      return false;
    }
    this.left -= chars;
    return true;
  }

  /** Counts findings left out without being looked at. */
  omit(severity: Severity, count: number): void {
    this.omitted[severity] += count;
  }

  /**
   * Drains a spool of `count` rows of one severity, each ending in the only line break it holds,
   * writing those that fit and counting the rest as left out. The spool hands out pieces that may
   * cut a row anywhere, so a row is judged once its line break is in.
   */
  drainRows(spool: Spool, count: number, severity: Severity, write: (text: string) => void): void {
    if (this.left === Number.POSITIVE_INFINITY) {
      spool.drain(write);
      return;
    }
    let shown = 0;
    let carry = "";
    spool.drain((piece) => {
      // Past the cut the rows are only emptied out of the spool: `count` says how many they were.
      if (this.cutAt) return;
      let from = 0;
      for (let end = piece.indexOf("\n"); end !== -1; end = piece.indexOf("\n", from)) {
        const row = carry + piece.slice(from, end + 1);
        carry = "";
        from = end + 1;
        if (!this.take(row.length)) return;
        write(row);
        shown++;
      }
      carry += piece.slice(from);
    });
    this.omit(severity, count - shown);
  }
}
