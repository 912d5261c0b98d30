import { expectAgreesWithWholeRegex } from '../support/phrase-sets.js';
import { phraseSet } from '../../src/rules/lib/phrases.js';

/**
 * Phrases without wildcards, ending every way phraseSource treats an ending: a word (an optional "." or "!" may
 * follow), an ellipsis of either kind (optional), a colon with or without a space before it (optional), a full
 * stop, a question mark, a bracket (all required); with wildcard phrases in the same set.
 */
const PHRASES = ['read more', 'read more...', 'more…', 'follow us:', 'share this :', 'sign up!', 'etc.', 'why?', 'share (3)', 'leave a reply', 'a', '', '{n} comments', 'share on {*}'];
const set = phraseSet(PHRASES);
/** The set as one regex, which the table's cases check too. */
const whole = new RegExp(set.source, 'u');

const PIECES = ['read', 'more', 'follow', 'us', 'share', 'this', 'sign', 'up', 'etc', 'why', 'leave', 'a', 'reply', '(3)', '3', 'comments', 'on',
  ' ', ' ', '\t', '\u00a0', '.', '..', '...', '…', '!', '?', ':', ' :', ',', 'é'];

test('a phrase set with literal phrases says what its whole regex says', () => {
  expectAgreesWithWholeRegex(set, PIECES, 10, 30000);
});

test.each([
  ['read more', true],
  ['readmore', true],
  ['read more.', true],
  ['read more!', true],
  ['read more...', true],
  ['read more…', true],
  ['read more..', false],
  ['read more?', false],
  ['more', true],
  ['mor', false],
  ['follow us', true],
  ['follow us :', true],
  ['share this', true],
  ['sign up', false],
  ['sign up!', true],
  ['etc', false],
  ['etc.', true],
  ['why?', true],
  ['share (3)', true],
  ['share (3).', false],
  ['', true],
  ['12 comments', true],
  ['share on x', true],
  ['read  more', false],
  // A phrase's space matches any one white-space character, or none.
  ['read\tmore', true],
  ['read\u00a0more.', true],
  ['follow\u3000us :', true],
  ['sign up !', false],
])('%j', (norm, expected) => {
  expect(set.test(norm)).toBe(expected);
  expect(whole.test(norm)).toBe(expected);
});
