import { articleBodyHtml, isLinkedDataType, linkedArticleBody } from '../../src/parse/linked-data.js';
import { parseHtml } from '../../src/parse/html.js';
import { clean, inspect } from '../../src/clean.js';

const PARAGRAPHS = [
  'The ferry to the outer island now leaves from the new pier at the end of the harbour road, a ten-minute walk from the station.',
  'Crossings take forty minutes in good weather, and the captain says the boat will run twice a day until the end of September.',
  'Islanders had asked for a later evening crossing for years, so that children at the mainland school could stay for sports.',
  'The council agreed to pay for it for one season and will decide in the autumn whether to keep it, depending on the numbers.',
  'A second boat is being repaired in the yard on the far side of the bay and should be back in service before the summer ends.',
  'Tickets can be bought on board with cash or a card, and a book of ten crossings costs the same as eight single tickets.',
];
const BODY = PARAGRAPHS.join('\n');
const ld = (data: unknown, type = 'application/ld+json'): string => `<script type="${type}">${JSON.stringify(data)}</script>`;
const article = (body: string): unknown => ({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'An evening ferry', articleBody: body });
const nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/about/">About</a></li></ul></nav>';
const footer = '<footer><p>© 2024 Harbour Notes · <a href="/privacy/">Privacy</a></p></footer>';
const page = (head: string, main: string): string => `<!doctype html><html><head><title>An evening ferry</title>${head}</head><body>${nav}<main>${main}</main>${footer}</body></html>`;
/** A script's empty shell: the page draws the article with a script; only the headline is in the HTML. */
const shell = (head: string): string => page(head, '<h1>An evening ferry</h1><div id="app"></div>');

describe('linkedArticleBody', () => {
  const CASES: Array<[string, string[], string | undefined]> = [
    ['one article', [JSON.stringify(article(BODY))], BODY],
    ['inside an @graph', [JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, article(BODY)] })], BODY],
    ['an array of items', [JSON.stringify([{ '@type': 'Organization' }, article(BODY)])], BODY],
    ['the longest of several', [JSON.stringify(article('A teaser.')), JSON.stringify(article(BODY))], BODY],
    ['raw line breaks inside a string', [`{"@type":"Article","articleBody":"${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}"}`], `${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`],
    ['not JSON', ['{"articleBody": "cut off'], undefined],
    ['not a string', [JSON.stringify({ articleBody: { text: BODY } })], undefined],
    ['blank', [JSON.stringify(article('  '))], undefined],
    ['nested too deep', [JSON.stringify([[[[[[[[[[[[[[[article(BODY)]]]]]]]]]]]]]]])], undefined],
  ];
  test.each(CASES)('%s', (_, scripts, expected) => {
    expect(linkedArticleBody(scripts)).toBe(expected);
  });

  test('a deeply nested hostile document neither throws nor recurses', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(linkedArticleBody([deep])).toBeUndefined();
  });
});

describe('isLinkedDataType', () => {
  test.each<[string | undefined, boolean]>([
    ['application/ld+json', true],
    ['Application/LD+JSON', true],
    [' application/ld+json; charset=utf-8', true],
    ['application/json', false],
    ['text/javascript', false],
    [undefined, false],
  ])('%s', (type, expected) => expect(isLinkedDataType(type)).toBe(expected));
});

describe('articleBodyHtml', () => {
  const texts = (body: string): string[] => parseHtml(articleBodyHtml(body)).blocks.map((b) => b.text);
  test.each<[string, string, string[]]>([
    ['lines are paragraphs', 'One line.\n\nTwo line.\r\nThree.', ['One line.', 'Two line.', 'Three.']],
    ['entities are decoded', 'Fish &amp; chips &#8211; and more&hellip;', ['Fish & chips – and more…']],
    ['a bare ampersand and angle brackets stay', 'R&D spent < 5% when x<y and y>z', ['R&D spent < 5% when x<y and y>z']],
    ['markup is read as HTML', '<p>First <a href="/x">part</a>.</p><p>Second.</p>', ['First part.', 'Second.']],
    ['markup escaped once more is markup', '&lt;p&gt;First &amp;amp; part.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;', ['First & part.', 'Second.']],
    ['an escaped bracket in plain text stays text', 'Use x &lt; y here.', ['Use x < y here.']],
  ])('%s', (_, body, expected) => expect(texts(body)).toEqual(expected));
});

