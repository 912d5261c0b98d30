/**
 * rinse reads its own text output back as the same blocks. These are the
 * cases where it did not: Markdown stripping that exposed more Markdown, code
 * that the text output printed bare, fences, and lines joined into new
 * Markdown. Each is cleaned with no rules (every block kept), so the parser
 * and the text renderer are tested alone; then cleaning the output again must
 * change nothing. (tests/robustness/properties.test.ts does this at random.)
 */
import { clean } from '../../src/clean.js';
import { parseText } from '../../src/parse/text.js';

const noRules = (text: string): ReturnType<typeof clean> => clean(text, { inputFormat: 'text', rules: [] });
const SOURCE_LINK = '[Source](https://example.org/source)';

test.each([
  ['bold around a heading marker', '**# Title over nothing**', 'Title over nothing'],
  ['a link whose text starts with a heading marker', '[# The story](https://example.org/story)', 'The story'],
  ['a heading whose text starts with another marker', '# # Title', 'Title'],
  ['bold around a quote marker', '**> a quoted line**', 'a quoted line'],
  ['bold around a rule', 'Text before.\n\n**---**\n\nText after.', 'Text before.\n\nText after.'],
  ['bold around a table separator', 'Text before.\n\n**:---|---**\n\nText after.', 'Text before.\n\nText after.'],
  ["w3m's third-level bullet", '☆ a nested menu item', '- a nested menu item'],
  ['a bullet alone on its line, its item on the next (w3m, for an item holding a block)', '  •\n    Weather radar\n\nThe forecast for Sunday.', '- Weather radar\n\nThe forecast for Sunday.'],
  ['an escaped bullet: read as the list item the output will be read as', '\\- not quite a bullet', '- not quite a bullet'],
  ['nested emphasis stripped to the end', '***__both__***', 'both'],
  ['an escaped asterisk pair', 'a \\*\\*b\\*\\* c', 'a b c'],
  ['inline code in three backticks, not a fence', '```x``` and then the rest of the line.\n\nNext paragraph.', 'x and then the rest of the line.\n\nNext paragraph.'],
  ['code, printed between fences', 'Intro.\n\n```\n# not a heading\n- not a list\n```', 'Intro.\n\n```\n# not a heading\n- not a list\n```'],
  ['code holding a fence, printed between longer fences', '````\nhow to write code:\n```\nx = 1\n```\n````', '````\nhow to write code:\n```\nx = 1\n```\n````'],
  ['an unclosed fence: the rest of the dump is code', 'Intro.\n\n~~~\n> still code\n\nand this', 'Intro.\n\n```\n> still code\n\nand this\n```'],
  ['an empty code block at the end: no empty block', 'Intro.\n```\n', 'Intro.'],
  ['a table as html2text writes it: no outer pipes, a separator under the header', 'Intro.\n\n**Pos.** | **Name** | Points\n---|---|---\n1 | Ann | 40\n2 | Bo | 30\n\nAfter.', 'Intro.\n\nPos.\tName\tPoints\n1\tAnn\t40\n2\tBo\t30\n\nAfter.'],
  ['a table with outer pipes', '| a | b |\n|---|---|\n| 1 | 2 |', 'a\tb\n1\t2'],
  ["a table as a browser's innerText prints it: tabs between cells", 'Name\tAge\nAnn\t40', 'Name\tAge\nAnn\t40'],
  ['a table as w3m lays it out: columns lined up, a blank line between rows', 'Pos.  Driver          Points\n\n1     Ann Lee            5040\n\n2     Bo Chan             935', 'Pos.\tDriver\tPoints\n1\tAnn Lee\t5040\n2\tBo Chan\t935'],
  ['prose with two spaces after its full stops is not a table', 'The ferry left at six.  It was late.\n\nThe crossing took an hour.  Nobody minded.\n\nWe ate on deck.  The sea was calm.', 'The ferry left at six. It was late.\n\nThe crossing took an hour. Nobody minded.\n\nWe ate on deck. The sea was calm.'],
  ['a pipe in prose, with no separator under it, is prose', 'This | that is a paragraph.', 'This | that is a paragraph.'],
  [
    'hard-wrapped lines that form bold only once joined',
    'The converter wrapped this paragraph at a fixed column, and the **bold part\nruns on to the next line** before the sentence ends at last.',
    'The converter wrapped this paragraph at a fixed column, and the bold part runs on to the next line before the sentence ends at last.',
  ],
])('%s', (_name, markdown, expected) => {
  // Each is read as a line of a Markdown dump: one with a link in it (see showsMarkdown).
  const dump = `${SOURCE_LINK}\n\n${markdown}`;
  const once = noRules(dump).text;
  expect(once).toBe(`Source\n\n${expected}`);
  expect(noRules(once).text).toBe(once);
  expect(parseText(once).blocks.map((b) => b.text)).toEqual(noRules(dump).blocks.map((b) => b.text));
});

