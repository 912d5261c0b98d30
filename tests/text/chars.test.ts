import { codeAt } from '../../src/text/chars.js';
import { forEachLetterRun, forEachTokenSpan, trimmedLength, wordCount } from '../../src/text/normalize.js';

// One text in each of the representations a loop meets: flat, sliced out of a longer one, joined from two;
// one byte a character and two. The functions must read them all alike.
const ONE_BYTE = 'Filed under news, café and more  ';
const TWO_BYTE = 'Filed under news — “café” and 😀 more  ';
const representations = (text: string): Array<[string, string]> => [
  ['flat', text],
  ['sliced', `${'x'.repeat(40)}${text}${'y'.repeat(40)}`.slice(40, 40 + text.length)],
  ['joined', text.slice(0, 7) + text.slice(7)],
];

describe.each([
  ['one byte a character', ONE_BYTE],
  ['two bytes a character', TWO_BYTE],
])('text of %s', (_, text) => {
  test.each(representations(text))('codeAt reads a %s string as charCodeAt does', (__, s) => {
    expect(s).toBe(text);
    for (let i = 0; i < s.length; i++) expect(codeAt(s, i)).toEqual(s.charCodeAt(i));
  });

  test('the character loops give the same answer for every representation', () => {
    const answers = representations(text).map(([, s]) => {
      const runs: number[] = [];
      const tokens: number[] = [];
      forEachLetterRun(s, (start, end) => runs.push(start, end));
      forEachTokenSpan(s, (start, end) => tokens.push(start, end));
      return { words: wordCount(s), trimmed: trimmedLength(s), runs, tokens };
    });
    expect(answers[0]!.words).toBe(6); // Filed, under, news, café, and, more: no dash or emoji
    expect(answers[0]!.trimmed).toBe(text.trim().length);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });
});
