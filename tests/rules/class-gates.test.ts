/**
 * HTML selector rules find their elements through an index of class tokens (rules/engine.ts): a token is
 * cut out of its attribute and looked up only when its length and first character are those of a class a
 * selector names. Whatever the white space and the look-alike tokens, that finds exactly the elements
 * css-select finds.
 */
import fc from 'fast-check';
import { parse } from '../../src/clean.js';
import { applyRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/types.js';

// Classes that selectors name, and tokens of the same length and first character that they do not.
const NAMED = ['share', 'ad', 'sharedaddy', 'é-menu', '東京'];
const LOOK_ALIKES = ['shard', 'sharE', 'as', 'a', 'sharedadd', 'sharedaddyy', 'é-mena', '東西', 'Share'];
const SPACES = [' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u2003'];

const classValue = fc
  .array(fc.tuple(fc.constantFrom(...SPACES, ''), fc.constantFrom(...NAMED, ...LOOK_ALIKES)), { maxLength: 4 })
  .chain((tokens) => fc.constantFrom(...SPACES, '').map((end) => tokens.map(([space, token]) => `${space}${token}`).join('') + end));

const ruleFor = (selector: string, maxWords?: number): Rule => ({ id: 'test-rule', category: 'share', description: 'test', html: [{ selector, reason: 'named class', ...(maxWords !== undefined ? { maxWords } : {}) }] });

test('a class selector takes the blocks of exactly the elements css-select matches', () => {
  fc.assert(
    fc.property(fc.array(classValue, { minLength: 1, maxLength: 8 }), fc.constantFrom(...NAMED), (classes, named) => {
      const html = classes.map((c, i) => `<p class="${c}">Paragraph number ${i} of the page.</p>`).join('');
      const doc = parse(html, 'html', { markdown: false });
      const selector = `.${named}`;
      const matched = new Set(doc.select!(selector));
      const expected = doc.blocks.map((b) => b.element !== undefined && matched.has(b.element));
      const { removedBy } = applyRules(doc, [ruleFor(selector)]);
      expect(removedBy.map((r) => r !== undefined)).toEqual(expected);
    }),
    { numRuns: 500 },
  );
});

test.each([
  ['one class', 'share', true],
  ['among others', 'post share big', true],
  ['between odd spaces', '\u00a0share\u3000', true],
  ['a look-alike of its length', 'shard', false],
  ['in other case', 'Share', false],
  ['longer', 'shares', false],
  ['inside another token', 'share-bar', false],
])('.share and a class attribute %s (%j): taken %p', (_, value, taken) => {
  const doc = parse(`<p class="${value}">A paragraph of the page.</p>`, 'html', { markdown: false });
  expect(applyRules(doc, [ruleFor('.share')]).removedBy[0] !== undefined).toBe(taken);
});

// A page's class values are cut into tokens once each (rules/engine.ts, classTokensOf): every element that
// shares one is found, whichever came first and whatever lies between.
test.each([
  ['the same value three times', ['post share', 'post share', 'post share'], [true, true, true]],
  ['a value again after others', ['post share', 'post', 'share', 'post share'], [true, false, true, true]],
  ['a value without the class, twice', ['post', 'post', 'share'], [false, false, true]],
])('.share on elements that share class values: %s', (_, classes, taken) => {
  const html = classes.map((c, i) => `<p class="${c}">Paragraph number ${i} of the page.</p>`).join('');
  const { removedBy } = applyRules(parse(html, 'html', { markdown: false }), [ruleFor('.share')]);
  expect(removedBy.map((r) => r !== undefined)).toEqual(taken);
});

// A rule's selector list is tested alternative by alternative, each behind its own gate and compiled the first
// time an element passes that gate: together they take exactly what the whole list takes in css-select.
const LIST = '.share, #footer p, aside, [data-ad-slot], [class*="addthis_"], div.promo > p, p:not(.keep):first-child';
const WRAPPERS = ['', 'aside', 'div class="promo"', 'div id="footer"', 'section'];
const ATTRIBUTES = ['', 'class="share"', 'class="keep"', 'data-ad-slot="3"', 'class="addthis_toolbox"', 'class="post"'];

test('a selector list takes the blocks of exactly the elements css-select matches', () => {
  const paragraph = fc.tuple(fc.constantFrom(...WRAPPERS), fc.constantFrom(...ATTRIBUTES), fc.boolean());
  fc.assert(
    fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paragraphs) => {
      const html = paragraphs
        .map(([wrapper, attribute, lead], i) => {
          const p = `${lead ? '' : '<span>Lead.</span>'}<p ${attribute}>Paragraph number ${i} of the page.</p>`;
          return wrapper ? `<${wrapper}>${p}</${wrapper.split(' ')[0]}>` : `<div>${p}</div>`;
        })
        .join('');
      const doc = parse(html, 'html', { markdown: false });
      const matched = new Set(doc.select!(LIST));
      const taken = (i: number): boolean => {
        // A block is taken when its element or one around it matches.
        for (let el = doc.blocks[i]!.element; el; el = el.parent as typeof el) if (matched.has(el)) return true;
        return false;
      };
      const { removedBy } = applyRules(doc, [ruleFor(LIST)]);
      expect(removedBy.map((r) => r !== undefined)).toEqual(doc.blocks.map((_, i) => taken(i)));
    }),
    { numRuns: 300 },
  );
});

