import fc from 'fast-check';
import { joinedFrom } from '../support/arbitraries.js';
import { collapsedLength, collapseSpace } from '../../src/text/normalize.js';

/** collapseSpace as the patterns define it; the function does the same in one pass. */
const byPatterns = (text: string): string =>
  text
    .replace(/[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();

const CHARS = [' ', '  ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2003', '\u200b', '\u202f', '\u3000', '\u1680', '\u2028', '\ufeff', 'a', 'b', 'é', '😀', '.'];

test('collapseSpace collapses as its patterns say, in one pass', () => {
  fc.assert(
    fc.property(joinedFrom(CHARS, 40), (text) => {
      expect(collapseSpace(text)).toBe(byPatterns(text));
    }),
    { numRuns: 5000 },
  );
  expect(collapseSpace('  a \n \n b\tc  ')).toBe('a\nb c');
});

test('collapsedLength is the length of what collapseSpace gives', () => {
  fc.assert(
    fc.property(joinedFrom(CHARS, 40), (text) => {
      expect(collapsedLength(text)).toBe(collapseSpace(text).length);
    }),
    { numRuns: 5000 },
  );
});

test.each([
  ['', 0],
  ['plain words', 11],
  ['  padded  ', 6],
  ['\n\t a \u00a0\u2003 b \n\n c \r\n', 5],
  ['\u200b a \u200b', 1],
  ['\u2028\u200b\ufeff a \u1680 b\u2029', 5],
  ['\u200b\u200b', 0],
])('collapsedLength(%j) is %i', (text, length) => {
  expect(collapsedLength(text)).toBe(length);
});
