/**
 * `rinse --jsonl`: records in on stdin, records out on stdout, in order.
 * Lines are pulled as they are needed and each output line waits for stdout
 * to drain when it is full, so memory stays flat for any stream length. A bad
 * record gives an error record and one line on stderr; the stream goes on.
 *
 * With `jobs` > 1 the records are cleaned on that many worker threads
 * (src/parallel/pool.ts): at most 4 records a thread are in flight, and the
 * outputs are written in input order, byte for byte what one thread writes.
 * The first records are cleaned in this thread until the stream shows it is
 * long enough to pay for starting threads; a config file's own rules
 * (functions, which do not cross threads) keep the whole stream here.
 */
import type { Readable, Writable } from 'node:stream';
import { inBundle } from '../lazy.js';
import { readLines, type Line } from '../io/lines.js';
import { mapOrdered } from '../parallel/pool.js';
import type { NumberedOutcome, RecordTask } from '../parallel/clean-worker.js';
import { cleanRecordLine, type RecordJobOptions, type RecordOutcome } from '../records/clean-record.js';
import { toRecordError } from '../records/schema.js';
import type { Rule } from '../rules/types.js';

export interface RecordStreamIo {
  readonly input: AsyncIterable<Buffer | string> & Partial<Pick<Readable, 'setEncoding'>>;
  readonly output: Writable;
  readonly stderr: (line: string) => void;
}

export interface RecordRunOptions extends RecordJobOptions {
  readonly maxBytes: number;
  readonly quiet?: boolean;
  /** Worker threads to clean on; 1 (the default) cleans in this thread. */
  readonly jobs?: number;
  /** Rules to run instead of the selection of `only`/`disable`; rule objects stay in this thread. */
  readonly rules?: readonly Rule[];
  /** Milliseconds of cleaning in this thread before threads are started (default RECORDS_THREAD_AFTER_MS). */
  readonly threadsAfterMs?: number;
  /** The worker module (default: the one beside this module, bundled or compiled). */
  readonly worker?: URL;
}

export interface RecordTally {
  cleaned: number;
  failed: number;
  readonly perRule: Map<string, number>;
}

export function newTally(): RecordTally {
  return { cleaned: 0, failed: 0, perRule: new Map() };
}

export function count(tally: RecordTally, outcome: RecordOutcome): void {
  if (outcome.error !== undefined) tally.failed++;
  else tally.cleaned++;
  for (const rule of outcome.removedRules) tally.perRule.set(rule, (tally.perRule.get(rule) ?? 0) + 1);
}

/** Writes one chunk, waiting for 'drain' when the stream's buffer is full. */
export function writeWithBackpressure(output: Writable, chunk: string): Promise<void> | undefined {
  if (output.write(chunk)) return undefined;
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      output.off('error', onError);
      resolve();
    };
    const onError = (error: Error): void => {
      output.off('drain', onDrain);
      reject(error);
    };
    output.once('drain', onDrain);
    output.once('error', onError);
  });
}

export function summaryLine(what: string, tally: RecordTally, extra = ''): string {
  const removed = [...tally.perRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
  const noun = (n: number): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  return `rinse: ${noun(tally.cleaned)} cleaned, ${tally.failed} failed${extra}${removed ? `; blocks removed: ${removed}` : ''}\n`;
}

/**
 * How long a stream is cleaned in this thread (time spent cleaning, not
 * waiting for input) before worker threads take over. A thread costs about
 * this much to start and warm up (loading the code, compiling the rules'
 * patterns, the JIT), so a stream that is done sooner is never worth threads,
 * and a long one loses at most this much. Records differ a hundredfold in
 * size, so the measure is time, not a count (see README, Pipelines).
 */
export const RECORDS_THREAD_AFTER_MS = 500;

/** Runs record mode over `io.input`; resolves to the tally of cleaned and failed records. */
export async function runRecordStream(io: RecordStreamIo, options: RecordRunOptions): Promise<RecordTally> {
  const tally = newTally();
  for await (const outcome of recordOutcomes(readLines(io.input, options.maxBytes), options)) {
    count(tally, outcome);
    if (outcome.error !== undefined) io.stderr(`rinse: stdin line ${outcome.number}${outcome.id != null ? ` (id ${JSON.stringify(outcome.id)})` : ''}: ${outcome.error}\n`);
    const pending = writeWithBackpressure(io.output, `${outcome.line}\n`);
    if (pending) await pending;
  }
  if (!options.quiet) io.stderr(summaryLine('record', tally));
  return tally;
}

/** The stream's lines as tasks: blank lines dropped, over-long ones already answered. */
async function* recordTasks(lines: AsyncIterable<Line>, options: RecordJobOptions & { readonly maxBytes: number }): AsyncGenerator<RecordTask> {
  for await (const line of lines) {
    if (line.kind === 'too-long') {
      const error = `line is ${line.size} bytes, over the limit of ${options.maxBytes} (see --max-bytes)`;
      yield { number: line.number, outcome: { line: JSON.stringify(toRecordError({ id: null }, error)), error, removedRules: [] } };
    } else if (line.bytes.length === 0 || isBlank(line.bytes)) {
      continue; // blank lines separate nothing in JSONL: skip them, as JSON Lines readers do
    } else {
      yield { number: line.number, bytes: line.bytes, options };
    }
  }
}

// The worker as bundled beside the CLI bundle, or as compiled by tsc.
const workerUrl = (): URL => (inBundle ? new URL('./clean-worker.js', import.meta.url) : new URL('../parallel/clean-worker.js', import.meta.url));

/** Each record's outcome, in input order: in this thread, or after the first few, on worker threads. */
async function* recordOutcomes(lines: AsyncIterable<Line>, options: RecordRunOptions): AsyncGenerator<NumberedOutcome> {
  const { quiet: _quiet, jobs = 1, rules, threadsAfterMs = RECORDS_THREAD_AFTER_MS, worker = workerUrl(), ...job } = options;
  const threads = rules === undefined && jobs > 1 ? jobs : 0;
  const tasks = recordTasks(lines, job);
  try {
    for (let busy = 0; threads === 0 || busy < threadsAfterMs; ) {
      const step = await tasks.next();
      if (step.done) return;
      const task = step.value;
      const start = performance.now();
      const outcome = 'outcome' in task ? task.outcome : cleanRecordLine(task.bytes, job, rules);
      busy += performance.now() - start;
      yield { ...outcome, number: task.number };
    }
    // The rest on threads. A line's bytes may share memory with the chunk it was read in: copy them
    // into a buffer of their own, which is moved to the worker rather than copied again.
    const rest = (async function* (): AsyncGenerator<RecordTask> {
      for (let step = await tasks.next(); !step.done; step = await tasks.next()) {
        const task = step.value;
        yield 'bytes' in task ? { ...task, bytes: new Uint8Array(task.bytes) } : task;
      }
    })();
    yield* mapOrdered<RecordTask, NumberedOutcome>(rest, {
      worker,
      name: 'cleanRecord',
      threads,
      transfer: (task) => ('bytes' in task ? [task.bytes.buffer as ArrayBuffer] : []),
    });
  } finally {
    // Stopped early (stdout closed, a worker died): stop reading stdin too, without waiting on it.
    tasks.return(undefined).catch(() => {});
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}
