import { compileUserPattern, MAX_PATTERN_INPUT_CHARS, patternProblem } from '../../src/rules/user-pattern.js';

describe('compileUserPattern', () => {
  test.each([
    ['(a+)+$', /repeats a group/],
    ['(a*)*b', /repeats a group/],
    ['(?:a|aa)+b', /repeats a group/],
    ['((ab)+c)*', /repeats a group/],
    ['(a{1,5}){2,}', /repeats a group/],
    ['(x)\\1', /back-reference/],
    ['(?<w>x)\\k<w>', /back-reference/],
    ['a+b+c+d+', /4 repeating quantifiers/],
    ['x'.repeat(501), /longer than/],
  ])('refuses %s', (source, problem) => {
    const compiled = compileUserPattern(source);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.problem).toMatch(problem);
  });

  test.each([
    ['photos?(?: credit)?: .{1,80}', 'Photo credit: Jane Doe', 'A photo of the credit union'],
    ['(?:tags|labels): [^.]+', 'Tags: news, sport', 'Tags are useful: they group posts.'],
    ['(?:ab)?c+', 'abccc', 'abab'],
    ['[(+*]+x', '((+x', 'x'],
    ['(?=a)a{2}', 'aa', 'aaa'],
  ])('accepts %s, anchored to the whole text', (source, matching, other) => {
    const compiled = compileUserPattern(source);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    expect(compiled.test(matching)).toBe(true);
    expect(compiled.test(other)).toBe(false);
    expect(compiled.test(`prefix ${matching}`)).toBe(false);
  });

  test('ignores case unless asked not to', () => {
    const loose = compileUserPattern('sponsored');
    const strict = compileUserPattern('sponsored', { caseSensitive: true });
    expect(loose.ok && loose.test('SPONSORED')).toBe(true);
    expect(strict.ok && strict.test('SPONSORED')).toBe(false);
  });

  test('a syntax error is a problem, not a throw', () => {
    const compiled = compileUserPattern('([a-z]');
    expect(compiled).toEqual({ ok: false, problem: expect.stringMatching(/^is not a valid regular expression: /) });
  });

  test('never tests text past the input cap', () => {
    const compiled = compileUserPattern('a+');
    expect(compiled.ok && compiled.test('a'.repeat(MAX_PATTERN_INPUT_CHARS))).toBe(true);
    expect(compiled.ok && compiled.test('a'.repeat(MAX_PATTERN_INPUT_CHARS + 1))).toBe(false);
  });

  test('escaped brackets and quantifier characters in classes are not structure', () => {
    expect(patternProblem('\\(a+\\)+')).toBeUndefined();
    expect(patternProblem('[|]+')).toBeUndefined();
  });
});
