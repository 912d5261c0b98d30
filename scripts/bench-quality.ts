/**
 * Quality benchmark: cleans every page of a benchmark folder laid out like
 * the ScrapingHub one (`html/<id>.html.gz` + `ground-truth.json`, or text
 * dumps `<dir>/<id>.txt` scored against the same ground truth) in-process,
 * and prints token-shingle F1, precision and recall, the same on both halves
 * of a fixed split, and the pages that lose most with what was missed and
 * what was kept in excess.
 *
 *   npm run bench:quality -- --data ../shared/bench/scrapinghub
 *   npm run bench:quality -- --data ../shared/bench/scrapinghub --inputs ../shared/bench/textdumps/scrapinghub/md --input-format text
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { clean } from '../src/clean.js';
import { aggregate, pageCounts, pagePrecision, pageRecall, tokens, type PageCounts } from './lib/shingles.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    inputs: { type: 'string' },
    'input-format': { type: 'string', default: 'auto' },
    worst: { type: 'string', default: '8' },
    json: { type: 'string' },
    show: { type: 'string' },
  },
});
if (!values.data) {
  console.error('usage: bench-quality --data DIR [--inputs DIR] [--input-format auto|html|text] [--worst N] [--json OUT] [--show ID]');
  process.exit(2);
}
const data = values.data;
const inputs = values.inputs ?? join(data, 'html');
const inputFormat = values['input-format'] as 'auto' | 'html' | 'text';
const truth = JSON.parse(readFileSync(join(data, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
const files = new Map(readdirSync(inputs).map((f) => [basename(f).replace(/\.(html?|txt)(\.gz)?$/, ''), join(inputs, f)]));

interface Page {
  id: string;
  counts: PageCounts;
  prediction: string;
  truth: string;
}

const pages: Page[] = [];
const started = process.hrtime.bigint();
for (const id of Object.keys(truth).sort()) {
  const file = files.get(id);
  const prediction = file && existsSync(file) ? clean(readFileSync(file), { source: file, inputFormat }).text : '';
  const expected = truth[id]?.articleBody ?? '';
  pages.push({ id, counts: pageCounts(expected, prediction), prediction, truth: expected });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

// A fixed split by id: the first hex digit below 8, or not. Ids are hashes, so the halves are random.
const halfA = pages.filter((p) => parseInt(p.id[0]!, 16) < 8);
const halfB = pages.filter((p) => parseInt(p.id[0]!, 16) >= 8);
const line = (name: string, set: Page[]): string => {
  const s = aggregate(set.map((p) => p.counts));
  return `${name.padEnd(10)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (${s.pages} pages)`;
};
console.log(line('all', pages));
console.log(line('half A', halfA));
console.log(line('half B', halfB));
console.log(`${pages.length} pages in ${seconds.toFixed(1)} s`);

/** Text of one side that the other lacks, by sentence-ish pieces, for reading. */
function missing(from: string, against: string): string[] {
  const have = new Set(tokens(against).map((t) => t.toLowerCase()));
  return from
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => {
      const t = tokens(s);
      return t.length >= 3 && t.filter((w) => !have.has(w.toLowerCase())).length / t.length > 0.5;
    });
}

const worst = Number(values.worst);
const loss = (p: Page): number => 2 - pagePrecision(p.counts) - pageRecall(p.counts);
for (const p of [...pages].sort((a, b) => loss(b) - loss(a)).slice(0, worst)) {
  console.log(`\n${p.id}  P ${pagePrecision(p.counts).toFixed(2)} R ${pageRecall(p.counts).toFixed(2)}`);
  for (const s of missing(p.truth, p.prediction).slice(0, 3)) console.log(`  missed: ${s.slice(0, 140)}`);
  for (const s of missing(p.prediction, p.truth).slice(0, 5)) console.log(`  extra:  ${s.slice(0, 140)}`);
}
if (values.show) {
  const p = pages.find((x) => x.id.startsWith(values.show!));
  if (p) console.log(`\n--- prediction ${p.id}\n${p.prediction}\n--- truth\n${p.truth}`);
}
if (values.json) {
  writeFileSync(values.json, JSON.stringify(Object.fromEntries(pages.map((p) => [p.id, { articleBody: p.prediction }]))));
}
