import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { type Stringifier, stringify } from "csv-stringify";

/**
 * A CSV file written row by row through csv-stringify's stream, waiting on back-pressure, so a
 * million rows never sit in memory at once. Rows are arrays of already formatted cells; the
 * header is the first row, so a deliberately malformed row may carry a different cell count.
 */
export class CsvSink {
  private constructor(
    private readonly stringifier: Stringifier,
    private readonly done: Promise<void>,
  ) {}

  static open(path: string, header: readonly string[]): CsvSink {
    const stringifier = stringify({ record_delimiter: "unix" });
    const done = pipeline(stringifier, createWriteStream(path));
    const sink = new CsvSink(stringifier, done);
    stringifier.write(header);
    return sink;
  }

  /** Resolves at once unless the stream is full: callers `await` it to respect back-pressure. */
  async write(cells: readonly string[]): Promise<void> {
    if (!this.stringifier.write(cells)) await once(this.stringifier, "drain");
  }

  async close(): Promise<void> {
    this.stringifier.end();
    await this.done;
  }
}
