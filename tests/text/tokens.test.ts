import fc from 'fast-check';
import { forEachToken } from '../../src/text/normalize.js';

const tokens = (value: string): string[] => {
  const out: string[] = [];
  forEachToken(value, (t) => out.push(t));
  return out;
};

test('forEachToken splits where /\\s+/ splits, for every code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const value = `a${String.fromCharCode(c)}b`;
    expect(tokens(value)).toEqual(value.split(/\s+/));
  }
});

const PIECES = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'a', 'nav', 'share-bar', 'é', '😀', '_'];

test('forEachToken gives the tokens value.split(/\\s+/) gives, empty ones included', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
      const value = parts.join('');
      expect(tokens(value)).toEqual(value.split(/\s+/));
    }),
    { numRuns: 5000 },
  );
  expect(tokens('')).toEqual(['']);
  expect(tokens(' post  entry ')).toEqual(['', 'post', 'entry', '']);
});
