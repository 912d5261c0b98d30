/**
 * The across-machines contract, tested for real with GNU parallel: a record
 * stream split over several `parallel --pipe` jobs gives byte-identical
 * output to one run. Skipped where parallel is not installed, except in CI
 * (CI=true), where .ci/run installs it and its absence is a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureRecords } from '../support/records.js';

const bin = join(process.cwd(), 'bin', 'rinse.js');
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;
const inCi = process.env.CI === 'true';

(hasParallel || inCi ? test : test.skip)('parallel --pipe over 3 jobs gives byte-identical output to one run', () => {
  if (!hasParallel) throw new Error('GNU parallel is not installed (CI=true: .ci/run should have installed it)');
  const records = fixtureRecords();
  // 3 copies of every fixture, with bad records in between, so chunks hold both.
  const lines: string[] = [];
  for (let copy = 0; copy < 3; copy++) {
    records.forEach((r, i) => {
      lines.push(r.line.replace(`"id":"${r.name}"`, `"id":"${r.name}-${copy}"`));
      if (i % 7 === 3) lines.push(`{"id":"bad-${copy}-${i}"}`, '{not json');
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'rinse-parallel-'));
  const input = join(dir, 'records.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);

  const rinse = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --jsonl -q`;
  const one = spawnSync('sh', ['-c', `${rinse} < ${JSON.stringify(input)}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  // -N 12: twelve records a job, so the stream is split several times over; -k keeps job order.
  // Each job on one thread (-j 1), as the README's recipe has it: parallel already runs one job a core.
  const many = spawnSync('sh', ['-c', `parallel --will-cite --pipe -k -N 12 -j 3 ${JSON.stringify(`${rinse} -j 1`)} < ${JSON.stringify(input)}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  expect(one.status).toBe(1); // the bad records
  expect(many.status).not.toBe(0);
  expect(one.stdout.split('\n')).toHaveLength(lines.length + 1);
  expect(many.stdout).toBe(one.stdout);
  expect(many.stderr).toMatch(/invalid JSON/);
});
