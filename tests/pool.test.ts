/** The ordered worker pool: results in input order, inputs pulled no further ahead than its window. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

describe('mapOrdered', () => {
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

  test("a handler's error ends the iteration with that error, after the results before it", async () => {
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const r of mapOrdered<number, { n: number }>([1, 2, -1, 4, 5], { worker: workerUrl, threads: 2 })) got.push(r.n);
      })(),
    ).rejects.toThrow(/bad input -1/);
    expect(got).toEqual([1, 2]);
  });
});
