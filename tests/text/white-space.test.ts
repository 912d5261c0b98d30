import fc from 'fast-check';
import { joinedFrom } from '../support/arbitraries.js';
import { forEachTokenSpan, trimmedLength } from '../../src/text/normalize.js';

const tokens = (value: string): string[] => {
  const out: string[] = [];
  forEachTokenSpan(value, (start, end) => out.push(value.slice(start, end)));
  return out;
};

test('forEachTokenSpan splits where /\\s+/ splits, for every code unit', () => {
  const differ: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const value = `a${String.fromCharCode(c)}b`;
    if (JSON.stringify(tokens(value)) !== JSON.stringify(value.split(/\s+/))) differ.push(c);
  }
  expect(differ).toEqual([]);
});

const PIECES = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'a', 'nav', 'share-bar', 'é', '😀', '_'];

test('forEachTokenSpan gives the tokens value.split(/\\s+/) gives, empty ones included', () => {
  fc.assert(
    fc.property(joinedFrom(PIECES, 20), (value) => {
      expect(tokens(value)).toEqual(value.split(/\s+/));
    }),
    { numRuns: 5000 },
  );
  expect(tokens('')).toEqual(['']);
  expect(tokens(' post  entry ')).toEqual(['', 'post', 'entry', '']);
});

test('trimmedLength is trim().length, for every code unit at either end', () => {
  const differ: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [ch, `${ch}a${ch}`, `${ch}${ch}`, `a${ch}b`]) if (trimmedLength(text) !== text.trim().length) differ.push(c);
  }
  expect(differ).toEqual([]);
});

test('trimmedLength is trim().length on mixed text', () => {
  fc.assert(
    fc.property(joinedFrom(PIECES, 20), (text) => {
      expect(trimmedLength(text)).toBe(text.trim().length);
    }),
    { numRuns: 5000 },
  );
});
