/**
 * `rinse --jsonl` end to end: records on stdin, records on stdout, spawned
 * as a pipeline engine would run it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { RecordErrorSchema, RecordResultSchema } from '../../src/records/schema.js';
import { fixtureRecords } from '../support/records.js';

const bin = join(process.cwd(), 'bin', 'rinse.js');

function rinse(args: string[], input: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const records = fixtureRecords();

test('every fixture as a record comes out in order with its article, id and url', () => {
  const run = rinse(['--jsonl'], records.map((r) => `${r.line}\n`).join(''));
  expect(run.status).toBe(0);
  const out = run.stdout.trimEnd().split('\n').map((l) => RecordResultSchema.parse(JSON.parse(l)));
  expect(out.map((r) => r.id)).toEqual(records.map((r) => r.name));
  out.forEach((r, i) => {
    expect(`${r.text}\n`).toBe(records[i]!.expected);
    expect(r.url).toBe(`https://blog.example/${records[i]!.name}`);
  });
  expect(run.stderr).toBe(`rinse: ${records.length} records cleaned, 0 failed; blocks removed: ${run.stderr.split('blocks removed: ')[1]}`);
});

test('bad records give error records in place and one stderr line each; the stream goes on; exit 1', () => {
  const good = records[0]!;
  const input = [good.line, '{"id": 1, "html": ', '{"id": "nothing"}', '', JSON.stringify({ id: 'bin', text: 'a\u0000b' }), good.line].join('\n');
  const run = rinse(['--jsonl'], Buffer.concat([Buffer.from(`${input}\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]));
  expect(run.status).toBe(1);
  const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(6); // the blank line is skipped
  expect(RecordResultSchema.parse(lines[0]).id).toBe(good.name);
  expect(RecordErrorSchema.parse(lines[1])).toEqual({ id: null, error: expect.stringMatching(/^invalid JSON/) });
  expect(RecordErrorSchema.parse(lines[2])).toEqual({ id: 'nothing', error: expect.stringMatching(/^no content/) });
  expect(RecordErrorSchema.parse(lines[3])).toEqual({ id: 'bin', error: expect.stringMatching(/binary/) });
  expect(RecordResultSchema.parse(lines[4]).id).toBe(good.name);
  expect(RecordErrorSchema.parse(lines[5])).toEqual({ id: null, error: 'not valid UTF-8' });
  const messages = run.stderr.trimEnd().split('\n');
  expect(messages.slice(0, 4)).toEqual([
    expect.stringMatching(/^rinse: stdin line 2: invalid JSON/),
    expect.stringMatching(/^rinse: stdin line 3 \(id "nothing"\): no content/),
    expect.stringMatching(/^rinse: stdin line 5 \(id "bin"\): refused: binary/),
    'rinse: stdin line 7: not valid UTF-8',
  ]);
  expect(messages[4]).toMatch(/^rinse: 2 records cleaned, 4 failed/);
  expect(messages).toHaveLength(5);
});

test('field names are configurable; -q drops the summary; rule options apply', () => {
  const r = records.find((x) => x.name === 'blogger-contempo-en')!;
  const theirs = JSON.stringify({ doc_id: 9, page_url: 'u', body: JSON.parse(r.line).text });
  const run = rinse(['--jsonl', '-q', '--id-field', 'doc_id', '--url-field', 'page_url', '--text-field', 'body', '--disable', 'cross-links'], `${theirs}\n`);
  expect(run.status).toBe(0);
  expect(run.stderr).toBe('');
  const out = RecordResultSchema.parse(JSON.parse(run.stdout));
  expect([out.id, out.url]).toEqual([9, 'u']);
  expect(out.removed.some((x) => x.rule === 'cross-links')).toBe(false);
});

test.each([
  [['--jsonl', 'file.txt'], /--jsonl reads records on stdin/],
  [['--jsonl', '-f', 'text'], /-f must be jsonl/],
  [['--jsonl', '-o', 'out.jsonl'], /-o is not supported/],
  [['--jsonl', '--rules', 'no-such-rule'], /unknown rule 'no-such-rule'/],
  [['--id-field', 'x'], /need --jsonl/],
])('usage errors exit 2: %j', (args, message) => {
  const run = rinse(args, '');
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
});

test('records are streamed: the first output arrives while stdin is still open', async () => {
  const child = spawn(process.execPath, [bin, '--jsonl', '-q'], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.write(`${records[0]!.line}\n`);
  const first = await new Promise<string>((resolve) => {
    let seen = '';
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('\n')) resolve(seen);
    });
  });
  expect(RecordResultSchema.parse(JSON.parse(first)).id).toBe(records[0]!.name);
  child.stdin.end(`${records[1]!.line}\n`);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
});
