/** fast-check generators of hostile HTML and text dumps, shared by the property tests and the fuzz script. */
import fc from 'fast-check';

const WORDS = ['the', 'story', 'Share', 'Facebook', 'X', 'Email', 'Comments', 'Related posts', 'See also:', 'Read more', 'Tags:', 'Leave a Reply', '3 comments', 'Pinterest', 'Other Apps', 'Get link', 'Café', '東京', 'naïve', '&amp;', '&lt;', '"', '**', '_', '[', ']', '(', ')', '#', '>', '-', '*', '|', '`', '\t', ' ', '\n', '\u00a0'];
const TAGS = ['p', 'div', 'span', 'a', 'b', 'i', 'ul', 'li', 'h1', 'h2', 'blockquote', 'pre', 'table', 'tr', 'td', 'br', 'script', 'style', 'svg', 'nav', 'footer', 'section', 'article', 'img', 'hr', 'template', 'title', 'noscript'];
const ATTRS = ['', ' class="share-buttons"', ' id="comments"', ' hidden', ' style="display:none"', ' aria-hidden="true"', ' href="/x"', ' rel="tag"', ' class="post-tags"', ' title="Share on X"', ' class="x'];

/** Texts made by joining up to `maxLength` of `pieces`: the inputs of a fast path checked against its pattern. */
export const joinedFrom = (pieces: readonly string[], maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));

export const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
export const prose = fc.array(word, { maxLength: 30 }).map((ws) => ws.join(' '));

/** HTML made of real tags, attributes and words, opened and closed at random (so often broken). */
export const htmlish = fc
  .array(
    fc.oneof(
      prose,
      fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS)).map(([t, a]) => `<${t}${a}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom('<!--', '-->', '<!DOCTYPE html>', '<![CDATA[', ']]>', '<', '>', '&', '&#', '="', "'"),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Text dumps: lines of Markdown-ish syntax and words. */
export const textish = fc
  .array(
    fc.oneof(
      prose,
      prose.map((p) => `# ${p}`),
      prose.map((p) => `- ${p}`),
      prose.map((p) => `> ${p}`),
      prose.map((p) => `[${p}](https://example.org/${p.length})`),
      prose.map((p) => `**${p}**`),
      fc.constantFrom('', '```', '---', '| a | b |', '|---|---|', '==='),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

/** Any of the above, or arbitrary strings and bytes mutated from them. */
export const hostileInput = fc.oneof(
  htmlish,
  textish,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.tuple(htmlish, fc.nat(), fc.string({ maxLength: 5 })).map(([s, at, insert]) => s.slice(0, at % (s.length + 1)) + insert + s.slice(at % (s.length + 1))),
);
export const hostileBytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), hostileInput.map((s) => Buffer.from(s, 'utf8')));

/** `s` with a few characters inserted, deleted or replaced at random places. */
export function mutated(arb: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('\n', '*', '_', '`', '#', '> ', '- ', '**', '[', ']', '(', ')', '\\', '|', '```')));
  return fc.tuple(arb, fc.array(edit, { maxLength: 4 })).map(([s, edits]) =>
    edits.reduce((t, [at, cut, insert]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i + cut);
    }, s),
  );
}

const CLUTTER = ['Share', 'Facebook', 'X', 'Email', 'Pinterest', 'Other Apps', 'Get link', 'Comments', 'Post a Comment', 'Leave a Reply', '3 comments', 'Related posts', 'See also: Another story', 'Read more: A headline here', 'Tags: news, town', 'Subscribe to our newsletter', 'Copyright 2024', 'Advertisement', 'By Jane Doe', 'March 3, 2024', '5 min read', 'Home', 'About', 'Next post', 'We use cookies', 'Accept', 'Share this:', 'Like this:'];
const sentence = fc
  .array(fc.constantFrom('the', 'story', 'of', 'a', 'river', 'town', 'where', 'people', 'walk', 'every', 'day', 'and', 'talk', 'about', 'weather', 'news', 'Café', 'naïve', '東京'), { minLength: 4, maxLength: 25 })
  .map((ws) => `${ws.join(' ')}.`);