test('a selector that parses but that css-select refuses still fails, once an element passes its gate', () => {
  const doc = parse('<p class="odd">A paragraph of the page.</p>', 'html', { markdown: false });
  expect(() => applyRules(doc, [ruleFor('.odd:no-such-pseudo-class')])).toThrow(/no-such-pseudo-class/);
});

// Tag and attribute names as pages write them, in any case: the index looks them up as the parser gives them.
test.each([
  ['aside', '<ASIDE>Read more of our stories.</ASIDE>'],
  ['[data-ad-slot]', '<div DATA-AD-SLOT="top">Advertisement below.</div>'],
  ['[role*=banner]', '<Div Role="site-banner">Site banner here.</Div>'],
  ['span[itemprop=author]', '<SPAN ItemProp="author">Jane Doe</SPAN>'],
])('the gate of %s finds an element whose names are written in upper case', (selector, html) => {
  const doc = parse(`<p>The article's paragraph, long enough to stay.</p>${html}<p>Another paragraph of it.</p>`, 'html', { markdown: false });
  const matched = new Set(doc.select!(selector));
  expect(matched.size).toBe(1);
  const expected = doc.blocks.map((b) => b.element !== undefined && matched.has(b.element));
  const { removedBy } = applyRules(doc, [ruleFor(selector)]);
  expect(removedBy.map((r) => r !== undefined)).toEqual(expected);
});

// A selector's `maxWords`: an element with more words than that, over all its blocks, is left (a sidebar
// named like a share bar). Counted block by block until the limit is passed (lib/lines.ts, moreWordsThan).
test.each([
  ['one block of exactly the limit', ['one two three four five six'], true],
  ['one block a word over', ['one two three four five six seven'], false],
  ['blocks that add up to the limit', ['one two three', 'four five six'], true],
  ['blocks over the limit only at the last', ['one two three', 'four five six', 'seven'], false],
  ['blocks over the limit at the first', ['one two three four five six seven', 'eight'], false],
])('.share with at most six words, on an element of %s (%j): taken %p', (_, paragraphs, taken) => {
  const html = `<p>The article's own paragraph, which no rule takes.</p><div class="share">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const { removedBy } = applyRules(parse(html, 'html', { markdown: false }), [ruleFor('.share', 6)]);
  expect(removedBy.slice(1).map((r) => r !== undefined)).toEqual(paragraphs.map(() => taken));
});
