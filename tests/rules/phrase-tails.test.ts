import { expectAgreesWithWholeRegex } from '../support/phrase-sets.js';
import { literalTail, phraseSet } from '../../src/rules/lib/phrases.js';

/** Wildcard-first phrases (tested against their literal tails first), with others around them in the same set. */
const PHRASES = ['{*} said...', '{*} dijo...', '{*} on {*} said:', '{*} says:', '{*} ha detto:', '{*} (opens in new window)', '{n} comments', 'share on {*}', 'read more', '{*} comments {n}'];
const set = phraseSet(PHRASES);

const PIECES = ['anna', ' ', 'said', 'said...', '...', '.', ':', 'says:', 'on', 'monday', 'dijo', 'ha detto:', '(opens in new window)', '12', 'comments', 'share on', 'read more', '!', '\n', 'é'];

test('a phrase set with literal tails says what its whole regex says', () => {
  expectAgreesWithWholeRegex(set, PIECES, 12, 20000);
});

test.each([
  ['{*} said...', 'said...'],
  ['{*} on {*} said:', 'said:'],
  ['{*} (opens in new window)', 'window)'],
  ['{*} says:', 'says:'],
])('literalTail(%j)', (phrase, tail) => expect(literalTail(phrase)).toBe(tail));

test.each([
  ['anna said...', true],
  ['anna on monday said:', true],
  ['anna said.', false],
  ['it was what anna said', false],
  ['x (opens in new window)', true],
  ['', false],
])('%j', (norm, expected) => expect(set.test(norm)).toBe(expected));
