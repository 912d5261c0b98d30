import { parseText } from '../../src/parse/text.js';

const blocksOf = (dump: string): Array<[string, string, number | undefined]> =>
  parseText(dump).blocks.map((b) => [b.kind, b.text, b.list?.depth]);

// A list item's depth is its indentation over two, a tab counting four columns, any white space one.
test.each([
  ['- a', 0],
  [' - a', 0],
  ['  - a', 1],
  ['    * a', 2],
  ['\t- a', 2],
  [' \t- a', 2],
  ['\u3000\u3000- a', 1],
  ['\u00a0\u00a0\u00a0\u00a0+ a', 2],
  ['      1. a', 3],
])('list depth of %j is %d', (line, depth) => {
  expect(blocksOf(`Intro.\n\n${line}`)).toEqual([
    ['paragraph', 'Intro.', undefined],
    ['list-item', line.trimStart().startsWith('1.') ? '1. a' : 'a', depth],
  ]);
});

// A line of white space of any kind ends a paragraph, as an empty one does; \r\n and a lone \r end lines.
test.each([
  ['empty line', 'first line of a paragraph that runs on and on\n\nsecond one'],
  ['spaces and tabs', 'first line of a paragraph that runs on and on\n \t \nsecond one'],
  ['no-break and ideographic spaces', 'first line of a paragraph that runs on and on\n\u00a0\u3000\ufeff\nsecond one'],
  ['CRLF', 'first line of a paragraph that runs on and on\r\n\r\nsecond one'],
  ['lone CR', 'first line of a paragraph that runs on and on\r\rsecond one'],
])('a blank line (%s) is a paragraph break', (_name, dump) => {
  expect(blocksOf(dump)).toEqual([
    ['paragraph', 'first line of a paragraph that runs on and on', undefined],
    ['paragraph', 'second one', undefined],
  ]);
});

test('lines with no blank line between them are joined when wrapped mid-sentence', () => {
  expect(blocksOf('first line of a paragraph that runs on and on\nsecond one')).toEqual([['paragraph', 'first line of a paragraph that runs on and on second one', undefined]]);
});
