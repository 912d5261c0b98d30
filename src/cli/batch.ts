/**
 * A batch's inputs to outcomes, in input order: in this thread, or (`-j N`)
 * on this thread and N - 1 worker threads through the ordered pool. Both give
 * the same outcomes in the same order; the CLI writes them as they come.
 */
import { inBundle } from '../lazy.js';
import type { InputRef } from '../io/inputs.js';
import { withReadAhead } from '../io/read-ahead.js';
import { WORKER_HEAP_LIMITS } from '../parallel/v8-flags.js';
import { mapOrdered } from '../parallel/pool.js';
import { portableRules } from '../parallel/rule-set.js';
import type { CleanTask } from '../parallel/clean-worker.js';
import type { Rule } from '../rules/types.js';
import { outcomeOf, type CleanInputOptions, type Outcome } from './clean-input.js';

/** Fewer inputs than this per thread are not worth starting a thread for (about 50 ms each). */
export const MIN_INPUTS_PER_THREAD = 8;

/** How many worker threads a batch gets: none (in this thread) when it is small or stdin is among its inputs. */
export function threadsFor(inputs: readonly InputRef[], jobs: number): number {
  if (inputs.some((i) => i.path === undefined)) return 0;
  const threads = Math.min(jobs, Math.ceil(inputs.length / MIN_INPUTS_PER_THREAD));
  return threads > 1 ? threads : 0;
}

/** A probe: how long this thread cleans alone, and how much work must be left for workers to start. */
export interface ThreadStart {
  /** Milliseconds of cleaning this thread does alone before it decides. */
  readonly probeMs: number;
  /** Milliseconds the inputs left must take this thread, at the probe's pace, for workers to start. */
  readonly payAfterMs: number;
}

/**
 * The probe of a batch without `-j`. One second of cleaning: long enough to see the pace of the inputs,
 * short against a batch that needs workers. Workers start only if the inputs left would then take this
 * thread more than 10 s at that pace, which is slower than what follows (the code is still warming up). A
 * worker starts cold: it loads its code and compiles its hot paths, seconds of CPU on cores the threads
 * already fill, before it is as quick as this thread. Copies of the benchmark pages on 2 cores (3 alternating
 * rounds, medians, wall time): 350 files took 5.03-5.07 s on 1 thread and 4.98-5.45 s on 2 (the probe's
 * estimates 7.0-11.8 s); 500 files 6.85-7.01 and 6.12-6.47 s (10.2-16.3 s); 1,000 files 12.1-12.4 and
 * 10.1-10.2 s, 10.3 s with the probe.
 */
export const DEFAULT_PROBE: ThreadStart = { probeMs: 1000, payAfterMs: 10_000 };

export interface BatchThreads {
  /** Threads at most: this one and `jobs - 1` workers. */
  readonly jobs: number;
  /** Start workers only if this probe shows they pay (no `-j`); without it they start at once (`-j` given). */
  readonly probe?: ThreadStart | undefined;
  /** The worker module (default: the one beside this module, bundled or compiled). */
  readonly worker?: URL;
}

/** The worker module of every pool the CLI starts (batches, record streams, archives): bundled beside the CLI bundle, or as compiled by tsc. */
export const cleanWorkerUrl = (): URL => (inBundle ? new URL('./clean-worker.js', import.meta.url) : new URL('../parallel/clean-worker.js', import.meta.url));

/** The batch's outcomes on up to `jobs` threads: at once, or (`probe`) after this thread has shown the batch is long enough. */
export function cleanAll(inputs: readonly InputRef[], options: CleanInputOptions, rules: readonly Rule[], threads: BatchThreads): Iterable<Outcome> | AsyncIterable<Outcome> {
  if (threadsFor(inputs, threads.jobs) === 0) return inThisThread(inputs, options, rules);
  return threads.probe ? probeFirst(inputs, options, rules, threads, threads.probe) : onThreads(inputs, options, rules, threads);
}

/** Whether the inputs left are worth threads: their time at the pace this thread has kept over the `done` before them. */
export function workersPay(done: number, busyMs: number, left: number, payAfterMs: number): boolean {
  return left > 0 && done > 0 && (left * busyMs) / done >= payAfterMs;
}

/** This thread cleans the first inputs (one at least) for `probe.probeMs`, then the rest go to threads if they pay. */
async function* probeFirst(inputs: readonly InputRef[], options: CleanInputOptions, rules: readonly Rule[], threads: BatchThreads, probe: ThreadStart): AsyncGenerator<Outcome> {
  let done = 0;
  let busy = 0;
  for (const input of withReadAhead(inputs, pathOf)) {
    const start = performance.now();
    const outcome = outcomeOf(input, options, rules);
    busy += performance.now() - start;
    done++;
    yield outcome;
    if (busy >= probe.probeMs) break;
  }
  const rest = inputs.slice(done);
  yield* workersPay(done, busy, rest.length, probe.payAfterMs) && threadsFor(rest, threads.jobs) > 0 ? onThreads(rest, options, rules, threads) : inThisThread(rest, options, rules);
}

function onThreads(inputs: readonly InputRef[], options: CleanInputOptions, rules: readonly Rule[], threads: BatchThreads): AsyncIterable<Outcome> {
  const portable = portableRules(rules);
  // The caller's rules must cross threads (main.ts gives one thread to any that cannot): a library caller's own rule objects cannot.
  if (!portable) throw new Error('rules that are neither built in nor from a config file cannot run on worker threads');
  const { inputFormat, maxBytes, markdown, counts, explain, diff } = options;
  const taskOptions: CleanInputOptions = { inputFormat, maxBytes, ...(markdown ? { markdown } : {}), ...(counts ? { counts } : {}), ...(explain ? { explain } : {}), ...(diff ? { diff } : {}) };
  const tasks = (function* (): Generator<CleanTask> {
    for (const input of withReadAhead(inputs, pathOf)) yield { input, options: taskOptions, rules: portable };
  })();
  // This thread cleans too, as one of the threads: it is warm, where a worker starts cold.
  return mapOrdered<CleanTask, Outcome>(tasks, {
    worker: threads.worker ?? cleanWorkerUrl(),
    threads: threadsFor(inputs, threads.jobs),
    here: (task) => outcomeOf(task.input, task.options, rules),
    // A result's texts are slices of its input's: a copy lets the page go while the result waits its turn.
    park: (outcome) => structuredClone(outcome),
    resourceLimits: WORKER_HEAP_LIMITS,
  });
}

function* inThisThread(inputs: readonly InputRef[], options: CleanInputOptions, rules: readonly Rule[]): Generator<Outcome> {
  for (const input of withReadAhead(inputs, pathOf)) yield outcomeOf(input, options, rules);
}

/** Each input's file, read ahead into the page cache while the inputs before it are cleaned (src/io/read-ahead.ts). */
const pathOf = (input: InputRef): string | undefined => input.path;
