/**
 * A batch in this thread or on threads (src/cli/batch.ts). Without `-j` a
 * batch starts workers only if a probe in this thread shows the inputs left
 * are worth them; either way the outcomes are the same, in the same order.
 * The workers run the bundled worker module (built by `npm test`'s pretest),
 * wrapped to say which outcomes came from a worker.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanAll, workersPay, type BatchThreads } from '../../src/cli/batch.js';
import type { CleanInputOptions, Outcome } from '../../src/cli/clean-input.js';
import type { InputRef } from '../../src/io/inputs.js';
import { rules } from '../../src/rules/index.js';
import { dumps } from '../support/cli.js';

const bundled = join(process.cwd(), 'dist', 'bundle', 'clean-worker.js');
if (!existsSync(bundled)) throw new Error('dist/bundle/clean-worker.js is missing: run npm run build');
const dir = mkdtempSync(join(tmpdir(), 'rinse-batch-'));
writeFileSync(join(dir, 'tagged.mjs'), `import clean from ${JSON.stringify(pathToFileURL(bundled).href)};\nexport default (task) => ({ ...clean(task), worker: true });\n`);
const worker = pathToFileURL(join(dir, 'tagged.mjs'));

describe('workersPay: the inputs left, at the pace of the probe, against the time workers need to pay', () => {
  test.each([
    // done, busy ms, left, pay after ms, pays
    [40, 1000, 400, 8000, true], // 25 ms an input: 10 s left
    [40, 1000, 320, 8000, true], // exactly 8 s left
    [40, 1000, 300, 8000, false], // 7.5 s left
    [4000, 1000, 20_000, 8000, false], // tiny inputs: 5 s left however many
    [2, 1000, 20, 8000, true], // huge inputs: 10 s left in 20 of them
    [40, 1000, 0, 0, false], // nothing left
    [0, 0, 100, 0, false], // no pace yet
  ])('%i done in %i ms, %i left, pay after %i ms: %s', (done, busy, left, payAfter, pays) => {
    expect(workersPay(done, busy, left, payAfter)).toBe(pays);
  });
});

describe('cleanAll', () => {
  // The fixtures three times over, and a missing file: a failure is an outcome too, in its turn.
  const names = readdirSync(dumps).sort();
  const inputs: InputRef[] = [...names, ...names, ...names].map((name, i) => ({ name: `${i}/${name}`, path: join(dumps, name), relPath: `${i}/${name}` }));
  inputs.splice(7, 0, { name: 'missing.txt', path: join(dumps, 'missing.txt'), relPath: 'missing.txt' });
  const options: CleanInputOptions = { inputFormat: 'auto', maxBytes: 1 << 20 };

  async function run(threads: BatchThreads): Promise<Array<Outcome & { worker?: boolean }>> {
    const out: Array<Outcome & { worker?: boolean }> = [];
    for await (const outcome of cleanAll(inputs, options, rules, threads)) out.push(outcome);
    return out;
  }
  const withoutTag = (outcomes: Array<Outcome & { worker?: boolean }>): Outcome[] => outcomes.map(({ worker: _, ...outcome }) => outcome);

  test.each<[string, Omit<BatchThreads, 'worker'>, 'none' | 'after the first' | 'some']>([
    ['-j given: this thread and a worker from the start', { jobs: 2 }, 'some'],
    ['a probe of one input, with work enough left: the rest on threads', { jobs: 2, probe: { probeMs: 0, payAfterMs: 0 } }, 'after the first'],
    ['a probe that finds too little left: all in this thread', { jobs: 2, probe: { probeMs: 0, payAfterMs: Number.POSITIVE_INFINITY } }, 'none'],
    ['a probe longer than the batch: all in this thread', { jobs: 2, probe: { probeMs: 60_000, payAfterMs: 0 } }, 'none'],
  ])('%s; the outcomes are those of one thread, in order', async (_, threads, workers) => {
    const one = await run({ jobs: 1, worker });
    expect(one).toHaveLength(inputs.length);
    expect(one.some((o) => o.worker)).toBe(false);
    expect(one[7]).toMatchObject({ input: { name: 'missing.txt' }, error: 'no such file or directory' });
    const many = await run({ ...threads, worker });
    expect(withoutTag(many)).toEqual(one);
    const fromWorkers = many.map((o) => Boolean(o.worker));
    if (workers === 'none') expect(fromWorkers.some(Boolean)).toBe(false);
    else expect(fromWorkers.some(Boolean)).toBe(true);
    if (workers === 'after the first') expect(fromWorkers[0]).toBe(false);
  });
});
