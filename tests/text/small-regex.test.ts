import fc from 'fast-check';
import { smallRegex } from '../../src/text/small-regex.js';
import { phraseSource } from '../../src/rules/lib/phrases.js';

// Sources of the kinds the phrase lists compile to, and a few more of the subset.
const PHRASES = ['share on facebook', 'share this:', '{n} comments', 'click to share on {*}', 'read more...', 'next »', 'teilen mit:', 'j’aime ça :', '(opens in new window)', 'a+b [c] {d} | e\\f', '😀 like'];
const SOURCES = [
  `^(?:${PHRASES.map(phraseSource).join('|')})$`,
  `^(?:${PHRASES.slice(0, 4).map(phraseSource).join('|')})$`,
  '^\\d[\\d.,]*[km]?\\s?(?:comments?|replies)[.!]?$',
  'a\\s?b|ab\\s?c|x',
  '(?:ab|a)(?:bc|c)?',
  '[^\\n]{1,3}?x',
  '[a-c\\-]+?b',
  '.+!',
  'a{2,}|b{0,2}c*',
  '[\\s|/•·,;–—-]*',
];
const ALPHABET = ['a', 'b', 'c', 'x', ' ', '\n', '\t', '\u00a0', '1', '2', '.', ',', 'k', '!', ':', '…', '😀', '\ud800', '-', '|', 'é', ...'share on facebook comments'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((cs) => cs.join(''));
const phraseLike = fc.constantFrom(...PHRASES, 'share on  facebook', 'shareon facebook!', '12 comments.', '1.5k comments', 'click to share on x', 'read more…', 'teilen mit', 'teilen mit :');

describe('smallRegex', () => {
  // A new matcher each run tests this matcher (its first uses); one for all the runs, its hand-over to a RegExp too.
  test.each(SOURCES.flatMap((s) => ['u', 'uy', ''].flatMap((f) => [[s, f, 'new each run'], [s, f, 'one for all runs']] as const)))('matches as RegExp does: %s /%s, %s', (source, flags, made) => {
    const shared = smallRegex(source, flags);
    expect(shared).not.toBeInstanceOf(RegExp);
    fc.assert(
      fc.property(fc.oneof(text, phraseLike), fc.nat(30), (s, start) => {
        const mine = made === 'new each run' ? smallRegex(source, flags) : shared;
        const real = new RegExp(source, flags);
        real.lastIndex = start;
        mine.lastIndex = start;
        const expected = real.exec(s);
        const got = mine.exec(s);
        expect(got === null ? null : [got[0], got.index]).toEqual(expected === null ? null : [expected[0], expected.index]);
        expect(mine.lastIndex).toBe(real.lastIndex);
      }),
      { numRuns: 300 },
    );
  });

  test('leaves what it does not know to RegExp, errors included', () => {
    for (const source of ['(a)b', 'a\\bc', '\\p{L}+', 'a(?=b)', 'x|^b', '(?:a)\\1']) {
      for (const text of ['ab', 'a c', 'xb', 'éa', 'aab']) expect(smallRegex(source, '').exec(text)?.[0]).toBe(new RegExp(source, '').exec(text)?.[0]);
    }
    expect(smallRegex('a', 'gi')).toBeInstanceOf(RegExp);
    expect(() => smallRegex('a)', 'u')).toThrow(SyntaxError);
    // Inside an alternative, an error shows when a text reaches it.
    expect(() => smallRegex('x|a\\-b', 'u').test('a-b')).toThrow(SyntaxError);
    expect(() => smallRegex('[\\d-x]', 'u').test('1')).toThrow(SyntaxError);
  });

  test('an astral character is one character in u mode', () => {
    expect(smallRegex('^[^\\n]{1}$', 'u').test('😀')).toBe(true);
    expect(smallRegex('^[^\\n]{1}$', '').test('😀')).toBe(false);
  });
});
