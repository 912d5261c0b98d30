/**
 * A mutation fuzz campaign over the parse and rule layers: seeds (our
 * fixtures, plus html5lib's tree-construction inputs when --data is given)
 * are mutated at random — bytes flipped, inserted, deleted, chunks spliced
 * from other seeds, tags and Markdown tokens injected — and each mutant is
 * cleaned from bytes (decode → sniff → parse → rules). A crash is any error
 * other than InputError (a per-input refusal); slow mutants are reported.
 *
 *   npm run fuzz -- [--runs 100000] [--seed 1] [--data ../shared/bench/html5lib]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, CleanResultSchema, InputError } from '../dist/index.js';
import { datCases, datFiles, option } from './lib.mjs';

const runs = Number(option('runs', '100000'));
let state = Number(option('seed', '1')) >>> 0 || 1;
const data = option('data', '');
/** xorshift32: a reproducible campaign from its seed. */
const rand = (n) => {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state % n;
};

const fixtures = new URL('../fixtures/dumps/', import.meta.url).pathname;
const seeds = readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f)));
if (data) for (const file of datFiles(join(data, 'tree-construction'))) for (const c of datCases(file)) seeds.push(c.data);
const TOKENS = ['<p>', '</p>', '<div class="share-buttons">', '</div>', '<!--', '-->', '<script>', '</script>', '<a href="#">', '</a>', '<br>', '<li>', '<pre>', '**', '# ', '- ', '> ', '[', '](', ')', '```', '|---|', '\n', '\n\n', '&amp;', '&#', '\u0000', '\ufffd', 'Share', 'Comments', 'See also: ', 'Tags: ', '\u00e9', '\xff', '<meta charset="shift_jis">', '\xef\xbb\xbf'];

function mutate(bytes) {
  let b = Buffer.from(bytes);
  const ops = 1 + rand(8);
  for (let k = 0; k < ops; k++) {
    const at = rand(b.length + 1);
    switch (rand(6)) {
      case 0: if (b.length) b[rand(b.length)] = rand(256); break;
      case 1: b = Buffer.concat([b.subarray(0, at), Buffer.from([rand(256)]), b.subarray(at)]); break;
      case 2: b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + rand(64)))]); break;
      case 3: { const other = seeds[rand(seeds.length)]; const from = rand(other.length + 1); b = Buffer.concat([b.subarray(0, at), other.subarray(from, from + rand(512)), b.subarray(at)]); break; }
      case 4: b = Buffer.concat([b.subarray(0, at), Buffer.from(TOKENS[rand(TOKENS.length)], 'latin1'), b.subarray(at)]); break;
      default: { const chunk = b.subarray(at, at + rand(128)); b = Buffer.concat([b.subarray(0, at), chunk, chunk, b.subarray(at)]); }
    }
  }
  return b;
}

const crashes = new Map();
let refused = 0;
let slow = 0;
const started = performance.now();
for (let n = 0; n < runs; n++) {
  const input = mutate(seeds[rand(seeds.length)]);
  const t = performance.now();
  try {
    const result = clean(input, { inputFormat: ['auto', 'html', 'text'][rand(3)] });
    if (!CleanResultSchema.safeParse(result).success) throw new Error('result fails the JSON schema');
  } catch (error) {
    if (error instanceof InputError) refused++;
    else {
      const key = String(error?.stack ?? error).split('\n').slice(0, 3).join(' | ');
      if (!crashes.has(key)) crashes.set(key, input);
    }
  }
  if (performance.now() - t > 1000) slow++;
}
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${runs} inputs from ${seeds.length} seeds in ${seconds.toFixed(0)} s; ${refused} refused per input (InputError), ${slow} over 1 s, ${crashes.size} distinct crashes`);
for (const [key, input] of crashes) console.log(`  crash: ${key}\n    input (base64): ${input.toString('base64').slice(0, 400)}`);
process.exitCode = crashes.size ? 1 : 0;
