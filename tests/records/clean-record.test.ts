/**
 * The per-record function of --jsonl mode: one line in, one line out, pure
 * and made of plain data (so it can run on a worker thread).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../src/clean.js';
import { cleanRecordLine } from '../../src/records/clean-record.js';
import { RecordErrorSchema, RecordResultSchema } from '../../src/records/schema.js';

const fixtures = join(process.cwd(), 'fixtures');
const dump = (name: string): string => readFileSync(join(fixtures, 'dumps', name), 'utf8');
const expected = (name: string): string => readFileSync(join(fixtures, 'expected', name.replace(/\.(html|txt)$/, '.txt')), 'utf8');

const htmlFixture = 'wordpress-jetpack-en-fragment.html';
const textFixture = 'blogger-contempo-en.txt';

test('an HTML record comes out as its article, keeping id and url', () => {
  const outcome = cleanRecordLine(JSON.stringify({ id: 'p1', url: 'https://example.org/p1', html: dump(htmlFixture), extra: 1 }));
  expect(outcome.error).toBeUndefined();
  const record = RecordResultSchema.parse(JSON.parse(outcome.line));
  expect(record.id).toBe('p1');
  expect(record.url).toBe('https://example.org/p1');
  expect(`${record.text}\n`).toBe(expected(htmlFixture));
  expect(record.inputFormat).toBe('html');
  expect(record.removed.length).toBeGreaterThan(0);
  expect(outcome.removedRules).toEqual(record.removed.map((r) => r.rule));
  expect(Object.keys(JSON.parse(outcome.line))).not.toContain('extra');
});

test('a text record is read as a text dump, with the same text file mode gives', () => {
  const outcome = cleanRecordLine(JSON.stringify({ id: 42, text: dump(textFixture) }));
  const record = RecordResultSchema.parse(JSON.parse(outcome.line));
  expect(record.id).toBe(42);
  expect(record.url).toBeUndefined();
  expect(record.inputFormat).toBe('text');
  expect(record.text).toBe(clean(readFileSync(join(fixtures, 'dumps', textFixture)), { source: textFixture }).text);
});

test('bytes in, and other field names', () => {
  const line = Buffer.from(JSON.stringify({ key: 'k', page: dump(htmlFixture), link: 'u' }));
  const outcome = cleanRecordLine(line, { fields: { id: 'key', url: 'link', html: 'page', text: 'body' } });
  const record = RecordResultSchema.parse(JSON.parse(outcome.line));
  expect([record.id, record.url]).toEqual(['k', 'u']);
  expect(`${record.text}\n`).toBe(expected(htmlFixture));
});

test('rule selection applies to records', () => {
  const line = JSON.stringify({ id: 1, text: dump(textFixture) });
  const all = RecordResultSchema.parse(JSON.parse(cleanRecordLine(line).line));
  const without = RecordResultSchema.parse(JSON.parse(cleanRecordLine(line, { disable: ['share-widgets'] }).line));
  expect(all.removed.some((r) => r.rule === 'share-widgets')).toBe(true);
  expect(without.removed.some((r) => r.rule === 'share-widgets')).toBe(false);
});

describe('bad records give an error record, never a throw', () => {
  const cases: Array<[string, string | Uint8Array, unknown, RegExp]> = [
    ['invalid JSON', '{"id": 1, "html": ', null, /^invalid JSON/],
    ['not an object', '["a"]', null, /^not a JSON object$/],
    ['no id', '{"html": "<p>x</p>"}', null, /field 'id': missing/],
    ['an id of the wrong type', '{"id": true, "html": "<p>x</p>"}', null, /field 'id'/],
    ['no content', '{"id": "a", "url": "u"}', 'a', /^no content/],
    ['content of the wrong type', '{"id": "a", "html": 5}', 'a', /field 'html'/],
    ['binary content', JSON.stringify({ id: 'b', html: 'PNG\u0000\u0001\u0002' }), 'b', /^refused: binary/],
    ['undecodable bytes', Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), null, /^not valid UTF-8$/],
  ];
  test.each(cases)('%s', (_name, line, id, message) => {
    const outcome = cleanRecordLine(line);
    expect(outcome.error).toMatch(message);
    const record = RecordErrorSchema.strict().parse(JSON.parse(outcome.line));
    expect(record.id).toBe(id);
    expect(record.error).toBe(outcome.error);
  });

  test('content over --max-bytes', () => {
    const outcome = cleanRecordLine(JSON.stringify({ id: 1, text: 'é'.repeat(600) }), { maxBytes: 1000 });
    expect(outcome.error).toMatch(/over the limit of 1000 bytes/);
    expect(cleanRecordLine(JSON.stringify({ id: 1, text: 'é'.repeat(400) }), { maxBytes: 1000 }).error).toBeUndefined();
  });

  test('the url of a failed record is kept', () => {
    expect(JSON.parse(cleanRecordLine('{"id":3,"url":"https://x.test/"}').line)).toEqual({ id: 3, url: 'https://x.test/', error: expect.any(String) });
  });
});

test('options and outcome are plain data that survive structured cloning (worker threads)', () => {
  const options = { fields: { id: 'id', url: 'url', html: 'html', text: 'text' }, inputFormat: 'auto' as const, disable: ['cross-links'], maxBytes: 1 << 20 };
  const line = Buffer.from(JSON.stringify({ id: 'c', html: dump(htmlFixture) }));
  const direct = cleanRecordLine(line, options);
  const cloned = cleanRecordLine(structuredClone(line), structuredClone(options));
  expect(structuredClone(direct)).toEqual(direct);
  expect(cloned).toEqual(direct);
});
