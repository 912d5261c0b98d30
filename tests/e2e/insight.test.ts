/** End-to-end: --explain, --diff and --stats. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { inspect } from '../../src/clean.js';
import { diffText, removalMarker } from '../../src/cli/diff.js';
import { dumps, rinse } from '../support/cli.js';

const blogger = join(dumps, 'blogger-contempo-en.txt');
const jetpackHtml = join(dumps, 'wordpress-jetpack-en-fragment.html');
// eslint-disable-next-line no-control-regex
const ESC = /\u001b\[/;

describe('--explain', () => {
  test('a text dump: each removal with its line, rule, category, reason and text', () => {
    const run = rinse(['--no-config', '--explain', blogger]);
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${blogger}:1: article-region (main-content) before the article: "Harbour Road footbridge to close for six weeks of repairs"`);
    expect(lines[1]).toBe(`${blogger}:2: share-widgets (share) share menu: "Get link X Other Apps Get link X Other Apps"`);
    expect(lines).toContain(`${blogger}:9: cross-links (cross-links) link to another story: "See also: Allotment waiting list reopens after three years"`);
    expect(run.stderr).not.toMatch(ESC);
  });

  test('an HTML input: each removal names the element it was in', () => {
    const run = rinse(['--no-config', '--explain', jetpackHtml]);
    expect(run.stderr).toMatch(/wordpress-jetpack-en-fragment\.html: share-widgets \(share\) .*: "Share this:.*" in h3\.sd-title/);
  });

  test('a page: lines its text lost when read back as a dump are listed in the element of their block, in page order', () => {
    const html = '<article><p>We walked around the lake in the morning and watched the herons fishing in the reeds.</p><p class="last">The water was cold, but the children swam anyway and came out laughing.<br>Share<br>Facebook</p><div class="share-buttons"><a href="/x">Email</a></div></article>';
    const run = rinse(['--no-config', '--explain', '--input-format', 'html'], { input: html });
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^-: share-widgets \(share\) .*: "Share Facebook" in p\.last$/),
      expect.stringMatching(/^-: share-widgets \(share\) .*: "Email" in div\.share-buttons$/),
    ]);
  });

  test('an input with nothing removed says so', () => {
    const run = rinse(['--no-config', '--explain', '--input-format', 'text'], { input: 'Just one plain sentence of article text here.\n' });
    expect(run.stderr).toBe('-: nothing removed\n');
  });
});

describe('--diff', () => {
  test('prints the input with removed lines marked [-…-] in a pipe, kept lines as they are', () => {
    const run = rinse(['--no-config', '--diff', blogger]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('[-Harbour Road footbridge to close for six weeks of repairs-]'); // the title: JSON's title, not body text
    expect(lines).toContain('[-See also: Allotment waiting list reopens after three years-]');
    expect(lines).toContain('[-Post a Comment-]');
    // A sentence that begins "See also" but runs on is article text: plain.
    expect(lines.some((l) => l.startsWith('See also the engineer’s full report'))).toBe(true);
    expect(run.stdout).not.toMatch(ESC);
    // Every line of the input is there, removed or not.
    const unmarked = lines.map((l) => l.replace(/^\[-(.*)-\]$/, '$1'));
    expect(unmarked.join('\n')).toBe(readFileSync(blogger, 'utf8'));
  });

  test('HTML is shown as its blocks, removed ones marked', () => {
    const run = rinse(['--no-config', '--diff', jetpackHtml]);
    expect(run.stdout).toMatch(/^\[-Share this:-\]$/m);
    expect(run.stdout).toMatch(/^[^[].*compost/m);
  });

  test('several inputs get a header each; -o is refused', () => {
    const run = rinse(['--no-config', '--diff', blogger, jetpackHtml]);
    expect(run.stdout).toContain(`==> ${blogger} <==`);
    expect(run.stdout).toContain(`==> ${jetpackHtml} <==`);
    const refused = rinse(['--diff', blogger, '-o', 'x.txt']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('rinse: --diff prints to stdout; it cannot be combined with -o\n');
  });
});

describe('--stats', () => {
  test('per-rule counts over a batch, every selected rule listed, results untouched', () => {
    const plain = rinse(['--no-config', '--rules', 'share-widgets,cross-links,comment-stubs', blogger, jetpackHtml]);
    const run = rinse(['--no-config', '--stats', '--rules', 'share-widgets,cross-links', blogger, jetpackHtml]);
    expect(run.status).toBe(0);
    const stats = run.stderr.split('\n').filter((l) => l.startsWith('rinse: stats: '));
    expect(stats).toHaveLength(2);
    expect(stats[0]).toMatch(/^rinse: stats: share-widgets\s+share\s+\d+ blocks, 3 removals, in 2 of 2 inputs$/);
    expect(stats[1]).toMatch(/^rinse: stats: cross-links\s+cross-links\s+\d+ blocks, \d+ removals, in 2 of 2 inputs$/);
    expect(plain.stdout.length).toBeLessThan(run.stdout.length); // comment stubs now kept
  });

  test('a rule that removed nothing is listed with zeros', () => {
    const run = rinse(['--no-config', '--stats', '--input-format', 'text'], { input: 'A plain sentence of article text, nothing else in it at all.\n' });
    expect(run.stderr).toMatch(/^rinse: stats: comment-stubs\s+comments\s+0 blocks, 0 removals, in 0 of 1 inputs$/m);
  });
});

describe('diff marking on a terminal', () => {
  test('removed lines are red and struck through, kept lines carry no escape codes', () => {
    const inspection = inspect(readFileSync(blogger), { source: blogger });
    const lines = diffText(inspection, removalMarker(new Chalk({ level: 1 }))).split('\n');
    const struck = lines.find((l) => l.includes('See also: Allotment'))!;
    expect(struck).toContain('\u001b[9m'); // strike-through
    expect(struck).toContain('\u001b[31m'); // red
    expect(lines).toContain('Councillors voted seven to two in favour of the full repair rather than the cheaper patch job proposed in the spring. The engineer’s report found that eleven of the forty deck boards had softened right through and that two of the handrail posts moved by several centimetres when pushed.');
  });
});

describe('diff of a page whose text was read back', () => {
  test('a share row printed after a <br> inside a kept paragraph is marked, the paragraph’s own line is not', () => {
    const sentence = 'Crossings take forty minutes in good weather, and the captain says the boat will run twice a day until the end of September.';
    const html = `<article><p>The ferry to the outer island now leaves from the new pier at the end of the harbour road, a ten-minute walk from the station.</p><p>${sentence}<br>Share<br>Facebook</p></article>`;
    const lines = diffText(inspect(html, { inputFormat: 'html' }), removalMarker(new Chalk({ level: 0 }))).split('\n');
    expect(lines.slice(-3)).toEqual([sentence, '[-Share-]', '[-Facebook-]']);
  });
});