test.each([
  ['nested emphasis', '***__both__***'],
  ['a censored word', 'The singer F*** said so.'],
  ['stars around an aside', 'And then *sighs* we left.'],
  ['code in backticks', '```x``` and then the rest of the line.'],
])('in a dump that shows no Markdown, marks are the text’s own: %s', (_name, line) => {
  const once = noRules(line).text;
  expect(once).toBe(line);
  expect(noRules(once).text).toBe(once);
});

test('table rows from a dump are read as one block each, of one table', () => {
  const blocks = parseText('Intro.\n\nPos. | Name\n---|---\n1 | Ann\n\nAfter.').blocks;
  expect(blocks.map((b) => [b.kind, b.text, b.table?.id, b.table?.row])).toEqual([
    ['paragraph', 'Intro.', undefined, undefined],
    ['table-cell', 'Pos. | Name', 0, 0],
    ['table-cell', '1 | Ann', 0, 1],
    ['paragraph', 'After.', undefined, undefined],
  ]);
});

test.each([
  ['a row a line, tabs between the cells', '<table><tr><th>Pos</th><th>Name</th></tr><tr><td>1</td><td>Ann</td></tr></table><p>After.</p>', 'Pos\tName\n1\tAnn\n\nAfter.'],
  ['two tables: a blank line between them', '<table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>', 'a\n\nb'],
])('HTML tables in the text output: %s', (_name, html, expected) => {
  const once = clean(html, { inputFormat: 'html', rules: [] }).text;
  expect(once).toBe(expected);
  expect(noRules(once).text).toBe(once);
});

test('HTML tables in the text output: a cell of several lines (a layout table) prints its row as blocks, a line each', () => {
  // Lines of a page's block print as a dump's lines do, a blank line apart, so that they read back the same.
  const once = clean('<table><tr><td>line one<br>line two</td><td>x</td></tr></table>', { inputFormat: 'html', rules: [] }).text;
  expect(once).toBe('line one\n\nline two\n\nx');
  expect(noRules(once).text).toBe(once);
});

test('numbered items and bullets keep their kind when read again', () => {
  const once = noRules('1. First step of the recipe\n* Second thing\n+ Third thing');
  expect(once.text).toBe('1. First step of the recipe\n\n- Second thing\n\n- Third thing');
  expect(parseText(once.text).blocks.map((b) => [b.kind, b.text])).toEqual(once.blocks.map((b) => [b.kind, b.text]));
});

test('the output is cleaned again as a second run would read it: a heading printed as a plain line is judged as one', () => {
  // The dump's "## Newsletter" heading is kept by promo; the text output prints it as the line
  // "Newsletter", a promo label when read alone, which a second run would remove. rinse removes it
  // at once, so that its output is a fixed point.
  const dump = 'The choir sang in the harbour church on Sunday, and the hall was full.\n\n## Newsletter\n\nThe choir prints a paper newsletter every month, typed at first on a borrowed machine.';
  const once = clean(dump, { inputFormat: 'text' });
  expect(once.removed.map((r) => `${r.rule}: ${r.text}`)).toEqual(['promo: Newsletter']);
  expect(clean(once.text, { inputFormat: 'text' }).text).toBe(once.text);
});

test('rules run until they remove nothing more: a share row that only forms once the byline between its buttons is gone', () => {
  // Once, the byline went and "X" and "Facebook" stayed apart; their output, cleaned again, lost both.
  const once = clean('X\nBy Jane Doe\nFacebook\n', { inputFormat: 'text' });
  expect(once.removed.map((r) => `${r.rule}: ${r.text}`)).toEqual(['share-widgets: X', 'bylines-and-meta: By Jane Doe', 'share-widgets: Facebook']);
  expect(once.text).toBe('');
});

/*
 * A page's text output is read back as a second run reads a dump and cleaned as one, before rinse answers
 * (clean.ts): so cleaning it again changes nothing. Each case: the page, what the text output is, what the
 * reading removed, and the second run's output, which must be the same.
 */
const FERRY = 'The ferry to the outer island now leaves from the new pier at the end of the harbour road, a ten-minute walk from the station.';
const CROSSING = 'Crossings take forty minutes in good weather, and the captain says the boat will run twice a day until the end of September.';
test.each([
  ['lines of a <br> block print a blank line apart, as a dump’s lines do', '<p>Harbour Road 4<br>Pier Town</p>', 'Harbour Road 4\n\nPier Town', []],
  ['a paragraph typed with a bullet prints as the list item a dump reads it as', '<p>* A bullet the page typed</p>', '- A bullet the page typed', []],
  ['a share row after a <br> in the last paragraph goes, the paragraph stays', `<article><p>${FERRY}</p><p>${CROSSING}<br>Share<br>Facebook</p></article>`, `${FERRY}\n\n${CROSSING}`, ['share-widgets: Share\nFacebook']],
  ['a byline after a <br> goes the same way', `<article><p>${FERRY}</p><p>${CROSSING}<br>By Jane Doe<br>March 3, 2024</p></article>`, `${FERRY}\n\n${CROSSING}`, ['bylines-and-meta: By Jane Doe\nMarch 3, 2024']],
])('a page’s text output is a fixed point: %s', (_name, html, text, removed) => {
  const once = clean(html, { inputFormat: 'html' });
  expect(once.text).toBe(text);
  expect(once.removed.map((r) => `${r.rule}: ${r.text}`)).toEqual(removed);
  expect(clean(once.text, { inputFormat: 'text' }).text).toBe(once.text);
});

