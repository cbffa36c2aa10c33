import type { Report } from "../finding.js";
import { countSeverity, datasetRefs, emptySummary } from "../report.js";
import type { OpenReport } from "./reportStream.js";

/** Findings serialised together (see `jsonArrayItems`). */
export const JSON_BATCH = 100;

/**
 * `{ datasets, findings, summary }`, as `reportSchema` describes it: the `jsonText` of the report.
 * The summary follows the findings, so the report is written as the rules find them, in one pass.
 */
export const openJsonReport: OpenReport = (runs, write) => {
  const datasets = datasetRefs(runs);
  const summary = emptySummary();
  write(splitAtArray(jsonReportFrame(datasets, summary), "findings")[0]);
  const items = jsonArrayItems("findings", write, JSON_BATCH);
  return {
    add(f) {
      countSeverity(summary, f);
      items.add(f);
    },
    endRun() {},
    end() {
      items.end();
      write(splitAtArray(jsonReportFrame(datasets, summary), "findings")[1]);
    },
  };
};

/** A value as every JSON file of Tally prints it: two-space indentation and a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Items of a top-level array of a report, as `JSON.stringify(report, null, 2)` prints them inside
 * `"<key>": [ … ]`, joined by ",\n", with no comma before the first or after the last: one native
 * stringify for the whole run, which puts each item at the depth and indentation it has there.
 */
export function jsonItems(key: string, items: readonly unknown[]): string {
  if (items.length === 0) return "";
  const text = JSON.stringify({ [key]: items }, null, 2);
  const head = `{\n  ${JSON.stringify(key)}: [\n`;
  return text.slice(head.length, text.length - "\n  ]\n}".length);
}

/**
 * The `jsonText` of an object cut inside the empty array of its top-level `key`: `before` ends
 * with `"<key>": [` and `after` starts with its `]`. Items written between them as
 * `jsonArrayItems` writes them make the text the object would print with those items in place.
 * No string value holds a raw newline, so only the key itself starts a line at the top level's
 * indentation with that name.
 */
export function splitAtArray(text: string, key: string): [before: string, after: string] {
  const marker = `\n  ${JSON.stringify(key)}: [`;
  const at = text.indexOf(marker);
  if (at === -1 || text[at + marker.length] !== "]") throw new Error(`no empty ${key} in the frame`);
  return [text.slice(0, at + marker.length), text.slice(at + marker.length)];
}

/**
 * Characters a batch of items may print to before the next batch is made smaller. Past about
 * 128 KB a string is born in V8's large-object space; a two-byte one there (any "∞" or "−" in a
 * reading's message makes the whole batch two-byte) took 6 ms per 100 KB to flatten and encode,
 * which made the dense 1M JSON report 7 s slower. 32K characters is 64 KB at most.
 */
const BATCH_CHARS = 32_768;

/**
 * Writes the items of a top-level array in batches, between the halves `splitAtArray` gives:
 * `add` each item in order, then `end`. Items are serialised together (see `jsonItems`) in runs of
 * at most `batch`, fewer when the items are long: each text stays a small string (see
 * `BATCH_CHARS`), and there are still enough items per call to amortise it.
 */
export function jsonArrayItems(key: string, write: (text: string) => void, batch: number) {
  let pending: unknown[] = [];
  let count = 0;
  let size = batch;
  const flush = () => {
    const text = jsonItems(key, pending);
    // The next batch is sized by how long these items printed.
    size = Math.max(
      1,
      Math.min(batch, Math.floor((BATCH_CHARS * pending.length) / Math.max(1, text.length))),
    );
    write(`${count === pending.length ? "\n" : ",\n"}${text}`);
    pending = [];
  };
  return {
    add(item: unknown): void {
      pending.push(item);
      count++;
      if (pending.length >= size) flush();
    },
    /** Flushes what is left and closes the array's last line; returns how many items were written. */
    end(): number {
      if (pending.length > 0) flush();
      if (count > 0) write("\n  ");
      return count;
    },
  };
}

/** The report with no findings yet: `splitAtArray(…, "findings")` frames a streamed report. */
export function jsonReportFrame(datasets: Report["datasets"], summary: Report["summary"]): string {
  return jsonText({ datasets, findings: [], summary });
}
