import { formatProblem } from "../problemText.js";
import type { Problem } from "../schema/problem.js";

/**
 * The input cannot be read at all (missing directory or file, not UTF-8, datapackage.json not
 * JSON). Its message is one line a person can act on; the validator exits 2 on it.
 */
export class DatasetReadError extends Error {
  override name = "DatasetReadError";
  constructor(
    message: string,
    readonly path: string | null = null,
  ) {
    super(message);
  }
}

const LISTED = 20;

/** Thrown by `strict: true` loads: the dataset was readable but some of it did not load cleanly. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
  constructor(
    readonly dataset: string,
    readonly problems: Problem[],
  ) {
    const listed = problems.slice(0, LISTED).map((p) => `  ${formatProblem(p)}`);
    const more = problems.length > LISTED ? [`  … and ${problems.length - LISTED} more`] : [];
    super(
      [`${dataset}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`, ...listed, ...more].join(
        "\n",
      ),
    );
  }
}

/** Thrown by `cutRelease` when the version cannot be released; nothing has been written. */
export class ReleaseRefusedError extends Error {
  override name = "ReleaseRefusedError";
}
