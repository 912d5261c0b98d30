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
 * - `here` makes this thread one of the `threads`: `threads - 1` workers
 *   start, each kept a few inputs ahead, and this thread handles the rest
 *   with `here` (which must give what the worker would). This thread is warm
 *   when a batch starts and a new worker is not (it loads its code, and its
 *   first inputs run before V8 has compiled the hot paths), so a batch starts
 *   at once and a small one does not wait on cold workers.
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
import type { ResourceLimits } from 'node:worker_threads';

export interface PoolOptions<I = unknown, O = unknown> {
  /** The worker module: its default export maps one input to one result. */
  readonly worker: URL | string;
  /** Threads (default: the number of cores): all workers, or with `here` this one and the rest workers. */
  readonly threads?: number;
  /** Inputs in flight at most (default: 4 per thread; with `here`, at least 64 and twice what the workers queue): bounds memory and read-ahead. */
  readonly window?: number;
  /** The worker module's export to call (default: its default export). */
  readonly name?: string;
  /** Buffers of an input to move to the worker instead of copying them. */
  readonly transfer?: (input: I) => ArrayBuffer[];
  /** Handles an input in this thread, which then counts as one of `threads` (see above). */
  readonly here?: (input: I) => O | Promise<O>;
  /**
   * What to keep of a result of `here` that must wait for an earlier input's: a worker's result comes as a
   * copy of its own, but one made here may hold on to all it was made from (strings sliced from its input).
   */
  readonly park?: (result: O) => O;
  /** Each worker's heap limits (worker_threads' `resourceLimits`). */
  readonly resourceLimits?: ResourceLimits;
  /**
   * With `here`: what an input weighs (its bytes, say), and how much the workers may hold at once. An input
   * that would take them over is done here instead, unless they hold nothing: inputs that carry their
   * content (a record stream's lines) then queue a bounded number of bytes, however large each one is.
   */
  readonly weight?: { readonly of: (input: I) => number; readonly max: number };
}

/**
 * Inputs sent ahead to each worker when this thread works too: it takes its next one without waiting for this
 * thread, which refills the queue only between its own inputs. A long page here outlasts a short queue of small
 * ones there: with 4, a worker sat idle between its inputs for 5-15% of a 6,000-file `-j 2` batch; with 16, for
 * 1.5-2% (about what handing an input over costs); 32 and 64 gained little more, and a longer queue is a longer
 * wait at the batch's end, when this thread has no inputs left and the worker still holds its queue.
 */
const QUEUE_PER_WORKER = 16;
/**
 * In-flight inputs at least when this thread works too: while a cold worker starts on its first inputs, this thread
 * goes on with the ones after them, each result held until those before it are handed on. With many workers, twice
 * what their queues hold, so that full queues leave this thread as much room again.
 */
const MIN_WINDOW_WITH_HERE = 64;

export const defaultThreads = (): number => Math.max(1, availableParallelism());

