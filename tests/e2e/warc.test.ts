/**
 * WARC input end to end: archives built at test time from our fixtures with
 * warcio's writer, read back by `rinse x.warc.gz -f jsonl`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RecordErrorSchema, RecordResultSchema } from '../../src/records/schema.js';
import { buildWarc, type WarcEntry } from '../support/warc-builder.js';

const repo = process.cwd();
const bin = join(repo, 'bin', 'rinse.js');
const dump = (name: string): Buffer => readFileSync(join(repo, 'fixtures', 'dumps', name));
const expected = (name: string): string => readFileSync(join(repo, 'fixtures', 'expected', name.replace(/\.html$/, '.txt')), 'utf8');

function rinse(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pages = ['wordpress-jetpack-en-fragment.html', 'substack-en-fragment.html', 'ghost-pt-fragment.html'];

/** Three pages among the records a crawl holds around them. */
const entries: WarcEntry[] = [
  { url: 'https://a.example/one', body: dump(pages[0]!), date: '2024-05-01T10:00:00Z' },
  { url: 'https://a.example/logo.png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]), contentType: 'image/png' },
  { url: 'https://a.example/gone', body: dump(pages[1]!), status: 404 },
  { url: 'https://a.example/two', body: gzipSync(dump(pages[1]!)), headers: { 'Content-Encoding': 'gzip' }, date: '2024-05-01T10:00:02Z' },
  { url: 'https://a.example/meta', body: 'outlinks: none', type: 'metadata', contentType: 'text/plain' },
  { url: 'https://a.example/three', body: dump(pages[2]!), type: 'resource', contentType: 'text/html', date: '2024-05-01T10:00:03Z' },
];

async function writeWarc(dir: string, name: string, gzip: boolean, list = entries): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await buildWarc(list, { gzip }));
  return path;
}

test.each([
  ['crawl.warc.gz', true],
  ['crawl.warc', false],
])('%s: one record per HTML page with WARC id, url and date; the rest skipped and counted', async (name, gzip) => {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-warc-'));
  const path = await writeWarc(dir, name, gzip);
  const run = rinse([path, '-f', 'jsonl']);
  expect(run.status).toBe(0);
  const out = run.stdout.trimEnd().split('\n').map((l) => RecordResultSchema.parse(JSON.parse(l)));
  expect(out.map((r) => r.url)).toEqual(['https://a.example/one', 'https://a.example/two', 'https://a.example/three']);
  expect(out.map((r) => r.date)).toEqual(['2024-05-01T10:00:00Z', '2024-05-01T10:00:02Z', '2024-05-01T10:00:03Z']);
  out.forEach((r, i) => {
    expect(r.id).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
    expect(`${r.text}\n`).toBe(expected(pages[i]!));
  });
  // warcinfo + 4 requests + PNG + 404 + metadata = 8 records that are not pages.
  expect(run.stderr).toMatch(new RegExp(`^rinse: 1 WARC file: 3 pages cleaned, 0 failed, 8 records skipped \\(not HTML pages\\); blocks removed: `));
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
});

test('a directory of WARC files is read in order; a bad page gives an error record; a broken archive fails alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-warcs-'));
  const crawl = join(dir, 'crawl');
  mkdirSync(crawl);
  await writeWarc(crawl, 'a.warc.gz', true, entries.slice(0, 1));
  await writeWarc(crawl, 'b.warc', false, [{ url: 'https://b.example/bin', body: Buffer.from('A\u0000'.repeat(32)) }, entries[5]!]);
  writeFileSync(join(crawl, 'c.warc.gz'), Buffer.from('this is not an archive at all\r\n\r\n'));
  writeFileSync(join(crawl, 'index.cdx'), 'not read\n');
  const run = rinse([crawl, '-f', 'jsonl']);
  expect(run.status).toBe(1);
  const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(3);
  expect(RecordResultSchema.parse(lines[0]).url).toBe('https://a.example/one');
  expect(RecordErrorSchema.parse(lines[1])).toMatchObject({ url: 'https://b.example/bin', error: expect.stringMatching(/binary/) });
  expect(RecordResultSchema.parse(lines[2]).url).toBe('https://a.example/three');
  const messages = run.stderr.trimEnd().split('\n');
  expect(messages).toEqual([
    'rinse: 1 input is not WARC (.warc, .warc.gz) and was not read',
    expect.stringMatching(/^rinse: .*b\.warc: record <urn:uuid:.*>: refused: binary/),
    expect.stringMatching(/^rinse: .*c\.warc\.gz: not a readable WARC archive/),
    expect.stringMatching(/^rinse: 3 WARC files: 2 pages cleaned, 1 failed, \d+ records skipped \(not HTML pages\), 1 unreadable/),
  ]);
});

test('WARC input needs -f jsonl', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-warc-'));
  const path = await writeWarc(dir, 'crawl.warc.gz', true);
  const run = rinse([path]);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^rinse: WARC input gives one record per page: use -f jsonl\n$/);
});
