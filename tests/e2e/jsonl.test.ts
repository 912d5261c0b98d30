/**
 * `rinse --jsonl` end to end: records on stdin, records on stdout, spawned
 * as a pipeline engine would run it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordErrorSchema, RecordResultSchema } from '../../src/records/schema.js';
import { tempDir } from '../support/cli.js';
import { fixtureRecords, mixedRecordStream } from '../support/records.js';

const bin = join(process.cwd(), 'bin', 'rinse.js');

function rinse(args: string[], input: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
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

describe('-j N: records on worker threads', () => {
  test('-j 2 writes byte for byte what -j 1 writes, with the same messages and exit code, bad records included', () => {
    // Long enough to be handed to threads after the first second (tests/records/record-stream.test.ts
    // covers the threads whatever the machine's speed).
    const stream = mixedRecordStream(12, { longLine: 30_000 });
    const one = rinse(['--jsonl', '-j', '1', '--max-bytes', '20000'], stream);
    expect(one.status).toBe(1);
    expect(one.stdout.split('\n').length).toBeGreaterThan(12 * records.length);
    expect(one.stderr).toMatch(/^rinse: stdin line \d+: invalid JSON/);
    expect(one.stderr).toMatch(/over the limit of 20000/);
    const two = rinse(['--jsonl', '-j', '2', '--max-bytes', '20000'], stream);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  test("a config file's rules apply to records, on -j 1 and -j 2 alike (its own rules keep the stream in one thread)", () => {
    const dir = tempDir();
    const config = join(dir, 'rinse.config.json');
    writeFileSync(config, JSON.stringify({ modules: { 'cross-links': false }, rules: [{ id: 'heron-lines', description: 'Heron lines', phrases: ['the herons are back'] }] }));
    const input = `${JSON.stringify({ id: 'h', text: 'We walked around the lake in the morning and watched the birds fishing.\n\nThe herons are back\n\nSee also: Ten lakes to visit\n\nThe water was cold, but the children swam anyway and came out laughing.' })}\n`;
    for (const jobs of ['1', '2']) {
      const run = rinse(['--jsonl', '-q', '--config', config, '-j', jobs], input);
      expect(run.status).toBe(0);
      const out = RecordResultSchema.parse(JSON.parse(run.stdout));
      expect(out.removed.map((r) => r.rule)).toContain('heron-lines');
      expect(out.text).toContain('See also'); // cross-links turned off by the config
    }
    const only = RecordResultSchema.parse(JSON.parse(rinse(['--jsonl', '-q', '--config', config, '--rules', 'heron-lines'], input).stdout));
    expect(only.removed.map((r) => r.rule)).toEqual(['heron-lines']);
    const none = rinse(['--jsonl', '-q', '--no-config'], input);
    expect(RecordResultSchema.parse(JSON.parse(none.stdout)).removed.map((r) => r.rule)).not.toContain('heron-lines');
    const bad = rinse(['--jsonl', '--config', join(dir, 'missing.json')], input);
    expect(bad.status).toBe(2);
  });

  test('memory stays flat: a stalled reader stops the reading of stdin, and 20,000 records go through in order', async () => {
    const total = 20_000;
    const line = (i: number): string =>
      `${JSON.stringify({ id: i, text: `Record ${i}: the herons came back to the lake this spring.\n\nShare this:\n\nTwitter\n\nFacebook\n\nWe counted ${i % 97} nests.` })}\n`;
    const rssFile = join(tempDir(), 'rss');
    const child = spawn(process.execPath, ['--import', join(process.cwd(), 'scripts', 'bench', 'max-rss.mjs'), bin, '--jsonl', '-q', '-j', '2'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, RINSE_RSS_FILE: rssFile },
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Nobody reads stdout yet: write until rinse stops taking input for a second.
    let written = 0;
    const drained = (): Promise<boolean> =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.stdin.off('drain', onDrain);
          resolve(false);
        }, 1000);
        const onDrain = (): void => {
          clearTimeout(timer);
          resolve(true);
        };
        child.stdin.once('drain', onDrain);
      });
    while (written < total) {
      if (child.stdin.write(line(written++))) continue;
      if (!(await drained())) break;
    }
    // Pipe buffers, one chunk being read and a few records a thread in flight: a small part of the stream.
    expect(written).toBeGreaterThan(10);
    expect(written).toBeLessThan(4000);
    // Now read, and send the rest.
    const ids: number[] = [];
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const l of lines) ids.push((JSON.parse(l) as { id: number }).id);
    });
    while (written < total) if (!child.stdin.write(line(written++))) await new Promise((resolve) => child.stdin.once('drain', resolve));
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(ids.length).toBe(total);
    expect(ids.every((id, i) => id === i)).toBe(true);
    // Two threads, the main one and a worker, with small records: well under what holding the stream would take.
    expect(Number(readFileSync(rssFile, 'utf8')) / 1024).toBeLessThan(400);
  });
});
