import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { FileWriteError } from "@tally/dataset/wholeFile";

// Control words in shared memory.
const FILLED = 0; // slots handed to the thread so far
const WRITTEN = 1; // slots the thread has written out so far
const CLOSED = 2; // 1 once no more slots will come
const FAILED = 3; // 1 once a write has failed

/**
 * The thread's whole program, as CommonJS text: it needs nothing of Tally, so it runs the same
 * from the TypeScript sources, from dist and under a test runner. It writes each filled slot out
 * in turn, and sleeps on the shared counter while there is none.
 */
const PROGRAM = `
const { workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
const { fd, control, lengths, data, slots, slotBytes, errors } = workerData;
const ctl = new Int32Array(control);
const len = new Int32Array(lengths);
const bytes = new Uint8Array(data);
// A pipe or terminal may be in non-blocking mode (Node's own stdout is): when the reader is
// behind, the write is tried again after a short nap instead of failing.
const nap = new Int32Array(new SharedArrayBuffer(4));
function writeAll(at, end) {
  while (at < end) {
    try {
      at += writeSync(fd, bytes, at, end - at);
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(nap, 0, 0, 2);
    }
  }
}
for (let written = 0; ; ) {
  const filled = Atomics.load(ctl, ${FILLED});
  if (filled === written) {
    if (Atomics.load(ctl, ${CLOSED}) === 1) break;
    Atomics.wait(ctl, ${FILLED}, filled);
    continue;
  }
  const slot = written % slots;
  try {
    if (Atomics.load(ctl, ${FAILED}) === 0) writeAll(slot * slotBytes, slot * slotBytes + len[slot]);
  } catch (error) {
    errors.postMessage({ message: error instanceof Error ? error.message : String(error), code: error?.code });
    Atomics.store(ctl, ${FAILED}, 1);
  }
  written++;
  Atomics.store(ctl, ${WRITTEN}, written);
  Atomics.notify(ctl, ${WRITTEN});
}
`;

/**
 * Writes text to a file descriptor from a thread of its own, in order: the main thread only
 * encodes, and goes on finding while the bytes go to the disk or the pipe (at a million claims
 * the JSON report is 530 MB). Text is encoded straight into a ring of slots in shared memory, so
 * no buffer is allocated per write and memory stays flat however slow the reader: when every slot
 * is full, `write` waits. Synchronous to its caller, as the rules' scan is.
 */
export class ThreadWriter {
  private readonly control = new Int32Array(new SharedArrayBuffer(4 * 4));
  private readonly lengths: Int32Array;
  private readonly data: Uint8Array;
  private readonly errors = new MessageChannel();
  private readonly worker: Worker;
  private readonly encoder = new TextEncoder();
  private filled = 0;
  /** Bytes already in the slot being filled, not yet handed over. */
  private used = 0;
  private failure: { message: string; code?: string } | undefined;

  constructor(
    fd: number,
    private readonly slots = 8,
    private readonly slotBytes = 1 << 20,
  ) {
    // Room for the longest character in UTF-8, so that every slot takes at least one.
    if (!(slots >= 1 && slotBytes >= 4))
      throw new RangeError(`slots of ${slotBytes} bytes hold no character`);
    this.lengths = new Int32Array(new SharedArrayBuffer(4 * slots));
    this.data = new Uint8Array(new SharedArrayBuffer(slots * slotBytes));
    const { control, lengths, data } = this;
    this.worker = new Worker(PROGRAM, {
      eval: true,
      // Not the parent's flags: given `--input-type=module` (a script run by `node --eval`), the
      // thread reads the program as a module, dies on `require`, and close() waits for it forever.
      execArgv: [],
      workerData: {
        fd,
        control: control.buffer,
        lengths: lengths.buffer,
        data: data.buffer,
        slots,
        slotBytes,
        errors: this.errors.port2,
      },
      transferList: [this.errors.port2],
    });
    // A writer its owner never closed must not keep the process alive.
    this.worker.unref();
  }

  write(text: string): void {
    for (let rest = text; rest.length > 0; ) {
      this.check();
      if (this.used === 0) this.waitForSlot();
      const start = (this.filled % this.slots) * this.slotBytes;
      const room = this.data.subarray(start + this.used, start + this.slotBytes);
      // Whole characters only: a pair of surrogates is never cut between two slots.
      const { read, written } = this.encoder.encodeInto(rest, room);
      this.used += written;
      rest = read === rest.length ? "" : rest.slice(read);
      if (rest.length > 0 || this.used === this.slotBytes) this.handOver();
    }
  }

  /** Hands over what is left, waits until every byte is written, then stops the thread; throws if a write failed. */
  async close(): Promise<void> {
    try {
      if (this.used > 0) this.handOver();
      // One read per turn: waiting on a second read of the counter would sleep forever if the
      // thread wrote the last slot between the two reads (5 of ~17 test runs on two cores).
      for (;;) {
        const written = Atomics.load(this.control, WRITTEN);
        if (written >= this.filled) break;
        Atomics.wait(this.control, WRITTEN, written);
      }
      this.check();
    } finally {
      Atomics.store(this.control, CLOSED, 1);
      Atomics.notify(this.control, FILLED);
      await this.worker.terminate();
      this.errors.port1.close();
    }
  }

  private handOver(): void {
    this.lengths[this.filled % this.slots] = this.used;
    this.filled++;
    this.used = 0;
    Atomics.store(this.control, FILLED, this.filled);
    Atomics.notify(this.control, FILLED);
  }

  /** Waits until the slot about to be filled has been written out. */
  private waitForSlot(): void {
    for (let written = Atomics.load(this.control, WRITTEN); this.filled - written >= this.slots; ) {
      Atomics.wait(this.control, WRITTEN, written);
      written = Atomics.load(this.control, WRITTEN);
    }
  }

  private check(): void {
    if (Atomics.load(this.control, FAILED) === 0) return;
    this.failure ??= (receiveMessageOnPort(this.errors.port1)?.message as typeof this.failure) ?? {
      message: "write failed",
    };
    throw new FileWriteError(`cannot write the report: ${this.failure.message}`, this.failure.code);
  }
}

/**
 * The report could not be written: a full disk says so and exits 2; a reader that closed the pipe
 * (`| head`) ends the run quietly, as `EPIPE` in `code` lets the CLI tell. The one class that
 * `writeWholeFile` throws too, so the CLI catches both alike.
 */
export { FileWriteError as ReportWriteError };
