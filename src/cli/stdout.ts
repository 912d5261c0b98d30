/**
 * The CLI's standard output, written without `process.stdout` where it can be: Node builds that stream
 * (and loads its stream modules) on first use, 3 ms of a one-file run to a file and 5 ms to a pipe, and
 * shell loops run rinse once per file. Results go out with `writeSync` on fd 1. Once a write would
 * block (a non-blocking pipe inherited from a parent process) or anything has made `process.stdout`
 * (the record and WARC modes stream to it), everything goes through the stream, so the order holds.
 *
 * A closed pipe (`rinse … | head`) ends the run quietly, as Unix tools do; any other failure to write
 * (a full disk, `> /dev/full`) is one line on stderr and exit 1, with no stack trace.
 */
import { writeSync } from 'node:fs';

const STDOUT_ERRORS: Record<string, string> = { ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EIO: 'input/output error', EFBIG: 'file too large' };

function stdoutFailed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`rinse: cannot write to stdout: ${(error.code && STDOUT_ERRORS[error.code]) ?? error.message}\n`);
  process.exit(1);
}

/** Whether `process.stdout` has been made (by this module or anyone else): then writes go through it. */
let streamMade = false;
let guarded = false;

/**
 * Gives `process.stdout` the failure policy above the moment anything makes it, and no sooner. Node
 * defines it as a configurable getter; should that change, the stream is made and guarded at once.
 */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  const descriptor = Object.getOwnPropertyDescriptor(process, 'stdout');
  const get = descriptor?.get;
  if (!descriptor?.configurable || !get) {
    streamMade = true;
    process.stdout.on('error', stdoutFailed);
    return;
  }
  let stream: NodeJS.WriteStream | undefined;
  Object.defineProperty(process, 'stdout', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get() {
      if (!stream) {
        stream = get.call(process) as NodeJS.WriteStream;
        stream.on('error', stdoutFailed);
        streamMade = true;
      }
      return stream;
    },
  });
}

/** Writes to standard output: with `writeSync` while nothing else has, else through `process.stdout`. */
export function writeStdout(chunk: string): void {
  if (streamMade) {
    process.stdout.write(chunk);
    return;
  }
  const bytes = Buffer.from(chunk, 'utf8');
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') stdoutFailed(error as NodeJS.ErrnoException);
    streamMade = true;
    process.stdout.write(bytes.subarray(at));
  }
}
