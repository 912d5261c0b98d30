/**
 * Golden tests: every dump in fixtures/dumps/ comes out exactly as its
 * article in fixtures/expected/ (same base name, .txt). The dumps are
 * written by us, modelled on real platforms; see fixtures/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { clean } from '../src/clean.js';

const root = join(process.cwd(), 'fixtures');
const dumps = readdirSync(join(root, 'dumps')).filter((f) => /\.(txt|html)$/.test(f)).sort();

test('there are fixtures of both formats', () => {
  expect(dumps.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
  expect(dumps.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(5);
});

test.each(dumps)('%s comes out as its article', (file) => {
  const input = readFileSync(join(root, 'dumps', file));
  const expected = readFileSync(join(root, 'expected', `${basename(file, extname(file))}.txt`), 'utf8');
  const result = clean(input, { source: file });
  expect(result.inputFormat).toBe(file.endsWith('.html') ? 'html' : 'text');
  expect(`${result.text}\n`).toBe(expected);
});
