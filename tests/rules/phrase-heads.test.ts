import { expectAgreesWithWholeRegex } from '../support/phrase-sets.js';
import { literalHead, phraseSet } from '../../src/rules/lib/phrases.js';

/**
 * Phrases grouped by their first letter and gated by their heads (the letters after the first): groups whose
 * shortest head is three characters, two, and one (not gated), beside phrases whose head a space, a wildcard or
 * an optional ending cuts short. Texts are made of pieces that share those heads and miss them by a letter.
 */
const PHRASES = [
  'share on {*}', 'shared', 'shar', 'sign up', 'sign-in:', 'sub…', 'subscribe...',
  'follow us', 'fo {n}', 'focus.',
  'm', 'more', 'mo re',
  'über uns', 'übe', '😀 like', '{n} comments', 'etc.',
];
const set = phraseSet(PHRASES);

const PIECES = ['s', 'sh', 'sha', 'share', 'shar', 'shard', 'd', 'si', 'sig', 'sign', '-in', 'up', 'sub', 'subscribe', 'su', 'f', 'fo', 'fol',
  'follow', 'us', 'focus', 'foc', 'm', 'mo', 'more', 're', 'über', 'üb', 'übe', 'uns', '😀', '😁', 'like', '3', 'comments', 'etc', 'on', 'x',
  ' ', ' ', '\t', '.', '...', '…', ':', '!'];

test('a phrase set gated by its phrases\' heads says what its whole regex says', () => {
  expectAgreesWithWholeRegex(set, PIECES, 8, 30000);
});

test.each([
  ['Share on {*}', 'share'],
  ['Sign-in:', 'sign-in'],
  ['Follow us:', 'follow'],
  ['More…', 'more'],
  ['etc.', 'etc'],
  ['{n} comments', ''],
  ['Über uns', 'über'],
  ['😀 like', '😀'],
])('literalHead(%j) is %j', (phrase, head) => expect(literalHead(phrase)).toBe(head));

test.each([
  ['shared', true],
  ['shard', false],
  ['share on x', true],
  ['shar.', true],
  ['signup', true],
  ['sign-in', true],
  ['sub', true],
  ['subscribe…', true],
  ['fo 3', true],
  ['focus', false],
  ['focus.', true],
  ['fol', false],
  ['m', true],
  ['more', true],
  ['mo re', true],
  ['übe', true],
  ['über uns', true],
  ['😀like', true],
  ['😁 like', false],
])('%j', (norm, expected) => expect(set.test(norm)).toBe(expected));
