/**
 * End-to-end: the bundles a run loads, each with the V8 code cache the build made for it
 * (bin/load-bundle.js reports what it did when RINSE_DEBUG_CODE_CACHE is set). A package only
 * some modes need (zod: config files and record streams) is not loaded by a run without them.
 */
import { join } from 'node:path';
import { dumps, repo, rinse } from '../support/cli.js';

/** The bundles a run loaded, as `file: used|rejected|none`, relative to dist/bundle/. */
function bundlesLoaded(args: string[], input = ''): string[] {
  // V8 flags are part of a cache's key: a run under NODE_OPTIONS would have its caches refused.
  const run = rinse(args, { input, env: { RINSE_DEBUG_CODE_CACHE: '1', NODE_OPTIONS: undefined } });
  expect(run.status).toBe(0);
  const prefix = `${join(repo, 'dist', 'bundle')}/`;
  return [...run.stderr.matchAll(/^code cache \((.+)\): (\w+)$/gm)].map((m) => `${m[1]!.replace(prefix, '')}: ${m[2]}`);
}

const record = `${JSON.stringify({ id: 'one', html: '<p>We walked around the lake in the morning and watched the herons fishing in the reeds.</p>' })}\n`;

test.each([
  ['a text dump', ['--no-config', join(dumps, 'wordpress-jetpack-en.txt')], '', ['rinse.cjs: used']],
  // The HTML stack is a vendor file with a cache of its own (scripts/bundle.mjs): a text dump's run reads neither.
  ['an HTML page', ['--no-config', join(dumps, 'wordpress-jetpack-en-fragment.html')], '', ['rinse.cjs: used', 'vendor/html-stack.cjs: used']],
  ['a run with a config file', ['--config', join(repo, 'rinse.config.example.json'), join(dumps, 'wordpress-jetpack-en.txt')], '', ['rinse.cjs: used', 'vendor/zod.cjs: used']],
  // A record stream and a batch load the HTML stack before they set the batch's V8 flags: after, its cache would be refused.
  ['a record stream', ['--jsonl', '--no-config'], record, ['rinse.cjs: used', 'vendor/zod.cjs: used', 'vendor/html-stack.cjs: used']],
  // The worker's cache is made under the V8 flags a batch sets (src/parallel/v8-flags.ts), set after this thread's
  // bundles load: a mismatch either way would refuse a cache.
  ['a batch on two threads (this one and a worker)', ['-j', '2', '-q', '--no-config', dumps], '', ['rinse.cjs: used', 'vendor/html-stack.cjs: used', 'clean-worker.cjs: used']],
  // Without -j a batch starts workers only once it shows itself long enough to pay for them (src/cli/batch.ts).
  ['a small batch without -j (in this thread)', ['-q', '--no-config', dumps], '', ['rinse.cjs: used', 'vendor/html-stack.cjs: used']],
  // A config file's rules go to the worker as its entries (src/parallel/rule-set.ts): the worker builds them without zod.
  ['a batch with a config file on two threads', ['-j', '2', '-q', '--config', join(repo, 'rinse.config.example.json'), dumps], '', ['rinse.cjs: used', 'vendor/zod.cjs: used', 'vendor/html-stack.cjs: used', 'clean-worker.cjs: used']],
])('%s loads its bundles with their code caches, and only those', (_, args, input, expected) => {
  expect(bundlesLoaded(args, input)).toEqual(expected);
});
