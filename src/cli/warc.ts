/**
 * WARC input: every HTML page of each archive becomes one output record
 * (JSONL on stdout), in archive order; other records are skipped and
 * counted. A page that fails gives an error record and a line on stderr; an
 * archive that cannot be read fails alone, and the next one is read.
 *
 * With `jobs` > 1 the pages are cleaned on that many threads, this one and
 * `jobs` - 1 workers, as a record stream's are (src/cli/records.ts): once this
 * thread has cleaned for a second, so that a small archive never pays for
 * starting threads. The output is byte for byte what one thread writes.
 */
import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { describeFsError } from '../io/fs-errors.js';
import type { InputRef } from '../io/inputs.js';
import { readWarc, type WarcItem } from '../io/warc.js';
import { tuneV8ForBatch, WORKER_HEAP_LIMITS } from '../parallel/v8-flags.js';
import { mapOrdered } from '../parallel/pool.js';
import { cleanWorkerUrl } from './batch.js';
import { cleanWarcTask, warcTask, type WarcTask, type WarcTaskOutcome } from '../records/clean-page.js';
import type { RecordJobOptions, RecordOutcome } from '../records/clean-record.js';
import type { Rule } from '../rules/types.js';
import { count, newTally, QUEUED_RECORD_BYTES, RECORDS_THREAD_AFTER_MS, summaryLine, writeWithBackpressure, type RecordTally } from './records.js';

export interface WarcRunIo {
  readonly output: Writable;
  readonly stderr: (line: string) => void;
}

export interface WarcRunOptions extends RecordJobOptions {
  readonly maxBytes: number;
  readonly quiet?: boolean;
  /** Rules to run instead of the selection of `only`/`disable`; rule objects stay in this thread. */
  readonly rules?: readonly Rule[];
  /** Threads to clean on, this one and `jobs` - 1 workers; 1 (the default) cleans in this thread alone. */
  readonly jobs?: number;
  /** Milliseconds of cleaning in this thread before threads are started (default RECORDS_THREAD_AFTER_MS). */
  readonly threadsAfterMs?: number;
  /** The worker module (default: the one beside this module, bundled or compiled). */
  readonly worker?: URL;
}

export interface WarcTally extends RecordTally {
  skipped: number;
  /** Archives that could not be read to the end. */
  filesFailed: number;
}

async function emit(io: WarcRunIo, tally: RecordTally, name: string, outcome: RecordOutcome): Promise<void> {
  count(tally, outcome);
  if (outcome.error !== undefined) io.stderr(`rinse: ${name}: record ${outcome.id ?? '(no id)'}: ${outcome.error}\n`);
  const pending = writeWithBackpressure(io.output, `${outcome.line}\n`);
  if (pending) await pending;
}

/** Reads each archive in turn; resolves to the tally (failed > 0 or filesFailed > 0 means exit 1). */
export async function runWarcInputs(inputs: readonly InputRef[], io: WarcRunIo, options: WarcRunOptions): Promise<WarcTally> {
  const tally: WarcTally = { ...newTally(), skipped: 0, filesFailed: 0 };
  // An archive is a run of many records: its heap kept small.
  tuneV8ForBatch();
  for await (const { archive, outcomes } of warcOutcomes(warcTasks(inputs, options), options)) {
    const name = inputs[archive]!.name;
    for (const outcome of outcomes) {
      if (outcome.kind === 'skipped') tally.skipped++;
      else if (outcome.kind === 'record') await emit(io, tally, name, outcome.outcome);
      else {
        tally.filesFailed++;
        io.stderr(`rinse: ${name}: ${outcome.message}\n`);
      }
    }
  }
  if (!options.quiet) {
    const files = `${inputs.length} WARC file${inputs.length === 1 ? '' : 's'}`;
    const extra = `, ${tally.skipped} record${tally.skipped === 1 ? '' : 's'} skipped (not HTML pages)${tally.filesFailed ? `, ${tally.filesFailed} unreadable` : ''}`;
    io.stderr(summaryLine('page', tally, extra).replace(/^rinse: /, `rinse: ${files}: `));
  }
  return tally;
}

/** Records that are no pages, at most, in one task: a long run of them (an archive of images) still moves on. */
const MAX_TASK_ITEMS = 256;

/** The archives' records as tasks, in order; an archive that cannot be read ends with an `unreadable` item. */
async function* warcTasks(inputs: readonly InputRef[], options: WarcRunOptions): AsyncGenerator<WarcTask> {
  for (let archive = 0; archive < inputs.length; archive++) {
    const path = inputs[archive]!.path;
    if (path === undefined) continue;
    let items: Array<WarcItem | { kind: 'unreadable'; message: string }> = [];
    try {
      for await (const item of readWarc(createReadStream(path), options.maxBytes)) {
        items.push(item);
        if (item.kind !== 'page' && items.length < MAX_TASK_ITEMS) continue;
        yield warcTask(archive, items, options);
        items = [];
      }
    } catch (error) {
      items.push({ kind: 'unreadable', message: unreadable(error) });
    }
    if (items.length) yield warcTask(archive, items, options);
  }
}

function unreadable(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return typeof e.code === 'string' && 'syscall' in e ? describeFsError(e) : `not a readable WARC archive (${e.message ?? String(error)})`;
}

/**
 * Each task's outcomes, in order: in this thread, or once it has cleaned for `threadsAfterMs`, on this
 * thread and workers. Rule objects given as such (`rules`: functions, which do not cross threads) keep all here.
 */
async function* warcOutcomes(tasks: AsyncGenerator<WarcTask>, options: WarcRunOptions): AsyncGenerator<WarcTaskOutcome> {
  const { jobs = 1, rules, threadsAfterMs = RECORDS_THREAD_AFTER_MS, worker = cleanWorkerUrl() } = options;
  const threads = rules === undefined && jobs > 1 ? jobs : 0;
  try {
    for (let busy = 0; threads === 0 || busy < threadsAfterMs; ) {
      const step = await tasks.next();
      if (step.done) return;
      const start = performance.now();
      const outcome = cleanWarcTask(step.value, rules);
      busy += performance.now() - start;
      yield outcome;
    }
    yield* mapOrdered<WarcTask, WarcTaskOutcome>(tasks, {
      worker,
      name: 'cleanWarc',
      threads,
      // This thread cleans too, as one of the threads (see src/cli/records.ts). Its outcomes need no copy to
      // wait their turn: each holds a line JSON.stringify made, nothing sliced from the page.
      here: (task) => cleanWarcTask(task),
      transfer: (task) => [task.bytes.buffer as ArrayBuffer],
      weight: { of: (task) => task.bytes.byteLength, max: QUEUED_RECORD_BYTES },
      resourceLimits: WORKER_HEAP_LIMITS,
    });
  } finally {
    // Stopped early (stdout closed, a worker died): stop reading the archive too.
    tasks.return(undefined).catch(() => {});
  }
}
