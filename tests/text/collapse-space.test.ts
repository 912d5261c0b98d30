import fc from 'fast-check';
import { joinedFrom } from '../support/arbitraries.js';
import { collapseSpace } from '../../src/text/normalize.js';

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
