import fc from 'fast-check';
import { shingles, SHINGLE_WORDS } from '../../src/rules/lib/shingles.js';

const keysOf = (norm: string): string[] => {
  const s = shingles(norm);
  return s.high.map((h, k) => `${h}:${s.low[k]}`);
};

test.each([
  ['', 0, 0],
  ['one two three', 3, 0],
  ['one two three four', 4, 1],
  ['share this post on x and facebook', 7, 4],
  // Words are runs of letters and digits: punctuation and spacing between them do not count.
  ['one, two - three... four!', 4, 1],
  ['日本語 の テキスト です', 4, 1],
])('shingles(%j): %i tokens, %i shingles', (norm, tokens, count) => {
  const s = shingles(norm);
  expect(s.tokens).toBe(tokens);
  expect(s.high).toHaveLength(count);
  expect(s.low).toHaveLength(count);
  expect(s.high.every((h) => Number.isInteger(h) && h >= 0 && h < 2 ** 21)).toBe(true);
  expect(s.low.every((l) => Number.isInteger(l) && l >= -(2 ** 31) && l < 2 ** 31)).toBe(true);
});

test('a run of four words has the same key wherever it stands, whatever separates its words', () => {
  const [a] = keysOf('the cat sat down');
  expect(keysOf('and then the cat sat down')[2]).toBe(a);
  expect(keysOf('the cat, sat down.')[0]).toBe(a);
});

test('the key is of the words in order: a word changed, swapped or cut changes it', () => {
  const [a] = keysOf('the cat sat down');
  for (const other of ['the cat sat dawn', 'cat the sat down', 'the cats sat down', 'the ca tsat down', 'he cat sat down']) {
    expect(keysOf(other)[0]).not.toBe(a);
  }
});

test('two texts share a key exactly where they share a run of four words', () => {
  // A small vocabulary, so that runs repeat by chance, and words that differ by one character.
  const word = fc.constantFrom('a', 'b', 'ab', 'ba', 'aa', 'abc', 'acb', 'b1', '1b');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (x, y) => {
      const runs = (words: string[]): string[] => words.slice(0, Math.max(0, words.length - SHINGLE_WORDS + 1)).map((_, i) => words.slice(i, i + SHINGLE_WORDS).join(' '));
      const kx = keysOf(x.join(' '));
      const ky = keysOf(y.join(' '));
      const rx = runs(x);
      const ry = runs(y);
      for (let i = 0; i < rx.length; i++) for (let j = 0; j < ry.length; j++) if ((rx[i] === ry[j]) !== (kx[i] === ky[j])) return false;
      return true;
    }),
    { numRuns: 300 },
  );
});

test('a text of more words than the scratch arrays keep has the keys each of its runs has alone, and so has the next text', () => {
  const long = Array.from({ length: 70_000 }, (_, i) => `w${i % 997}`).join(' ');
  const keys = keysOf(long);
  expect(keys).toHaveLength(70_000 - SHINGLE_WORDS + 1);
  expect(keys[0]).toBe(keysOf('w0 w1 w2 w3')[0]);
  expect(keys[keys.length - 1]).toBe(keysOf(long.split(' ').slice(-4).join(' '))[0]);
  expect(new Set(keys).size).toBe(997);
  expect(keysOf('the cat sat down')).toEqual(keysOf('the cat sat down'));
});
