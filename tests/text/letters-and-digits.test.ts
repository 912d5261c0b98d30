import fc from 'fast-check';
import { joinedFrom } from '../support/arbitraries.js';
import { forEachLetterRun } from '../../src/text/normalize.js';

const lettersAndDigits = (text: string): string[] => {
  const runs: string[] = [];
  forEachLetterRun(text, (start, end) => runs.push(text.slice(start, end)));
  return runs;
};

describe('forEachLetterRun', () => {
  test('splits at anything but letters and digits', () => {
    expect(lettersAndDigits('Don’t stop: 5 o’clock, 中文!')).toEqual(['Don', 't', 'stop', '5', 'o', 'clock', '中文']);
  });

  // Combining marks, surrogate pairs (letters and not), lone surrogates.
  const CHARS = ['a', 'B', 'İ', '\u0301', '\u2019', "'", ' ', '-', '1', '٣', 'ß', '中', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00'];
  test('finds what the letters-and-digits regex finds', () => {
    fc.assert(
      fc.property(joinedFrom(CHARS, 30), (text) => {
        expect(lettersAndDigits(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 2000 },
    );
  });

  test('finds what the regex finds in every code unit on its own (some are answered without the regex)', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = String.fromCharCode(c);
      if (JSON.stringify(lettersAndDigits(text)) !== JSON.stringify(text.match(/[\p{L}\p{N}]+/gu) ?? [])) differing.push(c);
    }
    expect(differing).toEqual([]);
  });
});
