import { LiteralTrie } from '../../src/rules/lib/literal-trie.js';

/** Phrases that share beginnings, differ by a space, end on a space, or are empty; ranks are their places. */
const trie = new LiteralTrie(['share this', 'share', 'sharethis', 'a b', 'read more ', 'über uns', '😀 like', 'share']);
const empty = new LiteralTrie(['', 'x']);
const spacedFirst = new LiteralTrie([' :']);
const tries = { phrases: trie, 'empty and x': empty, '" :"': spacedFirst };

describe('matchesWhole: the whole text is one of the phrases, a phrase\'s space one white-space character or none', () => {
  test.each<[keyof typeof tries, string, boolean]>([
    ['phrases', 'share this', true],
    ['phrases', 'sharethis', true],
    ['phrases', 'share', true],
    ['phrases', 'share\tthis', true],
    ['phrases', 'share\u00a0this', true],
    ['phrases', 'share  this', false],
    ['phrases', 'share th', false],
    ['phrases', 'shares', false],
    ['phrases', 'a b', true],
    ['phrases', 'ab', true],
    ['phrases', 'a\nb', true],
    // A phrase's last space may be there or not.
    ['phrases', 'read more', true],
    ['phrases', 'read more ', true],
    ['phrases', 'readmore', true],
    ['phrases', 'read more  ', false],
    ['phrases', 'über uns', true],
    ['phrases', 'uber uns', false],
    ['phrases', '😀like', true],
    ['phrases', '😁 like', false],
    ['phrases', '', false],
    ['empty and x', '', true],
    ['empty and x', 'x', true],
    ['empty and x', ' x', false],
    // A phrase's first space: a text may start with white space or not.
    ['" :"', ':', true],
    ['" :"', ' :', true],
    ['" :"', '', false],
    ['" :"', '\t:', true],
  ])('%s: %j', (name, text, expected) => {
    expect(tries[name].matchesWhole(text)).toBe(expected);
  });
});

describe('lowestRankAt: where the phrase of the lowest rank that the text holds at a place ends, or -1', () => {
  test.each<[string, number, number]>([
    // "share this" (rank 0) before "share" (rank 1), though both are there.
    ['share this now', 0, 10],
    ['share thistle', 0, 10],
    ['sharethis', 0, 9],
    ['share that', 0, 5],
    ['xx share', 3, 8],
    ['xx share', 0, -1],
    ['ab', 0, 2],
    ['a b c', 0, 3],
    ['read more…', 0, 9],
    ['read more …', 0, 10],
    ['', 0, -1],
  ])('%j at %i', (text, at, end) => {
    expect(trie.lowestRankAt(text, at)).toBe(end);
  });

  test('an empty phrase is found anywhere, ending where it starts', () => {
    expect(empty.lowestRankAt('yz', 1)).toBe(1);
    expect(empty.lowestRankAt('x', 0)).toBe(0);
  });
});
