/** The ordered worker pool: results in input order, inputs pulled no further ahead than its window. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { mapOrdered } from '../src/parallel/pool.js';

const dir = mkdtempSync(join(tmpdir(), 'rinse-pool-'));
// A worker whose tasks finish out of order: later inputs are often quicker.
const worker = join(dir, 'square.mjs');
writeFileSync(
  worker,
  `export default async (n) => {
    if (n === -1) throw new Error('bad input -1');
    await new Promise((r) => setTimeout(r, (n * 7) % 5));
    return { n, square: n * n };
  };\n`,
);
const workerUrl = pathToFileURL(worker);
// A second export, and one that reports what reached it of a buffer.
writeFileSync(
  join(dir, 'bytes.mjs'),
  `export const length = ({ bytes }) => ({ length: bytes.byteLength, first: bytes[0] });\nexport default () => 'default export';\n`,
);
const bytesUrl = pathToFileURL(join(dir, 'bytes.mjs'));
// A worker that reports the heap limits it runs under.
writeFileSync(join(dir, 'limits.mjs'), `import { resourceLimits } from 'node:worker_threads';\nexport default () => resourceLimits;\n`);
const limitsUrl = pathToFileURL(join(dir, 'limits.mjs'));
// Results of 64 KB each: a pool that kept them would hold a hundred megabytes and more by the end.
writeFileSync(join(dir, 'big.mjs'), `export default ({ n }) => ({ n, text: String(n % 10).repeat(1 << 16) });\n`);
const bigUrl = pathToFileURL(join(dir, 'big.mjs'));
// A worker that refuses every negative input, as `refuseNegative` does in this thread.
writeFileSync(join(dir, 'refuse.mjs'), `export default (n) => { if (n < 0) throw new Error('negative input ' + n); return { n, where: 'worker' }; };\n`);
const refuseUrl = pathToFileURL(join(dir, 'refuse.mjs'));
// A worker that says how many inputs it held when it took each one (it works on several at once, as the pool sends them).
writeFileSync(
  join(dir, 'hold.mjs'),
  `let held = 0;\nexport default async (n) => { held++; const now = held; await new Promise((r) => setTimeout(r, 5)); held--; return { n, where: 'worker', held: now }; };\n`,
);
const holdUrl = pathToFileURL(join(dir, 'hold.mjs'));
const refuseNegative = (n: number): { n: number; where: string } => {
  if (n < 0) throw new Error(`negative input ${n}`);
  return { n, where: 'here' };
};

describe('mapOrdered', () => {
  test('keeps no result once it is handed on: memory stays flat over a long batch (the built module, in a process of its own)', () => {
    // Run as users run it: the built module, with the garbage collector exposed to measure the heap.
    const pool = pathToFileURL(join(process.cwd(), 'dist/parallel/pool.js')).href;
    const script = `
      const { mapOrdered } = await import(${JSON.stringify(pool)});
      let before = 0, grown = 0, seen = 0;
      const inputs = Array.from({ length: 2000 }, (_, n) => ({ n }));
      for await (const r of mapOrdered(inputs, { worker: new URL(${JSON.stringify(bigUrl.href)}), threads: 2 })) {
        // Measured while the pool runs: what it holds is let go when it ends.
        if (r.n === 100) { gc(); before = process.memoryUsage().heapUsed; }
        if (r.n === 1900) { gc(); grown = process.memoryUsage().heapUsed - before; }
        seen += r.text.length > 0 ? 1 : 0;
      }
      console.log(JSON.stringify({ seen, grown }));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { seen, grown } = JSON.parse(run.stdout) as { seen: number; grown: number };
    expect(seen).toBe(2000);
    // 1,800 results of 64 KB came and went between the measures: kept, they would be over 110 MB.
    expect(grown).toBeLessThan(40 * 1024 * 1024);
  }, 60_000);

  test('yields every result in input order, from several threads, with a bounded read-ahead', async () => {
    let pulled = 0;
    let yielded = 0;
    let maxAhead = 0;
    function* inputs(): Generator<number> {
      for (let n = 0; n < 200; n++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - yielded);
        yield n;
      }
    }
    const out: number[] = [];
    for await (const r of mapOrdered<number, { n: number; square: number }>(inputs(), { worker: workerUrl, threads: 3, window: 6 })) {
      expect(r.square).toBe(r.n * r.n);
      out.push(r.n);
      yielded++;
    }
    expect(out).toEqual([...Array(200).keys()]);
    expect(maxAhead).toBeLessThanOrEqual(6 + 1);
  });

  test('takes async iterables, and an empty input gives nothing', async () => {
    async function* three(): AsyncGenerator<number> {
      yield 3;
      yield 1;
      yield 2;
    }
    const got: number[] = [];
    for await (const r of mapOrdered<number, { n: number }>(three(), { worker: workerUrl, threads: 2 })) got.push(r.n);
    expect(got).toEqual([3, 1, 2]);
    const none: unknown[] = [];
    for await (const r of mapOrdered([], { worker: workerUrl, threads: 2 })) none.push(r);
    expect(none).toEqual([]);
  });

  test('a result is handed over as soon as it is due, while the next input is still to come', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seen: number[] = [];
    // A stream whose producer waits for the consumer to have the first result (a pipeline that
    // sends one record and waits for its answer): no deadlock, and no waiting for more input.
    async function* producer(): AsyncGenerator<number> {
      yield 4;
      await gate;
      yield 9;
    }
    for await (const r of mapOrdered<number, { n: number }>(producer(), { worker: workerUrl, threads: 2 })) {
      seen.push(r.n);
      release();
    }
    expect(seen).toEqual([4, 9]);
  });

  test('name picks an export; transfer moves a buffer to the worker', async () => {
    const inputs = [1, 2, 3].map((n) => ({ bytes: new Uint8Array(n * 1000).fill(n) }));
    const got: Array<{ length: number; first: number }> = [];
    for await (const r of mapOrdered<{ bytes: Uint8Array }, { length: number; first: number }>(inputs, {
      worker: bytesUrl,
      name: 'length',
      threads: 2,
      transfer: (input) => [input.bytes.buffer as ArrayBuffer],
    }))
      got.push(r);
    expect(got).toEqual([{ length: 1000, first: 1 }, { length: 2000, first: 2 }, { length: 3000, first: 3 }]);
    // Moved, not copied: the buffers are detached here.
    expect(inputs.map((i) => i.bytes.byteLength)).toEqual([0, 0, 0]);
  });

  test.each([
    ['V8 defaults without resourceLimits', undefined],
    ['a young generation of 24 MB', { maxYoungGenerationSizeMb: 24 }],
  ])('each worker runs under the heap limits given: %s', async (_, resourceLimits) => {
    const got: Array<{ maxYoungGenerationSizeMb: number }> = [];
    for await (const r of mapOrdered<number, { maxYoungGenerationSizeMb: number }>([1, 2, 3, 4], { worker: limitsUrl, threads: 2, ...(resourceLimits ? { resourceLimits } : {}) })) got.push(r);
    expect(got).toHaveLength(4);
    for (const limits of got) {
      if (resourceLimits) expect(limits.maxYoungGenerationSizeMb).toBe(24);
      else expect(limits.maxYoungGenerationSizeMb).not.toBe(24);
    }
  });

  test('stopping early shuts the pool down and closes the input', async () => {
    let closed = false;
    function* endless(): Generator<number> {
      try {
        for (let n = 0; ; n++) yield n;
      } finally {
        closed = true;
      }
    }
    const got: number[] = [];
    for await (const r of mapOrdered<number, { n: number }>(endless(), { worker: workerUrl, threads: 2 })) {
      got.push(r.n);
      if (got.length === 5) break;
    }
    expect(got).toEqual([0, 1, 2, 3, 4]);
    expect(closed).toBe(true);
  });

  test("a handler's error ends the iteration with that error, after the results before it", async () => {
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const r of mapOrdered<number, { n: number }>([1, 2, -1, 4, 5], { worker: workerUrl, threads: 2 })) got.push(r.n);
      })(),
    ).rejects.toThrow(/bad input -1/);
    expect(got).toEqual([1, 2]);
  });

  describe('with this thread working too (here)', () => {
    test('every result in input order, some from the worker and the rest from this thread', async () => {
      const out: Array<{ n: number; where: string }> = [];
      for await (const r of mapOrdered<number, { n: number; where: string }>([...Array(300).keys()], { worker: refuseUrl, threads: 2, here: refuseNegative })) out.push(r);
      expect(out.map((r) => r.n)).toEqual([...Array(300).keys()]);
      // The first inputs go to the worker, which starts cold: this thread takes the next ones meanwhile.
      expect(out.slice(0, 4).map((r) => r.where)).toEqual(['worker', 'worker', 'worker', 'worker']);
      expect(out.filter((r) => r.where === 'here').length).toBeGreaterThan(0);
    });

    test('park: a result made here that waits behind a worker\'s is parked; a worker\'s result never is', async () => {
      const out: Array<{ n: number; where: string; parked?: boolean }> = [];
      const park = (r: { n: number; where: string }) => ({ ...r, parked: true });
      for await (const r of mapOrdered<number, { n: number; where: string; parked?: boolean }>([...Array(300).keys()], { worker: refuseUrl, threads: 2, here: refuseNegative, park })) out.push(r);
      expect(out.map((r) => r.n)).toEqual([...Array(300).keys()]);
      const parked = out.filter((r) => r.parked);
      // The worker starts cold with the first inputs queued: this thread's first result waits behind them.
      expect(parked.length).toBeGreaterThan(0);
      expect(parked.every((r) => r.where === 'here')).toBe(true);
    });

    test.each([
      // Weights of 1 under a bound of 5: the worker holds up to five inputs at once.
      ['light inputs', 1, 5],
      // Weights of 3: a second would take the worker over the bound, so it holds one at a time (never none).
      ['heavy inputs', 3, 1],
      // One over the bound alone still goes to an idle worker: a stream of large records is not all done here.
      ['inputs over the bound', 6, 1],
    ])('weight, %s: the worker holds no more than the bound allows, and this thread does the rest', async (_name, each, most) => {
      const out: Array<{ n: number; where: string; held?: number }> = [];
      for await (const r of mapOrdered<number, { n: number; where: string; held?: number }>([...Array(120).keys()], {
        worker: holdUrl,
        threads: 2,
        here: refuseNegative,
        weight: { of: () => each, max: 5 },
      }))
        out.push(r);
      expect(out.map((r) => r.n)).toEqual([...Array(120).keys()]);
      const held = out.filter((r) => r.where === 'worker').map((r) => r.held!);
      expect(held.length).toBeGreaterThan(0);
      expect(Math.max(...held)).toBe(most);
      expect(out.some((r) => r.where === 'here')).toBe(true);
    });

    test('one thread is this one alone: no worker starts', async () => {
      const out: string[] = [];
      for await (const r of mapOrdered<number, { n: number; where: string }>([1, 2, 3], { worker: refuseUrl, threads: 1, here: refuseNegative })) out.push(r.where);
      expect(out).toEqual(['here', 'here', 'here']);
    });

    test('an error, here or in the worker, ends the iteration in its turn, after the results before it', async () => {
      // Inputs 0-3 go to the worker, and the refused one (in the middle) to whichever thread has room.
      const inputs = [...Array(40).keys()].map((n) => (n === 20 ? -20 : n));
      const got: number[] = [];
      await expect(
        (async () => {
          for await (const r of mapOrdered<number, { n: number; where: string }>(inputs, { worker: refuseUrl, threads: 2, here: refuseNegative })) got.push(r.n);
        })(),
      ).rejects.toThrow(/negative input -20/);
      expect(got).toEqual([...Array(20).keys()]);
    });

    test('a stream that waits for its first answer gets it (no deadlock with this thread working)', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      async function* producer(): AsyncGenerator<number> {
        yield 4;
        await gate;
        yield 9;
      }
      const seen: number[] = [];
      for await (const r of mapOrdered<number, { n: number; where: string }>(producer(), { worker: refuseUrl, threads: 2, here: refuseNegative })) {
        seen.push(r.n);
        release();
      }
      expect(seen).toEqual([4, 9]);
    });
  });
});
