/**
 * An ordered worker pool: maps a stream of inputs to a stream of results on
 * worker threads, results in input order, with bounded concurrency and
 * bounded memory.
 *
 *   import { mapOrdered } from './parallel/pool.js';
 *
 *   for await (const result of mapOrdered(inputs, { worker: new URL('./my-worker.js', import.meta.url), threads: 4 })) {
 *     write(result);   // results arrive in the order of `inputs`
 *   }
 *
 * - `inputs` is any Iterable or AsyncIterable (an array, a generator that
 *   walks a directory, a readline stream of JSONL records…). It is pulled
 *   lazily: at most `window` inputs are in flight (sent to a worker and not
 *   yet handed to the consumer), so memory stays flat however long the stream
 *   is, and a slow consumer (a full pipe, a slow disk) stops the reading too.
 * - `worker` is the URL (or path) of an ES module whose default export handles
 *   one input: `export default (input: I) => O | Promise<O>`. Inputs and
 *   results cross threads by structured clone: plain data, no functions.
 * - Each input's result is yielded in input order; one slow input holds back
 *   the ones after it (up to `window`), never reorders them. A result is
 *   yielded as soon as it is due, even while the next input is still to come
 *   (a record stream whose producer pauses still gets its output at once).
 * - `name` picks a named export of the worker module instead of the default
 *   one; `transfer` lists an input's buffers to move to the worker rather
 *   than copy (they become unusable in this thread).
 * - Failures: a handler that throws (or a worker that dies) makes the
 *   iteration throw that error, after which the pool is shut down. A caller
 *   that wants per-input failures (a bad file in a batch) returns them as data
 *   from the handler instead.
 * - Stopping early (`break`, a throw in the loop body) shuts the pool down;
 *   inputs already in flight are dropped.
 *
 * Threads come from piscina, loaded only when a pool is made.
 */
import { availableParallelism } from 'node:os';

export interface PoolOptions<I = unknown> {
  /** The worker module: its default export maps one input to one result. */
  readonly worker: URL | string;
  /** Worker threads (default: the number of cores). */
  readonly threads?: number;
  /** Inputs in flight at most (default: 4 per thread): bounds memory and read-ahead. */
  readonly window?: number;
  /** The worker module's export to call (default: its default export). */
  readonly name?: string;
  /** Buffers of an input to move to the worker instead of copying them. */
  readonly transfer?: (input: I) => ArrayBuffer[];
}

export const defaultThreads = (): number => Math.max(1, availableParallelism());

/** Results of `worker` over `inputs`, in input order, computed on `threads` worker threads. */
export async function* mapOrdered<I, O>(inputs: Iterable<I> | AsyncIterable<I>, options: PoolOptions<I>): AsyncGenerator<O, void, undefined> {
  const threads = Math.max(1, options.threads ?? defaultThreads());
  const window = Math.max(1, options.window ?? threads * 4);
  const { Piscina } = await import('piscina');
  const filename = options.worker instanceof URL ? options.worker.href : options.worker;
  const pool = new Piscina({ filename, ...(options.name ? { name: options.name } : {}), minThreads: threads, maxThreads: threads, idleTimeout: 1000, concurrentTasksPerWorker: 1 });
  // A worker that fails outside a task (its module cannot load) is reported on the pool, not on a
  // task: without a listener that is an uncaught error, and the tasks it would have run never settle.
  // Each wait below is ended by such a failure too. Not by racing a promise that never settles: each
  // race would leave a reaction on it, holding the result it settled with, for the whole run.
  let failure: { error: unknown } | undefined;
  let failWait: ((error: unknown) => void) | undefined;
  pool.on('error', (error: unknown) => {
    failure ??= { error };
    failWait?.(error);
  });
  const orFailure = <T>(promise: Promise<T>): Promise<T> =>
    failure
      ? Promise.reject(failure.error)
      : new Promise<T>((resolve, reject) => {
          failWait = reject;
          promise.then(resolve, reject).finally(() => {
            if (failWait === reject) failWait = undefined;
          });
        });
  const source = iteratorOf(inputs);
  // A FIFO of results not yet yielded; the head is always the next one due.
  const inFlight: Array<Promise<O>> = [];
  // The next input, asked for and not yet come (a stream may take its time).
  let next: Promise<IteratorResult<I>> | undefined;
  let ended = false;
  try {
    for (;;) {
      if (!ended && inFlight.length < window) {
        next ??= source.next();
        // Room for more: take the next input when it comes, unless the result due is ready first.
        const head = inFlight[0];
        if (head === undefined || (await orFailure(Promise.race([next.then(() => INPUT), head.then(() => RESULT, () => RESULT)]))) === INPUT) {
          const step = await next;
          next = undefined;
          if (step.done) ended = true;
          else inFlight.push(settleLater(pool.run(step.value, options.transfer ? { transferList: options.transfer(step.value) } : {}) as Promise<O>));
          continue;
        }
      } else if (!inFlight.length) break;
      yield await orFailure(inFlight.shift()!);
    }
  } finally {
    // Stopped early: let go of the source without waiting for an input that may never come.
    if (!ended) source.return?.()?.catch(() => {});
    await pool.destroy();
  }
}

const INPUT = 0;
const RESULT = 1;

function iteratorOf<I>(inputs: Iterable<I> | AsyncIterable<I>): AsyncIterator<I> {
  if (Symbol.asyncIterator in inputs) return inputs[Symbol.asyncIterator]();
  const it = inputs[Symbol.iterator]();
  return {
    next: async () => it.next(),
    return: async () => it.return?.() ?? { done: true, value: undefined },
  };
}

/** Marks a promise as handled now (a rejection waits its turn in the queue instead of crashing the process). */
function settleLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
