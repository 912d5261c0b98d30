/**
 * The skipping tokenizer builds the trees htmlparser2's own builds from the same pieces, whole or cut anywhere.
 * (Compared piece for piece: htmlparser2's own tree from pieces can differ from its whole one, for an input
 * that ends inside a closing tag, which parseDom mends; tests/parse/html-pieces.test.ts.)
 */
import fc from 'fast-check';
import { DomHandler, type ChildNode } from 'domhandler';
import { Parser, Tokenizer } from 'htmlparser2';
import { skippingTokenizer } from '../../src/parse/tokenizer.js';
import { parseDom } from '../../src/parse/dom.js';
import { htmlish } from '../support/arbitraries.js';
import { cut } from '../support/cut.js';

const Skipping = skippingTokenizer(Tokenizer);

/** A tree as text: every node's kind, name, attributes (in order) and data. */
function shape(nodes: readonly ChildNode[]): unknown[] {
  return nodes.map((node) => {
    if ('children' in node) return [node.type, 'name' in node ? node.name : '', 'attribs' in node ? Object.entries(node.attribs) : [], shape(node.children)];
    return [node.type, 'data' in node ? node.data : ''];
  });
}

function parse(pieces: readonly string[], tokenizer: typeof Tokenizer, options: { decodeEntities?: boolean; xmlMode?: boolean } = {}): unknown[] {
  const handler = new DomHandler();
  const parser = new Parser(handler, { ...options, Tokenizer: tokenizer });
  for (const piece of pieces) parser.write(piece);
  parser.end();
  return shape(handler.root.children);
}

test("it is a subclass of htmlparser2's tokenizer, not the class itself", () => {
  expect(Skipping).not.toBe(Tokenizer);
  expect(Skipping.prototype).toBeInstanceOf(Tokenizer);
});

test.each([
  ['text and entities', 'Fish &amp; chips &eacute;t&#233; &#x41; & alone &amp'],
  ['text with no ampersand after the first', '<p>a &amp; b</p><p>plain text</p><p>more plain text</p>'],
  ['quoted attributes with entities and the other quote', `<a href="/x?a=1&amp;b=2&c=3" title='it"s &lt;ok&gt;' data-x="'">x</a>`],
  ['single-quoted values with double quotes after them', `<a title='plain' class="c">say "hi"</a><b id='x'>it's "so"</b>`],
  ['unquoted and valueless attributes', '<input type=text value=a&amp;b disabled checked=checked name=q>'],
  ['names ended by every kind of end', '<div\tclass="a"\n><span/><br/><img src="i"/><p\fid=x\r>t</p ><hr></DIV\n>'],
  ['scripts and styles holding tags and ends', '<script>if (a < b && c > d) x = "</p>"; y = "</scrip";</script ><style>a > b { c: "<" }</STYLE>'],
  ['a title and a textarea, which decode entities', '<title>A &amp; B < C</title><textarea>x &lt; y</textarea>'],
  ['comments with dashes and CDATA', '<!-- a - b -- c <p> ---><![CDATA[ x ] ]] y ]]><!DOCTYPE html><?xml version="1.0"?>'],
  ['a lone < and > in text', 'a < b > c <3 </ d <> e </>'],
  ['text outside the ASCII range', '<p title="café ☕">naïve 😀 text &hellip; and more</p>'],
  ['unfinished at the end', '<p>Hello</p><a href="x &amp; y'],
  ['an unfinished comment', '<p>a</p><!-- never closed'],
  ['an unfinished script', '<script>var x = "<div>";'],
  ['an entity without a semicolon at the end', 'fish &amp chips &not'],
])('%s: the same tree, whole and cut at every position', (_name, html) => {
  const same = (pieces: string[]): void => expect(parse(pieces, Skipping)).toEqual(parse(pieces, Tokenizer));
  same([html]);
  for (let k = 0; k <= html.length; k++) same([html.slice(0, k), html.slice(k)]);
  // Cut into single characters, every piece is its own buffer.
  same([...html]);
});

test.each([{ decodeEntities: false }, { xmlMode: true }])('with options %j: the same tree', (options) => {
  const html = '<p a="x &amp; y">Fish &amp; <b>chips</b></p><script>a < b</script><!-- c -->';
  expect(parse([html], Skipping, options)).toEqual(parse([html], Tokenizer, options));
});

/** Fragments that move a tokenizer between its states, often in few characters. */
const tokenish = fc
  .array(
    fc.constantFrom(
      '<', '>', '/', '</', '/>', '&', '&amp;', '&amp', '&#', '&#x41;', '&#65;', '&lt', '"', "'", '=', ' ', '\n', '\t', '-', '--', '-->', '<!--', '!', '?',
      '[', ']', ']]>', '<![CDATA[', 'a', 'p', 'b', 'div', 'script', 'SCRIPT', 'cRiPt', 'style', 'title', 'textarea', 'xmp', 'svg', 'math', 'x', 'é', '😀', 'text', 'class="a"',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

test("random token soup, whole and cut anywhere: the same tree as htmlparser2's own tokenizer", () => {
  fc.assert(
    fc.property(fc.oneof(tokenish, htmlish), fc.array(fc.nat(), { maxLength: 6 }), (html, at) => {
      expect(parse([html], Skipping)).toEqual(parse([html], Tokenizer));
      const pieces = cut(html, at);
      expect(parse(pieces, Skipping)).toEqual(parse(pieces, Tokenizer));
    }),
    { numRuns: 3000 },
  );
});

test("parseDom gives the tree of htmlparser2's own tokenizer, whole and in pieces", () => {
  const html = '<p class="lead">Fish &amp; chips<!-- x --></p><script>a < b</script>';
  expect(shape(parseDom(html).children)).toEqual(parse([html], Tokenizer));
  expect(shape(parseDom([html.slice(0, 9), html.slice(9)]).children)).toEqual(parse([html], Tokenizer));
});