/** Results of `worker` (and `here`) over `inputs`, in input order, computed on `threads` threads. */
export async function* mapOrdered<I, O>(inputs: Iterable<I> | AsyncIterable<I>, options: PoolOptions<I, O>): AsyncGenerator<O, void, undefined> {
  const threads = Math.max(1, options.threads ?? defaultThreads());
  const here = options.here;
  const workers = here ? threads - 1 : threads;
  const window = Math.max(1, options.window ?? (here ? Math.max(MIN_WINDOW_WITH_HERE, 2 * workers * QUEUE_PER_WORKER) : threads * 4));
  const filename = options.worker instanceof URL ? options.worker.href : options.worker;
  // Working here too, this thread is busy between its turns at the pool: each worker holds its next inputs itself.
  const perWorker = here ? QUEUE_PER_WORKER : 1;
  const pool =
    workers > 0
      ? new (await import('piscina')).Piscina({
          filename,
          ...(options.name ? { name: options.name } : {}),
          ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
          minThreads: workers,
          maxThreads: workers,
          idleTimeout: 1000,
          concurrentTasksPerWorker: perWorker,
        })
      : undefined;
  // A worker that fails outside a task (its module cannot load) is reported on the pool, not on a
  // task: without a listener that is an uncaught error, and the tasks it would have run never settle.
  // Each wait below is ended by such a failure too. Not by racing a promise that never settles: each
  // race would leave a reaction on it, holding the result it settled with, for the whole run.
  let failure: { error: unknown } | undefined;
  let failWait: ((error: unknown) => void) | undefined;
  pool?.on('error', (error: unknown) => {
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
  let inPool = 0;
  let weightInPool = 0;
  // Inputs the workers hold at most when this thread works too.
  const poolRoom = workers * perWorker;
  const toPool = (input: I, w = 0): Promise<O> => {
    inPool++;
    weightInPool += w;
    const result = pool!.run(input, options.transfer ? { transferList: options.transfer(input) } : {}) as Promise<O>;
    const settled = (): void => {
      inPool--;
      weightInPool -= w;
    };
    result.then(settled, settled);
    return result;
  };
  const weighing = options.weight;
  /** Whether the workers take an input weighing `w`, with this thread working too. */
  const poolTakes = (w: number): boolean => pool !== undefined && inPool < poolRoom && (weighing === undefined || inPool === 0 || weightInPool + w <= weighing.max);
  // Async: what `here` throws becomes the result's rejection, in its turn.
  const runHere = async (input: I, waits: boolean): Promise<O> => {
    const result = await here!(input);
    return waits && options.park ? options.park(result) : result;
  };
  const source = iteratorOf(inputs);
  // A FIFO of results not yet yielded; the head is always the next one due.
  const inFlight: Array<Pending<O>> = [];
  // The next input, asked for and not yet come (a stream may take its time).
  let next: Promise<IteratorResult<I>> | undefined;
  let ended = false;
  try {
    for (;;) {
      // The result due is ready (one worked out here, say): hand it on before taking more input.
      if (inFlight[0]?.settled) {
        yield await inFlight.shift()!.result;
        continue;
      }
      if (!ended && inFlight.length < window) {
        next ??= source.next();
        // Room for more: take the next input when it comes, unless the result due is ready first.
        const head = inFlight[0];
        if (head === undefined || (await orFailure(Promise.race([next.then(() => INPUT), head.result.then(() => RESULT, () => RESULT)]))) === INPUT) {
          const step = await next;
          next = undefined;
          if (step.done) ended = true;
          else if (!here) inFlight.push(pending(toPool(step.value)));
          else {
            // Let the workers' finished results in first (this thread's work holds them back): a worker short of
            // inputs gets this one, else it is done here, now.
            const w = weighing ? weighing.of(step.value) : 0;
            if (pool && !poolTakes(w)) await new Promise((resolve) => setImmediate(resolve));
            // A result made here waits its turn only behind one still to come from a worker.
            const waits = inFlight.some((entry) => !entry.settled);
            inFlight.push(pending(poolTakes(w) ? toPool(step.value, w) : runHere(step.value, waits)));
          }
          continue;
        }
      } else if (!inFlight.length) break;
      yield await orFailure(inFlight.shift()!.result);
    }
  } finally {
    // Stopped early: let go of the source without waiting for an input that may never come.
    if (!ended) source.return?.()?.catch(() => {});
    await pool?.destroy();
  }
}

/** A result to come, and whether it has (either way). */
interface Pending<O> {
  readonly result: Promise<O>;
  settled: boolean;
}

/** Its reaction also marks the result handled now: a rejection waits its turn in the queue instead of crashing the process. */
function pending<O>(result: Promise<O>): Pending<O> {
  const entry: Pending<O> = { result, settled: false };
  const settle = (): void => void (entry.settled = true);
  result.then(settle, settle);
  return entry;
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

