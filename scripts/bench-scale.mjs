/**
 * Linear time on huge and hostile inputs: each shape is cleaned at 1×, 2× and
 * 4× its base size, and the times printed with the ratio to 1× (linear ≈ 2
 * and 4; quadratic ≈ 4 and 16). Timings belong here, not in the test suite.
 *
 *   npm run bench:scale [-- --scale 1 --only NAME]
 *
 * `--scale 0.25` makes every base size four times smaller (a quick look).
 */
import { clean } from '../dist/index.js';
import { option } from './lib.mjs';

const scale = Number(option('scale', '1'));
const only = option('only', '');
const MB = 1024 * 1024;
const repeatTo = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const para = (i) => `<p>Paragraph ${i} tells the story at some length, with a <a href="/x">link</a> and <em>emphasis</em> in it.</p>\n`;

/** name → [make(n) → input, base n, input format, what n counts]. */
const SHAPES = {
  'deep nesting (<div>×n)': [(n) => `${'<div>'.repeat(n)}deep text${'</div>'.repeat(n)}`, 100_000, 'html', 'levels'],
  'deep unclosed nesting (<span><b>×n)': [(n) => `<p>${'<span><b>'.repeat(n)}x`, 50_000, 'html', 'pairs'],
  'big page (bytes)': [(n) => `<!doctype html><html><body><article>${repeatTo(para(1), n)}</article></body></html>`, 50 * MB, 'html', 'bytes'],
  'text dump (lines)': [(n) => Array.from({ length: n }, (_, i) => (i % 7 === 6 ? '' : `Line ${i} of a long dump, with a [link](https://example.org/${i}) and **bold** words.`)).join('\n'), 1_000_000, 'text', 'lines'],
  'hard-wrapped paragraph (lines)': [(n) => Array.from({ length: n }, (_, i) => `wrapped prose line ${i} that goes on and on to the wrap column of seventy`).join('\n'), 1_000_000, 'text', 'lines'],
  'one long line (bytes)': [(n) => repeatTo('word and [link](http://x.org/a_(b)) **bold** _em_ `code` ', n), 10 * MB, 'text', 'bytes'],
  'one long HTML line (bytes)': [(n) => `<p>${repeatTo('word <b>bold</b> <a href="#">link</a> ', n)}</p>`, 10 * MB, 'html', 'bytes'],
  // Adversarial lines for the Markdown and decoration patterns (openers that never close).
  'adversarial: **a (bytes)': [(n) => repeatTo('**a ', n), 2 * MB, 'text', 'bytes'],
  'adversarial: ![ (bytes)': [(n) => repeatTo('![a', n), 2 * MB, 'text', 'bytes'],
  'adversarial: [a]( (bytes)': [(n) => repeatTo('[a](b ', n), 2 * MB, 'text', 'bytes'],
  'adversarial: <http:// (bytes)': [(n) => repeatTo('<http://a', n), 2 * MB, 'text', 'bytes'],
  'adversarial: heading + spaces (bytes)': [(n) => `# a${' '.repeat(n)}x`, 2 * MB, 'text', 'bytes'],
  'adversarial: "- " run (bytes)': [(n) => `${repeatTo('- ', n)}x`, 2 * MB, 'text', 'bytes'],
  'adversarial: ">" run (bytes)': [(n) => `${'>'.repeat(n)} quoted`, 2 * MB, 'text', 'bytes'],
  'adversarial: code with spaces (bytes)': [(n) => `\`\`\`\n${' '.repeat(n)}x\n\`\`\``, 2 * MB, 'text', 'bytes'],
  'adversarial: <pre> with spaces (bytes)': [(n) => `<pre>${' '.repeat(n)}x</pre>`, 2 * MB, 'html', 'bytes'],
  'adversarial: comments before text (bytes)': [(n) => `${repeatTo('<!--a-->', n)}x`, 2 * MB, 'auto', 'bytes'],
};

function timeOnce(input, format) {
  const t = performance.now();
  clean(input, { inputFormat: format });
  return performance.now() - t;
}

for (const [name, [make, base, format, unit]] of Object.entries(SHAPES)) {
  if (only && !name.includes(only)) continue;
  const n1 = Math.max(1, Math.round(base * scale));
  const times = [];
  for (const k of [1, 2, 4]) {
    const input = make(n1 * k);
    times.push(timeOnce(input, format));
  }
  const [t1, t2, t4] = times;
  console.log(`${name.padEnd(42)} n=${String(n1).padStart(9)} ${unit}: ${t1.toFixed(0).padStart(6)} ms | 2×: ${t2.toFixed(0).padStart(6)} ms (${(t2 / t1).toFixed(1)}×) | 4×: ${t4.toFixed(0).padStart(6)} ms (${(t4 / t1).toFixed(1)}×)`);
}
