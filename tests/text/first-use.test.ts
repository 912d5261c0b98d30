/** Regexes made on first use: not at module load, once, and the same one every time after. */
import { onFirstUse } from '../../src/text/first-use.js';

describe('onFirstUse', () => {
  test('makes nothing until asked, then one regex, handed back every time', () => {
    let made = 0;
    const WORD = onFirstUse(() => {
      made++;
      return /\p{L}+/gu;
    });
    expect(made).toBe(0);
    const first = WORD();
    expect(made).toBe(1);
    expect(WORD()).toBe(first);
    expect(WORD()).toBe(first);
    expect(made).toBe(1);
  });

  test.each([
    ['a test', (re: RegExp) => re.test('café au lait'), true],
    ['a global replace (lastIndex is the one regex’s, as with a constant)', (re: RegExp) => 'née à Paris'.replace(re, 'w'), 'w w w'],
    ['a match', (re: RegExp) => 'Ünïcödé words'.match(re), ['Ünïcödé', 'words']],
  ])('behaves as the regex itself: %s', (_, use, expected) => {
    const WORD = onFirstUse(() => /\p{L}+/gu);
    expect(use(WORD())).toEqual(expected);
    expect(use(WORD())).toEqual(expected);
  });
});
