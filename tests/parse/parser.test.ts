/**
 * The naming parser (shared tag and attribute names) makes the very events, at the very offsets, and so the
 * very trees, that htmlparser2's own parser makes from the same input.
 */
import fc from 'fast-check';
import { DomHandler } from 'domhandler';
import { Parser, Tokenizer, type Handler } from 'htmlparser2';
import { lowerName, NAMES_KEPT, namesKept, namingParser } from '../../src/parse/parser.js';
import { skippingTokenizer } from '../../src/parse/tokenizer.js';
import { htmlish } from '../support/arbitraries.js';
import { cut } from '../support/cut.js';

const Naming = namingParser(Parser);

type ParserOptions = ConstructorParameters<typeof Parser>[1];

/** Every event the parser makes, with what it reports and where it says it is. */
function events(pieces: readonly string[], ParserClass: typeof Parser, options: ParserOptions = {}): unknown[] {
  const log: unknown[] = [];
  let parser: Parser | undefined;
  const at = (): [number, number] => [parser!.startIndex, parser!.endIndex];
  const handler: Partial<Handler> = {
    onopentagname: (name) => log.push(['opentagname', name, at()]),
    onattribute: (name, value, quote) => log.push(['attribute', name, value, quote, at()]),
    onopentag: (name, attribs, implied) => log.push(['opentag', name, Object.entries(attribs), implied, at()]),
    onclosetag: (name, implied) => log.push(['closetag', name, implied, at()]),
    ontext: (text) => log.push(['text', text, at()]),
    oncomment: (text) => log.push(['comment', text, at()]),
    onprocessinginstruction: (name, data) => log.push(['instruction', name, data, at()]),
  };
  parser = new ParserClass(handler, options);
  for (const piece of pieces) parser.write(piece);
  parser.end();
  return log;
}

/** domhandler's tree with every node's offsets. */
function tree(html: string, ParserClass: typeof Parser): unknown {
  const handler = new DomHandler(undefined, { withStartIndices: true, withEndIndices: true });
  new ParserClass(handler, { Tokenizer: skippingTokenizer(Tokenizer) }).end(html);
  const shape = (node: DomHandler['root']['children'][number]): unknown =>
    'children' in node
      ? [node.type, 'name' in node ? node.name : '', 'attribs' in node ? Object.entries(node.attribs) : [], node.startIndex, node.endIndex, node.children.map(shape)]
      : [node.type, 'data' in node ? node.data : '', node.startIndex, node.endIndex];
  return handler.root.children.map(shape);
}

test("it is a subclass of htmlparser2's parser, not the class itself", () => {
  expect(Naming).not.toBe(Parser);
  expect(Naming.prototype).toBeInstanceOf(Parser);
});

test.each([
  ['names in every case', '<DIV Class="a" ID=b><P>x</p><sPaN DaTa-X="1">y</SpAn></Div>'],
  ['names an object has already', '<a constructor="c" toString="t" hasOwnProperty="h" valueOf=v __proto__="p" __PROTO__="q">x</a>'],
  ['an attribute given twice, in two cases', '<p title="first" TITLE="second" title=third>x</p>'],
  ['names that are numbers or odd characters', '<p 1="one" 0x10=two data-é="é" a:b="ns" [x]=y @click="go" -=dash>x</p>'],
  ['a long made-up name', `<div data-analytics-component-name-${'x'.repeat(40)}="v">x</div>`],
  ['tags that close others, and void ones', '<ul><li>a<li>b</ul><p>c<div>d</div><table><tr><td>e<td>f</table><BR><IMG SRC=i><hr/>'],
  ['foreign content', '<svg viewBox="0 0 1 1"><foreignObject><p>x</p></foreignObject><path d="M0"/></svg><math><mi>x</mi></math>'],
  ['valueless and unquoted attributes', '<input type=text disabled CHECKED value=a&amp;b>'],
  ['an unfinished tag at the end', '<p>Hello</p><a HREF="x'],
])('%s: the same events and tree, whole and cut at every position', (_name, html) => {
  expect(events([html], Naming)).toEqual(events([html], Parser));
  for (let k = 0; k <= html.length; k++) expect(events([html.slice(0, k), html.slice(k)], Naming)).toEqual(events([html.slice(0, k), html.slice(k)], Parser));
  expect(tree(html, Naming)).toEqual(tree(html, Parser));
});

test.each<[string, ParserOptions]>([
  ['xmlMode', { xmlMode: true }],
  ['names as written', { lowerCaseTags: false, lowerCaseAttributeNames: false }],
])('with %s: names kept as htmlparser2 keeps them', (_name, options) => {
  const html = '<Feed Xmlns="x"><Entry ID="1"><Title>A</Title></Entry></Feed>';
  expect(events([html], Naming, options)).toEqual(events([html], Parser, options));
  expect(JSON.stringify(events([html], Naming, options))).toContain('"Entry"');
});

test('lowerName: lower case, the same for every spelling, and right past the names it keeps', () => {
  expect(lowerName('DIV')).toBe('div');
  expect(lowerName('Div')).toBe('div');
  expect(lowerName('__proto__')).toBe('__proto__');
  expect(lowerName('__PROTO__')).toBe('__proto__');
  // Twice as many made-up names as are kept: each still comes back lower-cased, and the table stays bounded.
  for (let n = 0; n < 2 * NAMES_KEPT; n++) {
    expect(lowerName(`Data-V-${n}`)).toBe(`data-v-${n}`);
    expect(namesKept()).toBeLessThanOrEqual(NAMES_KEPT);
  }
  expect(lowerName('DIV')).toBe('div');
  expect(lowerName(`Data-V-${2 * NAMES_KEPT - 1}`)).toBe(`data-v-${2 * NAMES_KEPT - 1}`);
});

test("random markup, whole and cut anywhere: the same events as htmlparser2's own parser", () => {
  const casedHtmlish = fc.tuple(htmlish, fc.array(fc.boolean(), { minLength: 1, maxLength: 16 })).map(([html, upper]) =>
    // Some letters upper-cased, so names come in several spellings.
    [...html].map((c, k) => (upper[k % upper.length] ? c.toUpperCase() : c)).join(''),
  );
  fc.assert(
    fc.property(casedHtmlish, fc.array(fc.nat(), { maxLength: 6 }), (html, at) => {
      expect(events([html], Naming)).toEqual(events([html], Parser));
      const pieces = cut(html, at);
      expect(events(pieces, Naming)).toEqual(events(pieces, Parser));
    }),
    { numRuns: 1000 },
  );
});
