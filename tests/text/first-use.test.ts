/** Regexes made on first use: not at module load, once, and the same one every time after. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compiledToMachineCode, onFirstUse } from '../../src/text/first-use.js';

describe('onFirstUse', () => {
  test('makes nothing until asked, then one regex, handed back every time', () => {
    let made = 0;
    const WORD = onFirstUse(() => {
      made++;
      return /\p{L}+/gu;
    });
    expect(made).toBe(0);
    const first = WORD();
    expect(made).toBe(1);
    expect(WORD()).toBe(first);
    expect(WORD()).toBe(first);
    expect(made).toBe(1);
  });

  test.each([
    ['a test', (re: RegExp) => re.test('café au lait'), true],
    ['a global replace (lastIndex is the one regex’s, as with a constant)', (re: RegExp) => 'née à Paris'.replace(re, 'w'), 'w w w'],
    ['a match', (re: RegExp) => 'Ünïcödé words'.match(re), ['Ünïcödé', 'words']],
  ])('behaves as the regex itself: %s', (_, use, expected) => {
    const WORD = onFirstUse(() => /\p{L}+/gu);
    expect(use(WORD())).toEqual(expected);
    expect(use(WORD())).toEqual(expected);
  });
});

describe('compiledToMachineCode', () => {
  // Its one search runs on a long text of NUL characters: some patterns find something there, and a global or
  // sticky regex would then start its next search past it.
  test.each([
    ['a global pattern that matches the NULs', /[^a]+/g, 'xa yz', ['x', ' yz']],
    ['a sticky pattern that matches the NULs', /[^ ]+ ?/y, 'ab cd', ['ab ', 'cd']],
    ['a global pattern that does not', /\p{Lu}\p{Ll}+/gu, 'Anna and Émile', ['Anna', 'Émile']],
    ['an anchored one', /^(?:see also|read more):/iu, 'Read more: the rest', ['Read more:']],
  ])('hands back the same regex, which then finds what a fresh one does: %s', (_, re, text, expected) => {
    const fresh = new RegExp(re.source, re.flags);
    expect(compiledToMachineCode(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
    const all = (r: RegExp): string[] => {
      const found: string[] = [];
      for (let m = r.exec(text); m; m = r.global || r.sticky ? r.exec(text) : null) found.push(m[0]);
      return found;
    };
    expect(all(re)).toEqual(expected);
    expect(all(re)).toEqual(all(fresh));
  });

  test('a regex made on first use is one of these: nothing of its search is left in lastIndex', () => {
    const WORDS = onFirstUse(() => /[^,]+/g);
    expect(WORDS().lastIndex).toBe(0);
    expect('a,b'.match(WORDS())).toEqual(['a', 'b']);
  });
});

/** The source files under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

test('no module of src/ makes a regex with a Unicode property class as it loads: each such pattern is made on first use', () => {
  // A module-level constant whose value is a regex literal with \p{…} or \P{…}: V8 builds the class when the regex
  // is created, 0.1–0.5 ms each, at every start-up, used or not (five of them took the CLI's start-up over its target).
  const atLoad = /^(?:export )?const \w+ = \/.*\\[pP]\{/;
  const found = sourceFiles(join(process.cwd(), 'src')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, k) => (atLoad.test(line) ? [`${relative(process.cwd(), file)}:${k + 1}`] : [])),
  );
  expect(found).toEqual([]);
});
