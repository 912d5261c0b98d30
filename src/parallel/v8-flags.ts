/**
 * V8's settings for a run that cleans many inputs: a batch of files or a
 * record stream, in this thread and in its workers (V8 flags are the
 * process's, so the workers started after this have them too).
 *
 * The heap. Cleaning keeps a page's whole tree alive for the page's few
 * milliseconds, so much of each page outlives a young-generation collection.
 * By default V8 then
 * - allocates the objects of such allocation sites straight into the old
 *   generation ("pretenuring"), where they die a page later and, until a full
 *   collection, keep alive every young object they point to;
 * - lets the old generation grow to about four times what is live (about
 *   20 MB live here, so some 80 MB per thread) before collecting it.
 * With pretenuring off and the growth capped at twice the live size, a
 * thread's heap stays near half that. A full collection of 20 MB takes a few
 * milliseconds, mostly on a helper thread. Measured in docs/speed.md ("Memory").
 *
 * Set once, before the batch's first input, after this thread has loaded its
 * code: V8 keys a code cache by its flags, so the worker bundle's cache is made
 * with these flags (scripts/bundle.mjs), and the CLI bundle's, loaded before
 * this, with none. Both flags are read by the collector when it decides (the
 * old generation's limit after a full collection; whether to pretenure a site
 * after a young one), and neither changes code already made: a flag that did,
 * set the same way, crashed now and then (see bin/rinse.js).
 *
 * Not set: a larger budget before V8 optimises a function (`--interrupt-budget`,
 * four times V8's). A run over the 181 benchmark pages took 17% fewer
 * instructions with it, but a batch of 4,000 files 1.05-1.1x (one thread) and
 * 1.1-1.3x (two) the time: V8 then optimised parseDom later, and until it did, each
 * young collection kept the last page (since fixed: docs/speed.md, "A page let
 * go of"). With that fixed, 1.04-1.06x with two threads: still not set (docs/speed.md,
 * "When V8 optimises").
 */
import { htmlparser2, nodeV8 } from '../lazy.js';
import type { ResourceLimits } from 'node:worker_threads';

export const BATCH_V8_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring', '--heap-growing-percent=100'];

/**
 * The young generation of a worker that cleans (megabytes; V8's own default is 48 on 64-bit machines, and the
 * main thread keeps it). With pretenuring off, a page's objects are collected young, and a smaller young
 * generation is collected more often at no measured cost: a warm pass over the 181 pages in a worker took
 * 1.24-1.36 s with 24 MB against 1.18-1.52 s with V8's default (three alternating runs each), where with
 * pretenuring on a smaller one had cost a worker 12%. 20,000 files with `-j 2`, four rounds alternating with V8's
 * default: peak 279-290 MB against 297-305 MB, 1.02x the time by the median round (docs/speed.md, "Memory").
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/** The heap limits of every worker that cleans (a batch's, a record stream's): `mapOrdered`'s `resourceLimits`. */
export const WORKER_HEAP_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };

let tuned = false;

/**
 * Applies BATCH_V8_FLAGS to this process, once; later calls do nothing. Not in a run that writes a code cache
 * for plain runs (scripts/bundle.mjs): V8 stamps a cache with the flags in force when it is written.
 */
export function tuneV8ForBatch(): void {
  if (tuned || process.env.RINSE_WRITE_CODE_CACHE || process.env.RINSE_WRITE_VENDOR_CODE_CACHE) return;
  tuned = true;
  // V8 refuses a code cache made under other flags: the HTML stack's (a vendor file of the CLI bundle, see
  // scripts/bundle.mjs) is loaded first, under the flags it was made with.
  htmlparser2();
  const { setFlagsFromString } = nodeV8();
  for (const flag of BATCH_V8_FLAGS) setFlagsFromString(flag);
}
