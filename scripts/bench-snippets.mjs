/**
 * Quality on an evaluation set of snippets, as trafilatura's is made: for each page, some sentences
 * that must be in the extracted text ("with") and some that must not ("without"). A second public
 * set beside the ScrapingHub benchmark, with many languages and small sites, to check that rules
 * carry over to pages they were not written on. Run from where the data lies (nothing is copied):
 *
 *   npm run bench:snippets -- --data DIR [--readability] [--misses N]
 *   npm run bench:snippets -- --data DIR --inputs DUMPS     # text dumps of the same pages
 *
 * DIR holds `evaldata.json` ({url: {file, with: [...], without: [...]}}) and the pages under `eval/`
 * or `cache/` (trafilatura's `tests/` folder is laid out so). Each page is cleaned through the
 * library as HTML. A snippet counts as found when it is in the text, white space collapsed on both
 * sides (trafilatura's own counting): found "with" snippets are true positives, found "without"
 * ones false positives. `--readability` also scores Readability.js on linkedom (dev dependencies),
 * `--misses N` lists the N pages that miss the most "with" snippets, for error analysis.
 *
 * `--inputs DUMPS` cleans text dumps of the pages instead (`DUMPS/<page file>.txt`, as a converter such as
 * w3m or html2text wrote them), as text; the "whole input" row is the dumps as they stand, nothing removed:
 * what a converter's own line breaks and marks leave findable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../dist/index.js';
import { option, requiredOption } from './lib.mjs';

const data = requiredOption('data', 'npm run bench:snippets -- --data DIR (evaldata.json, and the pages in eval/ or cache/)');
const misses = Number(option('misses', '0'));
const inputs = option('inputs', undefined);

/** trafilatura's `norm`: runs of white space as one space, ends trimmed. */
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

async function readabilityText() {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (bytes) => new Readability(parseHTML(bytes.toString('utf8')).document).parse()?.textContent ?? '';
}

function pages() {
  const entries = Object.entries(JSON.parse(readFileSync(join(data, 'evaldata.json'), 'utf8'))).sort(([a], [b]) => (a < b ? -1 : 1));
  const found = [];
  for (const [url, item] of entries) {
    const places = inputs ? [join(inputs, `${item.file}.txt`)] : ['cache', 'eval'].map((dir) => join(data, dir, item.file));
    const path = places.find((p) => existsSync(p));
    if (path) found.push({ url, path, with: item.with, without: item.without });
  }
  return { found, listed: entries.length };
}

function score(name, extract, list) {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perPage = [];
  let failed = 0;
  const started = performance.now();
  for (const page of list) {
    let text = '';
    try {
      text = collapse(extract(readFileSync(page.path)));
    } catch {
      failed++;
    }
    const missed = page.with.filter((s) => !text.includes(collapse(s)));
    const leaked = page.without.filter((s) => text.includes(collapse(s)));
    counts.tp += page.with.length - missed.length;
    counts.fn += missed.length;
    counts.fp += leaked.length;
    counts.tn += page.without.length - leaked.length;
    perPage.push({ page, missed });
  }
  const { tp, fp, fn, tn } = counts;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  const accuracy = (tp + tn) / (tp + fp + fn + tn);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `| ${name} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${accuracy.toFixed(3)} | ${tp} / ${fp} / ${fn} / ${tn} | ${failed} | ${seconds.toFixed(1)} s |`,
  );
  return perPage;
}

const { found, listed } = pages();
console.log(`${found.length} of ${listed} pages found under ${inputs ?? data}\n`);
console.log('| system | precision | recall | F1 | accuracy | TP / FP / FN / TN | failed | time |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const rinse = score('rinse', (bytes) => clean(bytes, { inputFormat: inputs ? 'text' : 'html' }).text, found);
if (inputs) score('whole input, nothing removed', (bytes) => bytes.toString('utf8'), found);
else if (process.argv.includes('--readability')) score('Readability.js on linkedom', await readabilityText(), found);
if (misses > 0) {
  console.log(`\nrinse: the ${misses} pages missing the most "with" snippets`);
  for (const { page, missed } of rinse.filter((r) => r.missed.length).sort((a, b) => b.missed.length - a.missed.length).slice(0, misses)) {
    console.log(`- ${page.path}: ${missed.map((s) => JSON.stringify(s.slice(0, 60))).join(', ')}`);
  }
}
