/**
 * `sameForRules` lets a reading of rinse's own output skip the rules when it gives the blocks it was printed
 * from: it must tell apart any two documents a rule could tell apart, and only a block's line may differ.
 */
import { makeBlock, sameForRules, type Block, type BlockFields, type Document } from '../src/model.js';
import { parseText } from '../src/parse/text.js';
import { parseHtml } from '../src/parse/html.js';

const fields: BlockFields = { index: 0, kind: 'list-item', text: 'An item', linkChars: 2, level: 2, line: 3, markdown: '**An** item', list: { depth: 1, number: 4 }, table: { id: 0, row: 1, wholeRow: true } };
const doc = (block: Block, rest: Partial<Document> = {}): Document => ({ format: 'text', blocks: [makeBlock({ ...fields, index: 1 }), block], wholePage: false, ...rest });

/** A change to each field of a block: every field of `makeBlock` but `line` must be here, or this table is out of date. */
const changes: Record<Exclude<keyof Block, 'line'>, Partial<BlockFields>> = {
  index: { index: 2 },
  kind: { kind: 'paragraph' },
  text: { text: 'An item.' },
  linkChars: { linkChars: 3 },
  level: { level: 3 },
  element: { element: parseHtml('<p>x</p>').blocks[0]!.element },
  markdown: { markdown: undefined },
  list: { list: { depth: 1 } },
  table: { table: { id: 0, row: 1 } },
};

test('every field of a block but its line is in the table of changes', () => {
  expect(Object.keys(makeBlock(fields)).filter((k) => k !== 'line').sort()).toEqual(Object.keys(changes).sort());
});

test.each(Object.entries(changes))('a block whose %s differs is not the same for the rules', (_field, change) => {
  expect(sameForRules(doc(makeBlock(fields)), doc(makeBlock({ ...fields, ...change })))).toBe(false);
});

test.each([
  ['list depth', { list: { depth: 2, number: 4 } }],
  ['list (none in one)', { list: undefined }],
  ['table row', { table: { id: 0, row: 2, wholeRow: true } }],
  ['table id', { table: { id: 1, row: 1, wholeRow: true } }],
  ['table (none in one)', { table: undefined }],
])('a block whose %s differs is not the same for the rules', (_what, change) => {
  expect(sameForRules(doc(makeBlock(fields)), doc(makeBlock({ ...fields, ...change })))).toBe(false);
});

test.each([
  ['format', { format: 'html' }],
  ['title', { title: 'A title' }],
  ['whole page', { wholePage: true }],
  ['own page text', { ownPageText: true }],
  ['element blocks', { elementBlocks: new Map() }],
  ['selector look-up', { select: () => [] }],
] as const)('documents whose %s differs are not the same for the rules', (_what, rest) => {
  expect(sameForRules(doc(makeBlock(fields)), doc(makeBlock(fields), rest))).toBe(false);
});

test('a block on another line, or another block of the same fields, is the same for the rules', () => {
  expect(sameForRules(doc(makeBlock(fields)), doc(makeBlock({ ...fields, line: 9 })))).toBe(true);
  expect(sameForRules(doc(makeBlock(fields)), doc(makeBlock({ ...fields, list: { depth: 1, number: 4 } })))).toBe(true);
});

test('fewer blocks are not the same', () => {
  const two = doc(makeBlock(fields));
  expect(sameForRules(two, { ...two, blocks: two.blocks.slice(0, 1) })).toBe(false);
});

test.each([
  // A page block of two lines (a <br>) prints as two lines, which read back as two blocks, printed a blank line apart.
  ['lines one apart, then a blank line apart', true, 'First line of it\nSecond line of it', 'First line of it\n\nSecond line of it'],
  ['a bullet, then a dash', true, '* An item of a list\n* Another item', '- An item of a list\n- Another item'],
  ['a heading underlined, then a paragraph', false, 'A heading\n=========\n\nText under it.', 'A heading\n\nText under it.'],
  ['one word more', false, 'First line of it', 'First line of it too'],
])('two texts with %s: the same for the rules, %s', (_what, same, a, b) => {
  expect(sameForRules(parseText(a), parseText(b))).toBe(same);
});
