import { parseHtml } from '../../src/parse/html.js';
import { clean } from '../../src/clean.js';

// A run that prints text or JSON parses pages without each block's Markdown: the blocks must be the
// same in every other way, or the text output would depend on the output format.
const PAGES: Array<[string, string]> = [
  ['links and emphasis', '<p>Read <a href="/a">the <b>first</b> part</a> and <em>then</em> the `second`.</p>'],
  ['escapes and an image between words', '<p>snake_case *stars* [brackets]<img src="x.png">after</p>'],
  ['a code span and a pre block', '<p>Call <code>f(*args)</code> now.</p><pre>  x = [1, 2]\n  y = *x</pre>'],
  ['a link cut by a block', '<a href="/x"><div>inside</div> tail</a><p>next</p>'],
  ['lists and tables', '<ol start="3"><li>three</li><li><p>four</p></li></ol><table><tr><td>a</td><td>b|c</td></tr></table>'],
  ['line breaks', '<p>one<br>two<br><a href="/3">three</a></p>'],
];

const withoutMarkdown = <T extends { markdown?: string }>(block: T): Omit<T, 'markdown'> => {
  const { markdown: _, ...rest } = block;
  return rest;
};

describe('parseHtml without Markdown', () => {
  test.each(PAGES)('%s: the same blocks, less their Markdown', (_, html) => {
    const full = parseHtml(html);
    const plain = parseHtml(html, { markdown: false });
    expect(plain.blocks.some((b) => b.markdown !== undefined)).toBe(false);
    expect(plain.blocks).toEqual(full.blocks.map(withoutMarkdown));
    expect([...(plain.elementBlocks?.values() ?? [])]).toEqual([...(full.elementBlocks?.values() ?? [])]);
  });

  test('the default keeps it (library callers of parse)', () => {
    expect(parseHtml(PAGES[0]![1]).blocks[0]!.markdown).toBe('Read [the **first** part](/a) and *then* the \\`second\\`.');
  });

  test.each(PAGES)('%s: clean() gives the same text and blocks with or without the Markdown output', (_, html) => {
    const page = `<html><body><article>${html}</article></body></html>`;
    const { markdown, ...withMd } = clean(page, { markdown: true });
    expect(markdown).toEqual(expect.any(String));
    expect(clean(page)).toEqual(withMd);
  });
});
