import { Worker } from "node:worker_threads";
import { type CodedChunk, type CodingLimits, codeChunk } from "./codeChunk.js";

/** Values and characters a thread's dictionaries may hold for one file (see `codeChunk`). */
const DICTIONARY_ENTRIES = 400_000;
const DICTIONARY_CHARS = 8_000_000;
const HEAP_MB = 96;

/** One piece of a file for a row thread: the bytes `[from, to)` of `path`, which holds `size`. */
export interface PieceJob {
  path: string;
  size: number;
  from: number;
  to: number;
  final: boolean;
  crlf: boolean;
}

type Answer = CodedChunk | { error: string };

/**
 * The threads' whole program, as CommonJS text, so that it runs the same from the TypeScript
 * sources, from dist and under a test runner (see `fileChecks.ts`): it reads each piece it is
 * asked for through one reused buffer, decodes it, codes its records (`codeChunk`) and answers.
 */
const PROGRAM = `
const { parentPort, workerData } = require("node:worker_threads");
const { closeSync, fstatSync, openSync, readSync } = require("node:fs");
const __name = (fn) => fn;
const codeChunk = ${codeChunk.toString()};
const { limits } = workerData;
// Each file's dictionaries, kept from one of its pieces to the next this thread reads.
const dictionaries = new Map();
let buffer = Buffer.allocUnsafe(0);
const answer = (message, transfer) => parentPort.postMessage(message, transfer);
parentPort.on("message", (job) => {
  try {
    const length = job.to - job.from;
    if (buffer.length < length) buffer = Buffer.allocUnsafe(Math.max(length, buffer.length * 2));
    const fd = openSync(job.path, "r");
    try {
      if (fstatSync(fd).size !== job.size) throw new Error("changed while it was being read");
      for (let done = 0; done < length; ) {
        const n = readSync(fd, buffer, done, length - done, job.from + done);
        if (n === 0) throw new Error("changed while it was being read");
        done += n;
      }
    } finally {
      closeSync(fd);
    }
    let kept = dictionaries.get(job.path);
    if (kept === undefined) {
      // Files are read one after another: a new one ends the last one's dictionaries.
      dictionaries.clear();
      kept = { pools: [], seen: [], keys: [], lastId: [], entries: 0, chars: 0 };
      dictionaries.set(job.path, kept);
    }
    const coded = codeChunk(buffer.toString("utf8", 0, length), job.final, job.crlf, kept, limits);
    answer(coded, [coded.lines.buffer, coded.at.buffer, coded.counts.buffer, coded.cells.buffer]);
  } catch (error) {
    answer({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;

/** A thread and the answers it owes, in the order asked. */
interface RowThread {
  worker: Worker;
  owed: { resolve: (answer: CodedChunk) => void; reject: (error: Error) => void }[];
  /** Why the thread can answer no more, once it cannot. */
  failed: Error | null;
}

/**
 * Threads that read and code pieces of large CSV files (`codeChunk`) while the main thread builds
 * rows from the pieces before: each answers its pieces in the order they were asked for. A thread
 * that fails or stops fails every answer it owes, with the file's name.
 */
export class RowThreads {
  readonly #threads: RowThread[];

  constructor(count: number, trial: number) {
    const limits: CodingLimits = { trial, entries: DICTIONARY_ENTRIES, chars: DICTIONARY_CHARS };
    this.#threads = Array.from({ length: count }, () => {
      const worker = new Worker(PROGRAM, {
        eval: true,
        // The program is CommonJS text: a parent's `--input-type=module` would make it a module.
        execArgv: [],
        workerData: { limits },
        // The dictionaries' limits keep a thread's live data to about 40 MB; a heap this size
        // collects the pieces it has answered before they add up (at a million claims the threads
        // otherwise held 100 MB more at the load's peak). A thread that meets it fails, and its
        // file is read by the main thread instead.
        resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 16 },
      });
      // Held open only while it owes answers: a load that stops before closing the threads (an
      // unreadable optional table, a visitor that throws) must not keep the process alive.
      worker.unref();
      const thread: RowThread = { worker, owed: [], failed: null };
      const fail = (error: Error) => {
        thread.failed ??= error;
        for (const { reject } of thread.owed.splice(0)) reject(thread.failed);
      };
      worker.on("message", (answer: Answer) => {
        const owed = thread.owed.shift();
        if (thread.owed.length === 0) worker.unref();
        if ("error" in answer) owed?.reject(new Error(answer.error));
        else owed?.resolve(answer);
      });
      worker.on("error", fail);
      worker.on("exit", () => fail(new Error("the thread reading it stopped")));
      return thread;
    });
  }

  get count(): number {
    return this.#threads.length;
  }

  /** Asks thread `index` for a piece: its answer, once the answers asked for before it are in. */
  ask(index: number, job: PieceJob): Promise<CodedChunk> {
    const thread = this.#threads[index]!;
    const answer = new Promise<CodedChunk>((resolve, reject) => {
      if (thread.failed) reject(thread.failed);
      else thread.owed.push({ resolve, reject });
    });
    // Nobody awaits the answers of a load that stopped at an earlier piece.
    answer.catch(() => {});
    if (!thread.failed) {
      thread.worker.ref();
      thread.worker.postMessage(job);
    }
    return answer;
  }

  /**
   * Stops the threads, once they have stopped (answers still owed fail): the loader waits for it,
   * so that their memory is given back before the rows are used.
   */
  async close(): Promise<void> {
    await Promise.all(this.#threads.map(({ worker }) => worker.terminate()));
  }
}
