/**
 * parseDom builds the very tree that htmlparser2's own parser and domhandler build together from the same
 * pieces (with the one mend parseDom makes: an input that stops inside a closing tag, after its name, ends
 * without the text htmlparser2 reads from offset -1; tests/parse/html-pieces.test.ts).
 */
import fc from 'fast-check';
import { DomHandler, type ChildNode, type ParentNode } from 'domhandler';
import { Parser, Tokenizer } from 'htmlparser2';
import { parseDom } from '../../src/parse/dom.js';
import { htmlish } from '../support/arbitraries.js';
import { cut } from '../support/cut.js';

/** htmlparser2's own tree from the pieces, mended as above. */
function reference(pieces: readonly string[]): ParentNode {
  const handler = new DomHandler();
  const parser = new Parser(handler, { Tokenizer });
  const internals = parser as unknown as { ontext(start: number, end: number): void };
  const ontext = internals.ontext.bind(parser);
  internals.ontext = (start, end) => {
    if (start >= 0) ontext(start, end);
  };
  for (const piece of pieces) parser.write(piece);
  parser.end();
  return handler.root;
}

/** A tree as data: every node's kind, name, attributes (in order) and text, and whether its links agree. */
function shape(parent: ParentNode): unknown[] {
  return parent.children.map((node: ChildNode, k) => {
    const linked = node.parent === parent && node.prev === (parent.children[k - 1] ?? null) && node.next === (parent.children[k + 1] ?? null);
    if ('children' in node) return [node.type, 'name' in node ? node.name : '', 'attribs' in node ? Object.entries(node.attribs) : [], linked, shape(node)];
    return [node.type, 'data' in node ? node.data : '', linked];
  });
}

test.each([
  ['names in every case', '<DIV Class="a" ID=b><P>x</p><sPaN DaTa-X="1">y</SpAn></Div>'],
  ['names an object has already', '<a constructor="c" toString="t" hasOwnProperty="h" valueOf=v __proto__="p" __PROTO__="q">x</a>'],
  ['an attribute given twice, in two cases', '<p title="first" TITLE="second" title=third>x</p>'],
  ['names that are numbers or odd characters', '<p 1="one" 0x10=two data-é="é" DATA-É="É" a:b="ns" [x]=y @click="go" -=dash>x</p>'],
  ['a long made-up name', `<div data-analytics-component-name-${'x'.repeat(40)}="v">x</div>`],
  ['tags that close others, and void ones', '<ul><li>a<li>b</ul><p>c<div>d</div><table><tr><td>e<td>f</table><BR><IMG SRC=i><hr/>'],
  ['lists, definitions, options and table sections', '<dl><dt>a<dd>b<dt>c</dl><select><option>1<optgroup><option>2</select><table><thead><tr><th>h<tbody><tr><td>d<tfoot><tr><td>f</table>'],
  ['closing tags with nothing open', '</p>x</br></div><b>y</i></b></p></BR>'],
  ['foreign content', '<svg viewBox="0 0 1 1"><foreignObject><p>x</p></foreignObject><path d="M0"/><title/>t</svg><math><mi>x</mi><mo/>y</math><p/>z'],
  ['valueless and unquoted attributes', '<input type=text disabled CHECKED value=a&amp;b>'],
  ['text, entities and comments', 'a &amp; b &eacute; &#x1F600; <!-- c --><!----><!-- d -->e<![CDATA[f]]>g'],
  ['scripts and styles', '<script>if (a < b) x("</p>")</script><style>p{}</style><title>T &amp; t</title><textarea><b>x</b></textarea>'],
  ['declarations and instructions', '<!DOCTYPE html><?xml version="1.0"?><!doctype HTML><?PHP echo 1 ?>'],
  ['an unfinished tag at the end', '<p>Hello</p><a HREF="x'],
  ['an unfinished closing tag at the end', '<p>Hello</p></a x'],
])('%s: the same tree, whole and cut at every position', (_name, html) => {
  expect(shape(parseDom(html))).toEqual(shape(reference([html])));
  for (let k = 0; k <= html.length; k++) {
    const pieces = [html.slice(0, k), html.slice(k)];
    expect(shape(parseDom(pieces))).toEqual(shape(reference(pieces)));
  }
});

test("random markup, whole and cut anywhere: the same tree as htmlparser2's", () => {
  const casedHtmlish = fc.tuple(htmlish, fc.array(fc.boolean(), { minLength: 1, maxLength: 16 })).map(([html, upper]) =>
    // Some letters upper-cased, so names come in several spellings.
    [...html].map((c, k) => (upper[k % upper.length] ? c.toUpperCase() : c)).join(''),
  );
  fc.assert(
    fc.property(casedHtmlish, fc.array(fc.nat(), { maxLength: 6 }), (html, at) => {
      expect(shape(parseDom(html))).toEqual(shape(reference([html])));
      const pieces = cut(html, at);
      expect(shape(parseDom(pieces))).toEqual(shape(reference(pieces)));
      // Under a deep stack too, where the open elements' names are counted.
      const deep = `${'<div>'.repeat(70)}${html}`;
      expect(shape(parseDom(deep))).toEqual(shape(reference([deep])));
    }),
    { numRuns: 1000 },
  );
});

test('stray closing tags under deep nesting close nothing, and the names they looked for still close later', () => {
  // Deep, back to shallow, and deep again: the stack's names are counted only while it is deep.
  const html = `${'<div>'.repeat(200)}<i>x</span></i></SPAN>y<span>z</b></span>w</p></p>${'</div>'.repeat(190)}</span>${'<div>'.repeat(100)}</p>v${'</div>'.repeat(110)}after`;
  expect(shape(parseDom(html))).toEqual(shape(reference([html])));
  // `after` is the document's own text: every div was closed.
  expect(parseDom(html).children.map((n) => ('data' in n ? n.data : 'name' in n ? n.name : ''))).toEqual(['div', 'after']);
});
