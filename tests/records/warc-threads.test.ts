/**
 * WARC input on threads: the runner in this process, with `jobs` > 1, writes
 * exactly what one thread writes — the same records in the same order, the
 * same stderr lines (a bad page, an archive that breaks off), the same tally —
 * wherever the switch from this thread to the workers falls. The workers run
 * the bundled worker module (dist/bundle/clean-worker.js, built by `npm test`'s pretest).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runWarcInputs, type WarcRunOptions, type WarcTally } from '../../src/cli/warc.js';
import { DEFAULT_RECORD_FIELDS } from '../../src/io/records.js';
import type { InputRef } from '../../src/io/inputs.js';
import { slowOutput } from '../support/records.js';
import { buildWarc, type WarcEntry } from '../support/warc-builder.js';

const worker = pathToFileURL(join(process.cwd(), 'dist', 'bundle', 'clean-worker.js'));
if (!existsSync(worker)) throw new Error('dist/bundle/clean-worker.js is missing: run npm run build');

const dump = (name: string): Buffer => readFileSync(join(process.cwd(), 'fixtures', 'dumps', name));
const pages = ['wordpress-jetpack-en-fragment.html', 'substack-en-fragment.html', 'ghost-pt-fragment.html'].map(dump);

/** A crawl's records: pages (one gzip-encoded), an image, a 404, a binary page that fails, metadata. */
function entries(n: number, host: string): WarcEntry[] {
  return Array.from({ length: n }, (_, i): WarcEntry[] => {
    const page = pages[i % pages.length]!;
    const url = `https://${host}/${i}`;
    switch (i % 7) {
      case 1:
        return [{ url, body: gzipSync(page), headers: { 'Content-Encoding': 'gzip' } }];
      case 3:
        return [{ url: `${url}.png`, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]), contentType: 'image/png' }, { url, body: page, status: 404 }];
      case 5:
        return [{ url, body: Buffer.from('A\u0000'.repeat(32)) }, { url: `${url}/meta`, body: 'outlinks: none', type: 'metadata', contentType: 'text/plain' }];
      default:
        return [{ url, body: page, date: `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}Z` }];
    }
  }).flat();
}

interface Run {
  stdout: string;
  stderr: string[];
  tally: WarcTally;
}

async function run(inputs: readonly InputRef[], options: Partial<WarcRunOptions>): Promise<Run> {
  const { output, text } = slowOutput();
  const stderr: string[] = [];
  const tally = await runWarcInputs(inputs, { output, stderr: (line) => stderr.push(line) }, { fields: DEFAULT_RECORD_FIELDS, inputFormat: 'auto', maxBytes: 1 << 20, worker, ...options });
  return { stdout: await text(), stderr, tally };
}

describe('runWarcInputs on threads', () => {
  let inputs: InputRef[];
  let one: Run;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rinse-warc-threads-'));
    const file = async (name: string, list: WarcEntry[], gzip: boolean): Promise<InputRef> => {
      const path = join(dir, name);
      writeFileSync(path, await buildWarc(list, { gzip }));
      return { name, path, relPath: name };
    };
    const broken = join(dir, 'c.warc.gz');
    writeFileSync(broken, Buffer.from('this is not an archive at all\r\n\r\n'));
    inputs = [await file('a.warc.gz', entries(40, 'a.example'), true), await file('b.warc', entries(25, 'b.example'), false), { name: 'c.warc.gz', path: broken, relPath: 'c.warc.gz' }, await file('d.warc.gz', entries(30, 'd.example'), true)];
    one = await run(inputs, { jobs: 1 });
  });

  test('one thread: every page a record in archive order, bad pages and the broken archive reported in place', () => {
    const lines = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { url: string; error?: string });
    expect(one.tally.cleaned + one.tally.failed).toBe(lines.length);
    expect(one.tally.failed).toBeGreaterThan(0);
    expect(one.tally.filesFailed).toBe(1);
    expect(lines[0]!.url).toBe('https://a.example/0');
    expect(lines.at(-1)!.url).toBe('https://d.example/29');
    // The broken archive's message comes after b's records and before d's.
    const broken = one.stderr.findIndex((l) => l.startsWith('rinse: c.warc.gz: not a readable WARC archive'));
    expect(broken).toBeGreaterThan(one.stderr.findIndex((l) => l.startsWith('rinse: b.warc: record')));
    expect(broken).toBeLessThan(one.stderr.findIndex((l) => l.startsWith('rinse: d.warc.gz: record')));
  });

  test.each([
    ['every page on 2 threads', { jobs: 2, threadsAfterMs: 0 }],
    ['every page on 3 threads', { jobs: 3, threadsAfterMs: 0 }],
    ['the first pages here, the rest on 2 threads', { jobs: 2, threadsAfterMs: 5 }],
  ])('%s: byte-identical output, same messages, same tally', async (_name, options) => {
    const many = await run(inputs, options);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toEqual(one.stderr);
    expect(many.tally).toEqual(one.tally);
  });
});