/**
 * Text dumps whose structure rinse's text output keeps: prose and clutter lines, bullets, numbered
 * items, code fences, emphasis, code spans, escapes, bare URLs and autolinks, random words. (Not
 * headings, quotes, tables or Markdown links: the text output prints those as plain lines.)
 */
export const plainMarkdown = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: sentence },
      { weight: 3, arbitrary: fc.constantFrom(...CLUTTER) },
      { weight: 2, arbitrary: prose },
      { weight: 1, arbitrary: fc.constantFrom(...CLUTTER).map((c) => `- ${c}`) },
      { weight: 1, arbitrary: sentence.map((s) => `* ${s}`) },
      { weight: 1, arbitrary: sentence.map((s) => `1. ${s}`) },
      { weight: 1, arbitrary: prose.map((p) => `**${p}**`) },
      { weight: 1, arbitrary: prose.map((p) => `_${p}_ and \`code\``) },
      { weight: 1, arbitrary: fc.constantFrom('', '', '```', '~~~', '````', '***', '\\- an escaped dash', '1\\. an escaped number', '<https://example.org/a_b>', 'see https://example.org/x_y now') },
    ),
    { maxLength: 50 },
  )
  .map((lines) => lines.join('\n'));

const blockOfPage = fc.oneof(
  { weight: 4, arbitrary: sentence.map((s) => `<p>${s}</p>`) },
  { weight: 2, arbitrary: fc.constantFrom(...CLUTTER).map((c) => `<p>${c}</p>`) },
  { weight: 1, arbitrary: fc.array(fc.oneof(sentence, fc.constantFrom(...CLUTTER)), { minLength: 2, maxLength: 5 }).map((ls) => `<p>${ls.join('<br>')}</p>`) },
  { weight: 1, arbitrary: fc.array(fc.oneof(sentence, fc.constantFrom(...CLUTTER)), { minLength: 1, maxLength: 4 }).map((ls) => `<ul>${ls.map((l) => `<li>${l}</li>`).join('')}</ul>`) },
  { weight: 1, arbitrary: sentence.map((s) => `<h2>${s}</h2>`) },
  { weight: 1, arbitrary: fc.tuple(sentence, fc.constantFrom(...CLUTTER)).map(([s, c]) => `<table><tr><td>${c}</td><td>${s}</td></tr><tr><td>1</td><td>2</td></tr></table>`) },
  { weight: 1, arbitrary: sentence.map((s) => `<blockquote>${s}</blockquote>`) },
  { weight: 1, arbitrary: sentence.map((s) => `<pre>${s}\n  ${s}</pre>`) },
  { weight: 1, arbitrary: fc.constantFrom(...CLUTTER).map((c) => `<div class="share-buttons"><a href="/x">${c}</a></div>`) },
  // Page text that looks like a dump's syntax: a bullet, a rule, a heading mark, a table's pipes, a number.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('* ', '· ', '# ', '> ', '1. ', '---', '| ', '\t', '==='), sentence).map(([m, s]) => `<p>${m}${s}</p>`) },
  { weight: 1, arbitrary: fc.constantFrom(...CLUTTER).map((c) => `<p><a href="https://example.org/a">https://example.org/${c.length}</a></p>`) },
);

/** Whole pages and fragments of article-like blocks, clutter among them; no inline Markdown marks in their text. */
export const htmlPage = fc
  .tuple(fc.array(blockOfPage, { maxLength: 25 }), fc.array(blockOfPage, { maxLength: 6 }), fc.boolean())
  .map(([article, aside, whole]) => {
    const body = `<article>${article.join('\n')}</article><aside>${aside.join('')}</aside>`;
    return whole ? `<html><head><title>A page</title></head><body>${body}</body></html>` : body;
  });
