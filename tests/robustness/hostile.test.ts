/**
 * Malformed, huge and hostile inputs: each is cleaned without a throw and
 * with a valid result. Sizes are the ones the issue names where the suite can
 * afford them; times are measured by scripts/bench-scale.mjs, not asserted
 * here (a quadratic path at these sizes would not finish before the test's
 * generous timeout, which is the guard).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { clean } from '../../src/clean.js';
import { CleanResultSchema, type CleanResult } from '../../src/schema.js';

const HANG_GUARD_MS = 120_000;

function cleanValid(input: string | Buffer, inputFormat: 'html' | 'text' | 'auto' = 'auto'): CleanResult {
  const result = clean(input, { inputFormat });
  expect(CleanResultSchema.safeParse(result).success).toBe(true);
  return result;
}

describe('malformed HTML of our own', () => {
  test.each([
    ['unclosed tags', '<div><p>Alpha paragraph<p>Beta paragraph<ul><li>one<li>two', ['Alpha paragraph', 'Beta paragraph', 'one', 'two']],
    ['misnested inline', '<p><b>bold <i>both</b> italic</i> tail</p>', ['bold both italic tail']],
    ['stray end tags', '</p></div></body><p>kept text</p></html></html>', ['kept text']],
    ['unterminated comment', '<p>before</p><!-- never closed <p>hidden', ['before']],
    ['bogus comments', '<p>a</p><!--><p>b</p><!---><p>c</p><? pi ?><p>d</p>', ['a', 'b', 'c', 'd']],
    ['CDATA in HTML', '<p>x<![CDATA[ y ]]>z</p>', ['x']],
    ['unterminated attribute', '<p class="open>text that follows</p><p>next</p>', []],
    ['unclosed script swallows the rest', '<p>visible</p><script>var a = "<p>not text</p>', ['visible']],
    ['broken entities', '<p>&amp &#0; &#x110000; &#xD800; &notanentity; &lt;tag&gt; &#65;</p>', ['&', '<tag>', 'A']],
    ['svg title with elements', '<svg><title>t<g><g>x</g></g></title></svg><p>body text</p>', ['body text']],
    ['table soup', '<table>loose text<tr><td>cell<td>cell2</table>', ['loose text', 'cell', 'cell2']],
    ['plaintext', '<p>a</p><plaintext><p>literally</p>', ['a']],
    ['doctype junk', '<!DOCTYPE html PUBLIC "x" "y" junk><html lang=><body><p>ok</p>', ['ok']],
    ['attributes without values and duplicates', '<p id id=x class class=y hidden=false>hidden by attribute</p><p>shown</p>', ['shown']],
    ['NUL and control characters', '<p>a\u0000b\u0001c\u007f</p>', []],
    ['lone surrogates', '<p>\ud800 broken \udfff pairs</p>', ['broken']],
    // No </head> and no <body>: htmlparser2 keeps the page inside <head>, where a browser would have ended it.
    ['a page without </head> and <body>', '<html><head><meta charset="utf-8"><title>T</title><div class="content"><p>The article, left inside the head.</p></div>', ['The article, left inside the head.']],
    // A page that draws its article with a script, and holds it for readers without scripts in <noscript> only.
    ['an article only in <noscript>', '<html><body><div id="app"></div><noscript><div class="post"><p>The article, for readers without scripts.</p></div></noscript></body></html>', ['The article, for readers without scripts.']],
    ['only markup', '<div><span></span><br><br></div>', []],
    ['empty', '', []],
  ])('%s', (_name, html, expected) => {
    const result = cleanValid(html, 'html');
    for (const text of expected) expect(result.text).toContain(text);
  });
});

describe('size and depth', () => {
  test.each([
    ['100,000 nested <div>', () => `${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`, 'deep text'],
    ['100,000 unclosed <blockquote>', () => `${'<blockquote>'.repeat(100_000)}deep quote`, 'deep quote'],
    ['50,000 unclosed <span><b> pairs', () => `<p>${'<span><b>'.repeat(50_000)}deep inline`, 'deep inline'],
    ['100,000 nested <li>', () => `${'<ul><li>'.repeat(50_000)}deep item`, 'deep item'],
    ['50,000 nested <svg>', () => `${'<svg>'.repeat(50_000)}x`, ''],
    ['100,000 stray </span> under 100,000 nested <div>', () => `${'<div>'.repeat(100_000)}deep text${'</span>'.repeat(100_000)}`, 'deep text'],
    ['100,000 stray </p> under 100,000 nested <div>', () => `${'<div>'.repeat(100_000)}deep text${'</p>'.repeat(100_000)}`, 'deep text'],
  ])('%s: no stack overflow', (_name, make, expected) => {
    expect(cleanValid(make(), 'html').text).toContain(expected);
  }, HANG_GUARD_MS);

  test('a 200,000-line text dump', () => {
    const dump = Array.from({ length: 200_000 }, (_, i) => (i % 5 === 4 ? '' : `Line ${i} of the dump with a [link](https://example.org/${i}).`)).join('\n');
    const result = cleanValid(dump, 'text');
    expect(result.text).toContain('Line 199998 of the dump');
  }, HANG_GUARD_MS);

  test('a 100,000-line hard-wrapped paragraph is joined in one pass', () => {
    const dump = Array.from({ length: 100_000 }, (_, i) => `wrapped prose line ${i} that runs on to the wrap column here`).join('\n');
    expect(cleanValid(dump, 'text').blocks.length).toBeLessThan(10);
  }, HANG_GUARD_MS);

  test('a 50,000-line dump of lead-in lines, each over a headline', () => {
    // Each lead-in reads the headlines under it: a few lines each, or this dump would take hours.
    const dump = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? `Night trains return to the coast ${i}` : 'See also')).join('\n');
    expect(cleanValid(dump, 'text').text.length).toBeGreaterThan(0);
  }, HANG_GUARD_MS);

  test('a page shell with 2,000 JSON-LD scripts and a 30,000-paragraph articleBody', () => {
    // Each script is parsed once, the longest body once, and the body is cleaned as one page: linear in all of it.
    const paragraphs = Array.from({ length: 30_000 }, (_, i) => `Paragraph ${i} of the article held only in the page's linked data.`);
    const body = JSON.stringify({ '@type': 'Article', articleBody: paragraphs.join('\n') });
    const others = Array.from({ length: 2_000 }, (_, i) => `<script type="application/ld+json">{"@type":"Article","articleBody":"teaser ${i}"}</script>`).join('');
    const html = `<html><head>${others}<script type="application/ld+json">${body}</script></head><body><div id="app"></div></body></html>`;
    const result = cleanValid(html, 'html');
    expect(result.text.startsWith(paragraphs[0]!)).toBe(true);
    expect(result.text).toContain(paragraphs[29_999]);
  }, HANG_GUARD_MS);

  test('a single 10 MB line', () => {
    const line = 'word and [link](http://x.org/a_(b)) **bold** _em_ `code` '.repeat(180_000);
    expect(line.length).toBeGreaterThan(10_000_000);
    expect(cleanValid(line, 'text').text).toBe('word and link bold em code '.repeat(180_000).trim());
  }, HANG_GUARD_MS);
});

describe('adversarial strings for the patterns (openers that never close, long runs)', () => {
  const MB = 1_000_000;
  const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length));
  test.each([
    ['**a', fill('**a ')],
    ['__a', fill('__a ')],
    ['![', fill('![a')],
    ['[a](', fill('[a](b ')],
    ['[a](( ', fill('[a](x(')],
    ['<http://', fill('<http://a')],
    ['*a', fill('*a ')],
    ['`', fill('`a')],
    ['heading then spaces', `# a${' '.repeat(MB)}x`],
    ['heading of hashes', `# ${fill('# ')}x`],
    ['bullets', `${fill('- ')}x`],
    ['quote markers', `${'>'.repeat(MB)} quoted`],
    ['table separator', `|${fill('--|')}x`],
    ['table separator and spaces', `${' '.repeat(MB)}--|--x`],
    ['code block of spaces', `\`\`\`\n${' '.repeat(MB)}x\n\`\`\``],
    ['decoration run', `${fill(' -–|')}x`],
    ['comment run before text', `${fill('<!--a-->')}x`],
    ['spaces in a <pre>', `<pre>${' '.repeat(MB)}x</pre>`],
    ['spaces in a <title>', `<title>a${' '.repeat(MB)}x | b</title><p>p</p>`],
    ['share-label look-alikes', fill('share on facebook (opens in new window) ')],
    ['tag lead-in then spaces', `Tags:${' '.repeat(MB)}x`],
  ])('%s', (_name, input) => {
    cleanValid(input);
    cleanValid(input, 'text');
  }, HANG_GUARD_MS);
});

/** Every regular expression literal in src/, with its file and line. */
function regexLiterals(): Array<{ where: string; source: string; flags: string }> {
  const files: string[] = [];
  const pending = [join(process.cwd(), 'src')];
  while (pending.length) {
    const dir = pending.pop()!;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) pending.push(path);
      else if (name.endsWith('.ts')) files.push(path);
    }
  }
  const found: Array<{ where: string; source: string; flags: string }> = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const slash = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `${file.slice(process.cwd().length + 1)}:${line}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * Patterns recheck calls polynomial that are linear in practice, each with the reason. A bounded
 * repetition ({0,2000}) caps the work at each start position, so the cost grows with the input
 * times a constant; the check would otherwise pass over the bound.
 */
const BOUNDED = new Set([
  String.raw`\[ ?\]\([^)\n]{0,2000}\)`,
  String.raw`\[[^\]\n]{0,2000}\]\((?:<[^>\n]{0,2000}>|[^)\s]{0,2000})\)`,
]);

test('no regular expression in src/ can backtrack catastrophically (recheck: exponential or polynomial)', () => {
  const literals = regexLiterals();
  expect(literals.length).toBeGreaterThan(40);
  const vulnerable = literals
    .map((r) => ({ ...r, check: checkSync(r.source, r.flags, { randomSeed: 1, timeout: 30_000 }) }))
    .filter((r) => r.check.status === 'vulnerable' && !(r.check.complexity.type === 'polynomial' && BOUNDED.has(r.source)))
    .map((r) => `${r.where} /${r.source}/ is ${r.check.status === 'vulnerable' ? r.check.complexity.type : ''}`);
  expect(vulnerable).toEqual([]);
}, 600_000);
