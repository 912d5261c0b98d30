/**
 * Record mode's stream runner in this process: with worker threads (`jobs`
 * > 1) it writes exactly what one thread writes — the same bytes in the same
 * order, the same stderr lines, the same tally — wherever the switch from
 * this thread to the workers falls. The workers run the bundled worker
 * module (dist/bundle/clean-worker.js, built by `npm test`'s pretest).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { runRecordStream, type RecordRunOptions, type RecordTally } from '../../src/cli/records.js';
import { DEFAULT_RECORD_FIELDS } from '../../src/io/records.js';
import type { UserRuleConfig } from '../../src/config/schema.js';
import { rules } from '../../src/rules/index.js';
import { mixedRecordStream, slowOutput } from '../support/records.js';

const worker = pathToFileURL(join(process.cwd(), 'dist', 'bundle', 'clean-worker.js'));
if (!existsSync(worker)) throw new Error('dist/bundle/clean-worker.js is missing: run npm run build');

interface Run {
  stdout: string;
  stderr: string[];
  tally: Omit<RecordTally, 'perRule'> & { perRule: Array<[string, number]> };
}

/** Feeds `input` in chunks of `chunk` bytes to a stream whose output buffer is small, so backpressure comes into play. */
async function run(input: Buffer, options: Partial<RecordRunOptions>, chunk = 4096): Promise<Run> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < input.length; i += chunk) chunks.push(input.subarray(i, i + chunk));
  const { output, text } = slowOutput();
  const stderr: string[] = [];
  const tally = await runRecordStream(
    { input: Readable.from(chunks), output, stderr: (line) => stderr.push(line) },
    { fields: DEFAULT_RECORD_FIELDS, inputFormat: 'auto', maxBytes: 20_000, worker, ...options },
  );
  return { stdout: await text(), stderr, tally: { cleaned: tally.cleaned, failed: tally.failed, perRule: [...tally.perRule] } };
}

const stream = mixedRecordStream(2, { longLine: 30_000 });

describe('runRecordStream on worker threads', () => {
  let one: Run;
  beforeAll(async () => {
    one = await run(stream, { jobs: 1 });
  });

  test('the stream on one thread: good records cleaned, every kind of bad one answered in place', () => {
    const lines = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: string });
    expect(one.tally.failed).toBe(2 * 5 + 1);
    expect(one.tally.cleaned).toBe(lines.length - one.tally.failed);
    expect(lines.filter((l) => l.error !== undefined).map((l) => l.error!.replace(/ \(.*/, ''))).toEqual([
      ...Array(2)
        .fill(['invalid JSON', 'no content: neither', 'refused: binary data', 'not valid UTF-8', 'line is 30025 bytes, over the limit of 20000'])
        .flat()
        .map((e: string) => expect.stringMatching(new RegExp(`^${e.replace(/[()]/g, '\\$&')}`))),
      expect.stringMatching(/^invalid JSON/),
    ]);
    expect(one.stderr).toHaveLength(one.tally.failed + 1);
    expect(one.stderr.at(-1)).toMatch(/^rinse: \d+ records cleaned, 11 failed; blocks removed: /);
  });

  test.each([
    ['every record on 2 threads', { jobs: 2, threadsAfterMs: 0 }],
    ['every record on 3 threads', { jobs: 3, threadsAfterMs: 0 }],
    ['the first records here, the rest on 2 threads', { jobs: 2, threadsAfterMs: 5 }],
  ])('%s: byte-identical output, same messages, same tally', async (_name, options) => {
    const many = await run(stream, options, 1000);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toEqual(one.stderr);
    expect(many.tally).toEqual(one.tally);
  });

  test('rules given as objects (a config file\'s) keep every record in this thread', async () => {
    const some = rules.filter((r) => r.id !== 'cross-links');
    // A worker module that does not exist: were a thread started, the run would fail.
    const here = await run(stream, { jobs: 2, threadsAfterMs: 0, rules: some, worker: new URL('file:///nonexistent/worker.js') });
    const reference = await run(stream, { jobs: 1, disable: ['cross-links'] });
    expect(here.stdout).toBe(reference.stdout);
    expect(here.stdout).not.toBe(one.stdout);
  });

  test("a config file's rules, as their entries, go to the threads: the same output as one thread, with their removals", async () => {
    const userRules: UserRuleConfig[] = [
      { id: 'closing-line', category: 'custom', description: 'A closing line', appliesTo: 'both', caseSensitive: false, phrases: ["that's it."] },
      { id: 'knife-grip', category: 'custom', description: 'The grip line', appliesTo: 'text', caseSensitive: false, patterns: ['hold the knife like this: .{1,200}'] },
    ];
    const only = [...userRules.map((r) => r.id), ...rules.map((r) => r.id)];
    const reference = await run(stream, { jobs: 1, only, userRules });
    const threads = await run(stream, { jobs: 2, threadsAfterMs: 0, only, userRules });
    expect(threads.stdout).toBe(reference.stdout);
    expect(threads.tally).toEqual(reference.tally);
    // The rules took their lines, from every copy of the dump that has them.
    expect(new Map(reference.tally.perRule).get('closing-line')).toBeGreaterThan(0);
    expect(new Map(reference.tally.perRule).get('knife-grip')).toBeGreaterThan(0);
    expect(reference.stdout).not.toBe(one.stdout);
    // And they did go to a thread: with a worker module that cannot be loaded, the run fails.
    await expect(run(stream, { jobs: 2, threadsAfterMs: 0, only, userRules, worker: new URL('file:///nonexistent/worker.js') })).rejects.toThrow(/nonexistent/);
  });

  test('the threads are real: with a worker module that cannot be loaded the run fails', async () => {
    await expect(run(stream, { jobs: 2, threadsAfterMs: 0, worker: new URL('file:///nonexistent/worker.js') })).rejects.toThrow(/nonexistent/);
  });

  test('an empty stream and a stream of blank lines give nothing, on threads too', async () => {
    for (const input of [Buffer.alloc(0), Buffer.from('\n\n  \n')]) {
      const r = await run(input, { jobs: 2, threadsAfterMs: 0 });
      expect(r.stdout).toBe('');
      expect(r.stderr).toEqual(['rinse: 0 records cleaned, 0 failed\n']);
    }
  });
});
