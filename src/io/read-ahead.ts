/**
 * A batch's next inputs read ahead into the operating system's page cache. A thread reads its input
 * with `readFileSync` right before it cleans it, so a file not in the cache leaves the thread idle on
 * the disk: on a 2-core VM, 0.5–0.7 ms a file (2,000 files with `-j 1`: 15.1 s with the cache emptied,
 * 13.8 s with the files cached). Here the first bytes of the files a few inputs ahead are read on
 * libuv's threads and thrown away; the thread's own read then finds them in the cache. The bytes are
 * never used, so what an input is and how its failures read stay the thread's own read's: a file that
 * cannot be opened here is simply not read ahead.
 *
 * Each step (open, stat, read, close) runs while this thread cleans, and the next one starts when the event
 * loop next turns: a batch turns it between inputs (src/cli/main.ts).
 */
import { close, constants, fstat, open, read } from 'node:fs';

/** How many inputs ahead of the one being cleaned are read. */
const READ_AHEAD_INPUTS = 8;
/**
 * Files read at once at most. A file takes four steps (open, stat, read, close) and the loop turns about once an
 * input, so a file is read over about four inputs: a limit of READ_AHEAD_INPUTS left every other file unread.
 */
export const MAX_READING = 4 * READ_AHEAD_INPUTS;
/** Bytes read of each file: most inputs (a gzipped page, a dump) fit; of a larger one, its start. */
const READ_AHEAD_BYTES = 128 * 1024;

/** Buffers of files being read, reused; their bytes are never looked at. */
const free: Buffer[] = [];
let reading = 0;

/**
 * Starts reading `path`'s first bytes into the page cache, and returns at once. Never throws. Opened
 * non-blocking: a named pipe is not waited on, and is not read (that would take its data).
 */
export function readIntoCache(path: string): void {
  if (reading >= MAX_READING) return;
  reading++;
  const buffer = free.pop() ?? Buffer.allocUnsafe(READ_AHEAD_BYTES);
  const done = (): void => {
    free.push(buffer);
    reading--;
  };
  open(path, constants.O_RDONLY | constants.O_NONBLOCK, (error, fd) => {
    if (error) return done();
    const closed = (): void => close(fd, done);
    // Regular files only: a FIFO or a device is left to the input's own read.
    fstat(fd, (statError, stats) => (statError || !stats.isFile() ? closed() : read(fd, buffer, 0, READ_AHEAD_BYTES, 0, closed)));
  });
}

/** Files being read ahead now (for tests). */
export const readingAhead = (): number => reading;

/**
 * The inputs as given, each yielded once the files of the `ahead` inputs after it are being read into the
 * cache. The first input is not read ahead: it is read at once (a run of one file reads nothing twice).
 * Inputs without a path (stdin) are passed over.
 */
export function* withReadAhead<T>(inputs: readonly T[], pathOf: (input: T) => string | undefined, ahead = READ_AHEAD_INPUTS, readAhead: (path: string) => void = readIntoCache): Generator<T> {
  const start = (k: number): void => {
    const path = k < inputs.length ? pathOf(inputs[k]!) : undefined;
    if (path !== undefined) readAhead(path);
  };
  for (let k = 1; k <= ahead; k++) start(k);
  for (let i = 0; i < inputs.length; i++) {
    if (i > 0) start(i + ahead);
    yield inputs[i]!;
  }
}
