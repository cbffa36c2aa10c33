import { shortened } from "@tally/dataset";
/**
 * Milliseconds between two redraws: ten a second look alive, and cost nothing beside the
 * hundreds of thousands of rows read between them.
 */
export const REDRAW_MS = 100;

/** Erases from the cursor to the end of the line (ANSI EL), so a shorter text leaves no tail. */
const ERASE_LINE_END = "\x1b[K";

/**
 * One line of a terminal that says how far a long run has got, drawn over itself with a carriage
 * return: what `git clone` and `npm install` do on a terminal. It is for a person watching, so a
 * caller draws it only on a terminal (a log would keep every redraw), and clears it before
 * anything else is printed there.
 */
export class ProgressLine {
  readonly #write: (text: string) => void;
  readonly #columns: number;
  readonly #now: () => number;
  #drawn = false;
  #at = Number.NEGATIVE_INFINITY;

  /**
   * `columns`: the terminal's width; a line as wide wraps, and a carriage return goes back to
   * the start of its last row only, so the text is cut one short of it. A terminal that does not
   * say (0, as a pseudo-terminal of `script` does) is taken as 80 wide.
   */
  constructor(write: (text: string) => void, columns = 80, now: () => number = () => performance.now()) {
    this.#write = write;
    this.#columns = Math.max(20, columns || 80);
    this.#now = now;
  }

  /** Draws `text` over the line, unless the last draw was under `REDRAW_MS` ago and `now` is not set. */
  show(text: string, now = false): void {
    const t = this.#now();
    if (!now && t - this.#at < REDRAW_MS) return;
    this.#at = t;
    const room = this.#columns - 1;
    const fitted = text.length > room ? shortened(text, room - 1) : text;
    this.#write(`\r${fitted}${ERASE_LINE_END}`);
    this.#drawn = true;
  }

  /** Clears the line, the cursor back at its start, if anything is drawn. */
  clear(): void {
    if (!this.#drawn) return;
    this.#write(`\r${ERASE_LINE_END}`);
    this.#drawn = false;
  }
}

const MB = 1024 * 1024;

/** "42% of claims.csv (106 of 253 MB)"; small files in KB. */
export function bytesRead(file: string, read: number, total: number): string {
  const percent = total === 0 ? 100 : Math.floor((100 * read) / total);
  const unit = total >= MB ? "MB" : "KB";
  const size = (n: number) => Math.round(n / (unit === "MB" ? MB : 1024));
  return `${percent}% of ${file} (${size(read)} of ${size(total)} ${unit})`;
}