test('a page’s blocks read back whole keep their kind in the JSON result: a heading stays a heading', () => {
  const once = clean(`<article><h2>Evening crossing</h2><p>${FERRY}</p><ul><li>Pier Town</li></ul></article>`, { inputFormat: 'html' });
  expect(once.blocks).toEqual([
    { kind: 'heading', level: 2, text: 'Evening crossing' },
    { kind: 'paragraph', text: FERRY },
    { kind: 'list-item', text: 'Pier Town' },
  ]);
});

test('a page’s text keeps what reads as inline Markdown as the page has it, and so does a second run', () => {
  // No link and no `#` heading: neither reading takes `__init__` or `*stars*` for Markdown.
  const once = clean('<p>The __init__ method and *stars* stay as printed.</p>', { inputFormat: 'html' });
  expect(once.text).toBe('The __init__ method and *stars* stay as printed.');
  expect(clean(once.text, { inputFormat: 'text' }).text).toBe(once.text);
});

test.each([
  ['no link and no heading: marks are the text’s own', 'See __init__ and *this* at https://example.org/a_b', ['See __init__ and *this* at https://example.org/a_b']],
  ['a Markdown link elsewhere in the dump: marks are Markdown', 'See __init__ and *this*\n\n[More](https://example.org/)', ['See init and this', 'More']],
  ['a # heading elsewhere in the dump: marks are Markdown', '# Notes\n\nSee __init__ and *this*', ['Notes', 'See init and this']],
  ['a # inside a line is no heading', 'Issue #12: see __init__', ['Issue #12: see __init__']],
])('inline Markdown is read only in a dump that shows Markdown: %s', (_name, dump, texts) => {
  expect(parseText(dump).blocks.map((b) => b.text)).toEqual(texts);
});

test('a bare address counts as a link whether or not the dump shows Markdown', () => {
  const line = 'Timetables at https://example.org/ferries';
  expect(parseText(line).blocks[0]!.linkChars).toBe('https://example.org/ferries'.length);
  expect(parseText(`${line}\n\n[x](https://example.org/)`).blocks[0]!.linkChars).toBe('https://example.org/ferries'.length);
});

test('in a page’s text read back, what another rule removes is no sign for article-region: the page’s rules judged where the article ends', () => {
  // The same text as a dump, with a share row in it, loses its teasers to article-region; the page's rules kept
  // them as the article's, and a second run of its output, with no share row left, keeps them too.
  const teasers = ['Causeway Closed Again', 'Mara Lindqvist', 'Record tides, flooded car parks, stranded delivery vans: harbour traders count costs after Tuesday storm.'];
  const html = `<article><p>${FERRY}</p><p>${CROSSING}<br>Share<br>Facebook</p>${teasers.map((t) => `<p>${t}</p>`).join('')}</article>`;
  const once = clean(html, { inputFormat: 'html' });
  expect(once.text).toBe([FERRY, CROSSING, ...teasers].join('\n\n'));
  expect(clean(once.text, { inputFormat: 'text' }).text).toBe(once.text);
  expect(clean(`${once.text}\n\nShare`, { inputFormat: 'text' }).removed.map((r) => r.rule)).toContain('article-region');
});

test('lines that end a Japanese or Chinese sentence (。！？) are not joined as hard-wrapped prose', () => {
  const a = '使わない時はタスクバーに格納しておき、いつでも呼び出せるようにしていました。ところが別のアプリを入れると、同じ操作で別の画面が開きます。';
  const b = 'しかも設定画面からでは、このショートカットキーの設定を変更することができません。困ったものです。';
  expect(noRules(`${a}\n${b}`).blocks.map((x) => x.text)).toEqual([a, b]);
});

test('the Markdown output loses the same lines as the text when a page’s text is read back, and keeps its links', () => {
  const html = `<article><p>${FERRY}</p><p>${CROSSING.replace('captain', '<a href="/captain">captain</a>')}<br>Share<br><a href="/f">Facebook</a></p></article>`;
  const once = clean(html, { inputFormat: 'html', markdown: true });
  expect(once.markdown).toBe(`${FERRY}\n\n${CROSSING.replace('captain', '[captain](/captain)')}`);
});