describe('a page whose article is only in its linked data', () => {
  test.each<[string, string]>([
    ["a script's empty shell", shell(ld(article(BODY)))],
    ['a paywall that shows the first paragraph', page(ld(article(BODY)), `<article><h1>An evening ferry</h1><p>${PARAGRAPHS[0]}</p><div class="paywall"><p>Subscribe to read on.</p></div></article>`)],
    ['the script in the body, in a graph', page('', `<h1>An evening ferry</h1><div id="app"></div>${ld({ '@graph': [article(BODY)] })}`)],
    ['a body of HTML paragraphs', shell(ld(article(PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''))))],
  ])('%s: the linked article is printed', (_, html) => {
    expect(clean(html, { inputFormat: 'html' }).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  test.each<[string, string]>([
    ['the page shows the whole article', page(ld(article(BODY)), `<article><h1>An evening ferry</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`)],
    ['the page shows more than half of it', page(ld(article(BODY)), `<article><h1>An evening ferry</h1>${PARAGRAPHS.slice(0, 4).map((p) => `<p>${p}</p>`).join('')}</article>`)],
    ['the linked body is a teaser', shell(ld(article(PARAGRAPHS.slice(0, 2).join('\n'))))],
    ['the script is not JSON-LD', shell(ld(article(BODY), 'application/json'))],
    ['the script is not valid JSON', shell(`<script type="application/ld+json">{"articleBody": "${PARAGRAPHS[0]}" "x"}</script>`)],
  ])('%s: the page is cleaned as it is', (_, html) => {
    const withoutLinkedData = html.replace(/<script[^]*?<\/script>/g, '');
    expect(clean(html, { inputFormat: 'html' }).text).toBe(clean(withoutLinkedData, { inputFormat: 'html' }).text);
  });

  test('without main-content the page keeps its own text', () => {
    const html = shell(ld(article(BODY)));
    expect(clean(html, { inputFormat: 'html', disable: ['main-content'] }).text).not.toContain(PARAGRAPHS[0]);
  });

  test('the page text it replaced is reported as removed, and the result adds up', () => {
    const html = page(ld(article(BODY)), `<article><h1>An evening ferry</h1><p>${PARAGRAPHS[0]}</p><div class="paywall"><p>Subscribe to read on.</p></div></article>`);
    const inspection = inspect(html, { inputFormat: 'html', markdown: true });
    const { result, document, removedBy } = inspection;
    const replaced = result.removed.filter((r) => r.reason.includes('articleBody'));
    expect(replaced.map((r) => r.rule)).toEqual(['main-content']);
    expect(replaced[0]!.text).toContain(PARAGRAPHS[0]);
    expect(result.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
    expect(result.markdown).toBe(`# An evening ferry\n\n${PARAGRAPHS.join('\n\n')}`);
    expect(result.stats.outputChars).toBe(result.text.length);
    // One list of blocks: the page's, all gone, then the linked article's, all kept.
    expect(document.blocks.map((b) => b.index)).toEqual(document.blocks.map((_, i) => i));
    const linked = document.blocks.length - PARAGRAPHS.length;
    expect(removedBy.slice(0, linked).every(Boolean)).toBe(true);
    expect(removedBy.slice(linked).some(Boolean)).toBe(false);
    expect(document.blocks.slice(linked).map((b) => b.text)).toEqual(PARAGRAPHS);
    expect(result.stats.removedBlocks).toBe(linked);
  });
});
