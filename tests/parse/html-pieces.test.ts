/** htmlparser2 reads a page's pieces as a stream: the blocks are those of the page parsed whole, wherever it is cut. */
import fc from 'fast-check';
import { parseHtml } from '../../src/parse/html.js';
import type { Document } from '../../src/model.js';
import { htmlish } from '../support/arbitraries.js';
import { cut } from '../support/cut.js';

/** What a document says, without the tree's own nodes (two parses make two trees). */
const plain = (doc: Document): unknown => ({
  title: doc.title,
  wholePage: doc.wholePage,
  blocks: doc.blocks.map(({ element: _element, ...rest }) => rest),
  ranges: [...(doc.elementBlocks?.values() ?? [])],
});


test('a page parsed from pieces has the blocks of the page parsed whole', () => {
  fc.assert(
    fc.property(htmlish, fc.array(fc.nat(), { maxLength: 6 }), (html, at) => {
      const pieces = cut(html, at);
      for (const markdown of [false, true]) expect(plain(parseHtml(pieces, { markdown }))).toEqual(plain(parseHtml(html, { markdown })));
    }),
    { numRuns: 500 },
  );
});

const PAGE = '<html><head><title>T — Site</title><script>var a = "</p>";</script></head><body><!-- a <p> comment --><h1>Fish &amp; chips</h1><p>One <a href="/x">link</a> &eacute;t&#233; and <b>bold</b>.</p><table><tr><td>a</td><td>b</td></tr></table></body></html>';

test.each([1, 2, 3, 5, 7, 11])('cut every %i characters: inside entities, tags, comments and scripts', (size) => {
  const pieces: string[] = [];
  for (let k = 0; k < PAGE.length; k += size) pieces.push(PAGE.slice(k, k + size));
  const whole = parseHtml(PAGE, { markdown: true });
  expect(plain(parseHtml(pieces, { markdown: true }))).toEqual(plain(whole));
  expect(whole.blocks.map((b) => b.text)).toEqual(['Fish & chips', 'One link été and bold.', 'a', 'b']);
});

// An input that stops inside a closing tag, after its name: htmlparser2 reports text from before the
// input's start there, which read as the input's last character (whole) or another piece's (cut).
test.each([
  ['</A the', []],
  ['<p>Hello there.</p></a x', ['Hello there.']],
  ['<p>Hello there.</p></div class="x"', ['Hello there.']],
  // Other unfinished tags at the end were already dropped, and stay so.
  ['<p>Hello there.</p><a href="x', ['Hello there.']],
  ['<p>Hello there.</p></di', ['Hello there.']],
  // A finished closing tag with junk in it ends as before.
  ['<p>Hello there.</p x> and more', ['Hello there.', 'and more']],
])('%j ends with no stray text, whole or cut anywhere', (html, texts) => {
  expect(parseHtml(html).blocks.map((b) => b.text)).toEqual(texts);
  for (let k = 0; k <= html.length; k++) expect(plain(parseHtml([html.slice(0, k), html.slice(k)]))).toEqual(plain(parseHtml(html)));
});
