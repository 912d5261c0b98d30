/** End-to-end: -f markdown keeps headings, lists, quotes, code, tables and links, from HTML and from Markdown-like dumps. */
import { join } from 'node:path';
import { dumps, rinse } from '../support/cli.js';

const html = `<article>
<h1>Title with <a href="/about">a link</a></h1>
<p>Some <strong>bold</strong> text, a <a href="https://example.org/a b">link (x)</a> and <code>x*y</code>.</p>
<ol start="3"><li>three</li><li>four<ul><li>nested</li></ul></li></ol>
<blockquote><p>A quote with <a href="/q">a link</a></p></blockquote>
<pre><code>const a = 1;
  indented();</code></pre>
<table><tr><th>Fruit</th><th>Crates</th></tr><tr><td>apples | pears</td><td>twelve</td></tr></table>
<p>snake_case and [brackets] stay text.</p>
</article>`;

describe('-f markdown', () => {
  test('from HTML: headings, links with targets, emphasis, code, numbered and nested lists, quotes, tables', () => {
    const run = rinse(['--no-config', '-f', 'markdown', '--input-format', 'html'], { input: html });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        '# Title with [a link](/about)',
        '',
        'Some **bold** text, a [link (x)](<https://example.org/a%20b>) and `x*y`.',
        '',
        '3. three\n4. four\n   - nested',
        '',
        '> A quote with [a link](/q)',
        '',
        '```\nconst a = 1;\n  indented();\n```',
        '',
        '| Fruit | Crates |\n| --- | --- |\n| apples \\| pears | twelve |',
        '',
        'snake\\_case and \\[brackets\\] stay text.',
        '',
      ].join('\n'),
    );
  });

  test('the text output is unchanged by what Markdown keeps', () => {
    const run = rinse(['--no-config', '--input-format', 'html'], { input: html });
    expect(run.stdout).toContain('Some bold text, a link (x) and x*y.');
    expect(run.stdout).not.toContain('](');
  });

  test('from a Markdown-like dump (html2text): links, lists, quotes and headings survive', () => {
    const run = rinse(['--no-config', '-f', 'markdown', join(dumps, 'markdown-html2text-en.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Sourdough starter from scratch in seven days$/m);
    expect(run.stdout).toMatch(/^## What you need\n\n- 500 g wholemeal rye flour\n- 500 g strong white flour$/m);
    expect(run.stdout).toMatch(/^1\. Day one: .*\n2\. Days two and three/m);
    expect(run.stdout).toMatch(/^> My first starter smelled like nail polish/m);
    expect(run.stdout).toContain('[community centre](https://crumbandcrust.example/classes/)');
    expect(run.stdout).toContain('**Ines**');
  });

  test('a Markdown table in a dump stays a table', () => {
    const dump = 'Prices\n\nThe prices this week were as follows, for anyone keeping track at home.\n\n| Item | Price |\n| --- | --- |\n| [Bread](https://shop.example/bread) | 2.10 |\n| Milk | 1.05 |\n';
    const run = rinse(['--no-config', '-f', 'markdown', '--input-format', 'text'], { input: dump });
    expect(run.stdout).toContain('| Item | Price |\n| --- | --- |\n| [Bread](https://shop.example/bread) | 2.10 |\n| Milk | 1.05 |');
  });
});
