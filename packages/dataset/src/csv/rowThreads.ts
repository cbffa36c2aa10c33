import { Worker } from "node:worker_threads";
import { type CodedChunk, type CodingLimits, codeChunk } from "./codeChunk.js";

/** Values and characters a thread's dictionaries may hold for one file (see `codeChunk`). */
const DICTIONARY_ENTRIES = 400_000;
const DICTIONARY_CHARS = 8_000_000;
const HEAP_MB = 96;

/**
 * One piece of a file for a row thread: the bytes `[from, to)` of the file open as `fd` (opened
 * once by the main thread, so that every piece is of the same file even if its path is replaced
 * meanwhile), the `read`th reading of a file: the thread's dictionaries start afresh with each.
 */
export interface PieceJob {
  read: number;
  fd: number;
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
const { readSync } = require("node:fs");
const __name = (fn) => fn;
const codeChunk = ${codeChunk.toString()};
const { limits } = workerData;
// The dictionaries of the reading under way, kept from one of its pieces to the next.
let reading = -1;
let kept = null;
let buffer = Buffer.allocUnsafe(0);
const answer = (message, transfer) => parentPort.postMessage(message, transfer);
parentPort.on("message", (job) => {
  try {
    const length = job.to - job.from;
    if (buffer.length < length) buffer = Buffer.allocUnsafe(Math.max(length, buffer.length * 2));
    for (let done = 0; done < length; ) {
      const n = readSync(job.fd, buffer, done, length - done, job.from + done);
      if (n === 0) throw new Error("changed while it was being read");
      done += n;
    }
    if (job.read !== reading) {
      reading = job.read;
      kept = { pools: [], seen: [], keys: [], lastId: [], entries: 0, chars: 0 };
    }
    const coded = codeChunk(buffer.toString("utf8", 0, length), job.final, job.crlf, kept, limits);
    // A piece made long by a long record does not keep its buffer for the rest of the load.
    if (buffer.length > 64 * 1024 * 1024) buffer = Buffer.allocUnsafe(0);
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
      // Answers are matched to requests by their order: one that cannot be read fails the thread.
      worker.on("messageerror", fail);
      worker.on("exit", () => fail(new Error("the thread reading it stopped")));
      // Held open only while it owes answers, so that a load that stops before closing the threads
      // does not keep the process alive. After the listeners: adding the first one refs it again.
      worker.unref();
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
