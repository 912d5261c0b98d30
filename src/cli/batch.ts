/**
 * A batch's inputs to outcomes, in input order: in this thread, or (`-j N`)
 * on this thread and N - 1 worker threads through the ordered pool. Both give
 * the same outcomes in the same order; the CLI writes them as they come.
 */
import { inBundle } from '../lazy.js';
import type { InputRef } from '../io/inputs.js';
import { mapOrdered } from '../parallel/pool.js';
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

// The worker as bundled beside the CLI bundle, or as compiled by tsc.
const workerUrl = (): URL => (inBundle ? new URL('./clean-worker.js', import.meta.url) : new URL('../parallel/clean-worker.js', import.meta.url));

export function cleanAll(inputs: readonly InputRef[], options: CleanInputOptions, rules: readonly Rule[], jobs: number): Iterable<Outcome> | AsyncIterable<Outcome> {
  const threads = threadsFor(inputs, jobs);
  if (threads === 0) return inThisThread(inputs, options, rules);
  const ruleIds = rules.map((r) => r.id);
  const taskOptions: CleanInputOptions = { inputFormat: options.inputFormat, maxBytes: options.maxBytes, ...(options.markdown ? { markdown: true } : {}) };
  const tasks = (function* (): Generator<CleanTask> {
    for (const input of inputs) yield { input, options: taskOptions, ruleIds };
  })();
  // This thread cleans too, as one of the threads: it is warm, where a worker starts cold.
  return mapOrdered<CleanTask, Outcome>(tasks, { worker: workerUrl(), threads, here: (task) => outcomeOf(task.input, task.options, rules) });
}

function* inThisThread(inputs: readonly InputRef[], options: CleanInputOptions, rules: readonly Rule[]): Generator<Outcome> {
  for (const input of inputs) yield outcomeOf(input, options, rules);
}
