/** The oracle of the phrase-set property tests: a set's bucketed test against the set as one regex. */
import fc from 'fast-check';
import { MAX_LABEL_CHARS, type PhraseSet } from '../../src/rules/lib/phrases.js';
import { joinedFrom } from './arbitraries.js';

/** Texts joined from up to `maxPieces` of `pieces`: `set.test` says what its whole regex says (up to the label limit). */
export function expectAgreesWithWholeRegex(set: PhraseSet, pieces: readonly string[], maxPieces: number, numRuns: number): void {
  const whole = new RegExp(set.source, 'u');
  fc.assert(
    fc.property(joinedFrom(pieces, maxPieces), (norm) => {
      expect(set.test(norm)).toBe(norm.length <= MAX_LABEL_CHARS && whole.test(norm));
    }),
    { numRuns },
  );
}
