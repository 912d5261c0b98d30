/**
 * `rinse --jsonl`: records in on stdin, records out on stdout, in order.
 * Lines are pulled as they are needed and each output line waits for stdout
 * to drain when it is full, so memory stays flat for any stream length. A bad
 * record gives an error record and one line on stderr; the stream goes on.
 *
 * With `jobs` > 1 the records are cleaned on that many threads, this one and
 * `jobs` - 1 workers (src/parallel/pool.ts), a task being the lines one read
 * of stdin completed; the outputs are written in input order, byte for byte
 * what one thread writes.
 * The first records are cleaned in this thread until the stream shows it is
 * long enough to pay for starting threads. A config file's rules cross to the
 * workers as its entries (`userRules`); rule objects given as such (`rules`:
 * functions, which do not cross threads) keep the whole stream here.
 */
import type { Readable, Writable } from 'node:stream';
import { readLineBatches, type Line } from '../io/lines.js';
import { tuneV8ForBatch, WORKER_HEAP_LIMITS } from '../parallel/v8-flags.js';
import { mapOrdered } from '../parallel/pool.js';
import { cleanWorkerUrl } from './batch.js';
import { cleanRecordBatch, cleanRecordLine, type NumberedOutcome, type RecordBatch, type RecordJobOptions, type RecordOutcome } from '../records/clean-record.js';
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
  /** Threads to clean on, this one and `jobs` - 1 workers; 1 (the default) cleans in this thread alone. */
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
 * waiting for input) before worker threads take over. Starting threads costs
 * about this much: each loads the code, compiles the rules' patterns and
 * warms up its JIT, while the main thread has done that already. So a stream
 * that is done sooner is never worth threads, and a long one loses at most
 * about this much. Records differ a hundredfold in size, so the measure is
 * time, not a count. (At 500 ms a stream of 65 small fixture records took
 * 2.3 s with threads against 1.4 s without on the loaded build machine.)
 */
export const RECORDS_THREAD_AFTER_MS = 1000;

/**
 * Bytes of records the workers may hold, queued or in hand (see mapOrdered's `weight`). A worker is kept a
 * few tasks ahead, and a task carries its records: sixteen pages of 200 KB are 3 MB, and sixteen records
 * near `--max-bytes` would be a gigabyte. Past this, this thread cleans the next task itself.
 */
export const QUEUED_RECORD_BYTES = 32 * 1024 * 1024;

/** Runs record mode over `io.input`; resolves to the tally of cleaned and failed records. */
export async function runRecordStream(io: RecordStreamIo, options: RecordRunOptions): Promise<RecordTally> {
  const tally = newTally();
  // A stream of records is a run of many inputs: its heap kept small, here and in the workers.
  tuneV8ForBatch();
  for await (const outcome of recordOutcomes(readLineBatches(io.input, options.maxBytes), options)) {
    count(tally, outcome);
    if (outcome.error !== undefined) io.stderr(`rinse: stdin line ${outcome.number}${outcome.id != null ? ` (id ${JSON.stringify(outcome.id)})` : ''}: ${outcome.error}\n`);
    const pending = writeWithBackpressure(io.output, `${outcome.line}\n`);
    if (pending) await pending;
  }
  if (!options.quiet) io.stderr(summaryLine('record', tally));
  return tally;
}

/** What to do with a line: clean its bytes, hand back an outcome already known (over-long), or nothing (blank). */
function triage(line: Line, maxBytes: number): { number: number; bytes: Buffer } | { number: number; outcome: RecordOutcome } | undefined {
  if (line.kind === 'too-long') {
    const error = `line is ${line.size} bytes, over the limit of ${maxBytes} (see --max-bytes)`;
    return { number: line.number, outcome: { line: JSON.stringify(toRecordError({ id: null }, error)), error, removedRules: [] } };
  }
  // Blank lines separate nothing in JSONL: skip them, as JSON Lines readers do.
  return line.bytes.length === 0 || isBlank(line.bytes) ? undefined : { number: line.number, bytes: line.bytes };
}

/** Lines as a task for a worker: their bytes copied into one buffer of their own (moved to the worker, not copied again). */
function batchTask(lines: readonly Line[], options: RecordJobOptions & { readonly maxBytes: number }): RecordBatch | undefined {
  const items = lines.map((line) => triage(line, options.maxBytes)).filter((item) => item !== undefined);
  if (!items.length) return undefined;
  const bytes = new Uint8Array(items.reduce((n, item) => n + ('bytes' in item ? item.bytes.length : 0), 0));
  let end = 0;
  const tasks = items.map((item) => {
    if (!('bytes' in item)) return item;
    bytes.set(item.bytes, end);
    end += item.bytes.length;
    return { number: item.number, end };
  });
  return { bytes, lines: tasks, options };
}

/**
 * Each record's outcome, in input order: in this thread, or once the stream
 * has shown itself long, on worker threads. A worker's task is the lines one
 * chunk of input completed (one big record, or hundreds of small ones), so a
 * stream of small records does not pay a thread hand-over for each.
 */
async function* recordOutcomes(batches: AsyncGenerator<Line[]>, options: RecordRunOptions): AsyncGenerator<NumberedOutcome> {
  const { quiet: _quiet, jobs = 1, rules, threadsAfterMs = RECORDS_THREAD_AFTER_MS, worker = cleanWorkerUrl(), ...job } = options;
  const threads = rules === undefined && jobs > 1 ? jobs : 0;
  let rest: Line[] = [];
  try {
    for (let busy = 0; threads === 0 || busy < threadsAfterMs; ) {
      const step = await batches.next();
      if (step.done) return;
      const lines = step.value;
      for (let i = 0; i < lines.length; i++) {
        if (threads > 0 && busy >= threadsAfterMs) {
          rest = lines.slice(i); // the rest of this batch goes to the threads first
          break;
        }
        const item = triage(lines[i]!, job.maxBytes);
        if (item === undefined) continue;
        const start = performance.now();
        const outcome = 'outcome' in item ? item.outcome : cleanRecordLine(item.bytes, job, rules);
        busy += performance.now() - start;
        yield { ...outcome, number: item.number };
      }
    }
    const tasks = (async function* (): AsyncGenerator<RecordBatch> {
      for (let lines: Line[] | undefined = rest; lines; ) {
        const task = batchTask(lines, job);
        if (task) yield task;
        const step = await batches.next();
        lines = step.done ? undefined : step.value;
      }
    })();
    // This thread cleans too, as one of the threads, as a batch of files does (src/cli/batch.ts): it is warm,
    // where a worker starts cold, and a core it only fed would sit half idle. Its outcomes need no copy to
    // wait their turn: each holds a line JSON.stringify made, nothing sliced from the record.
    for await (const outcomes of mapOrdered<RecordBatch, NumberedOutcome[]>(tasks, {
      worker,
      name: 'cleanRecords',
      threads,
      here: cleanRecordBatch,
      transfer: (task) => [task.bytes.buffer as ArrayBuffer],
      weight: { of: (task) => task.bytes.byteLength, max: QUEUED_RECORD_BYTES },
      resourceLimits: WORKER_HEAP_LIMITS,
    }))
      yield* outcomes;
  } finally {
    // Stopped early (stdout closed, a worker died): stop reading stdin too, without waiting on it.
    batches.return(undefined).catch(() => {});
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}
