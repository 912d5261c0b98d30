import fc from 'fast-check';
import { joinedFrom } from '../support/arbitraries.js';
import { tidyMarkdown } from '../../src/parse/html.js';
import { collapseSpace } from '../../src/text/normalize.js';

/** tidyMarkdown as its patterns define it, every pattern run on every text; the function skips those that cannot match. */
function byPatterns(raw: string): string | undefined {
  const md = collapseSpace(
    collapseSpace(raw)
      .replace(/\[ ?\]\([^)\n]{0,2000}\)/g, '')
      .replace(/\[ /g, ' [')
      .replace(/ \]\(/g, ']( ')
      .replace(/\*\*( ?)\*\*/g, '$1'),
  ).replace(/\]\( /g, '](');
  const skeleton = md.replace(/\\./g, '').replace(/`[^`]*`/g, '').replace(/\[[^\]\n]{0,2000}\]\((?:<[^>\n]{0,2000}>|[^)\s]{0,2000})\)/g, '');
  const balanced = !/[[\]]/.test(skeleton) && (skeleton.match(/`/g)?.length ?? 0) % 2 === 0 && (skeleton.match(/\*/g)?.length ?? 0) % 2 === 0;
  return balanced ? md : undefined;
}

const PIECES = ['[', ']', '(', ')', '](', '[ ](', '[](', ' ', '  ', '\n', '\t', '*', '**', '`', '\\', '\\[', '<', '>', 'a', 'word', 'http://x.example/p?q=1', 'é'];

test('tidyMarkdown gives what its patterns give', () => {
  fc.assert(
    fc.property(joinedFrom(PIECES, 30), (raw) => {
      expect(tidyMarkdown(raw)).toBe(byPatterns(raw));
    }),
    { numRuns: 20000 },
  );
});

test.each([
  ['[ link ](http://a.example) and **bold**', '[link](http://a.example) and **bold**'],
  ['[](http://a.example)text', 'text'],
  ['a **** b ** ** c', 'a b c'],
  ['`code` and \\* star', '`code` and \\* star'],
  ['[cut off', undefined],
  ['one * star', undefined],
])('tidyMarkdown(%j)', (raw, expected) => {
  expect(tidyMarkdown(raw)).toBe(expected);
  expect(byPatterns(raw)).toBe(expected);
});
