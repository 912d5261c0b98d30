import fc from 'fast-check';
import { execByFirstLetter } from '../../src/rules/lib/first-letter.js';

describe('execByFirstLetter', () => {
  const WORDS = ['see also', 'siehe auch', 'more on this', 'more on this story', 'kelvin', 'à lire aussi', 'čtěte také', 'читайте также', '関連記事', "don't miss", 'don’t worry', 'kommentar', 'ok then'];
  const build = (words: readonly string[]): RegExp => new RegExp(`^(?:${words.map((w) => w.replace(/'/g, "['’]")).join('|')})\\s*(?::|\\s[-–—])\\s*(.+)$`, 'iu');
  const full = build(WORDS);
  const exec = execByFirstLetter(WORDS, build);
  // Case variants, the characters that fold to ASCII letters (ſ, the Kelvin sign), letters that fold to no ASCII one,
  // and the ASCII characters next to the letters' ranges, which a lower-casing by bit (`| 0x20`) must not take for letters.
  const STARTS = ['s', 'S', 'ſ', 'k', 'K', '\u212a', 'm', 'M', 'à', 'À', 'a', 'č', 'Č', 'ч', 'Ч', '関', 'd', 'D', 'x', ' ', '1', '', '@', '[', '`', '{', '\u0001', '\u007f'];
  const PARTS = ['ee also', 'iehe auch', 'ore on this', 'ore on this story', 'elvin', ' lire aussi', 'těte také', 'итайте также', '連記事', "on't miss", 'on’t miss', 'on’t worry', 'ommentar', '\u212a then', 'tory', 'ee', ' also', 'ee alſo', 'ore on this ſtory', 'ommentar', ': ', ' - ', ':', 'Headline', ''];
  test('matches as the regex of all the words does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STARTS), fc.array(fc.constantFrom(...PARTS), { maxLength: 4 }), (start, parts) => {
        const text = start + parts.join('');
        expect(exec(text)).toEqual(full.exec(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('refuses a word that starts with an ASCII character other than a letter, or with ſ or the Kelvin sign', () => {
    expect(() => execByFirstLetter(['(see) also'], build)).toThrow();
    expect(() => execByFirstLetter(["'tis"], build)).toThrow();
    expect(() => execByFirstLetter(['ſtory'], build)).toThrow();
    expect(() => execByFirstLetter(['1 more'], build)).toThrow();
  });
});
