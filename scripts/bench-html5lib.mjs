/**
 * Robustness and encoding figures on html5lib's public test data, run from
 * where it lies (nothing is copied into the repository):
 *
 *   npm run bench:html5lib -- --data ../shared/bench/html5lib
 *
 * 1. Every tree-construction input is cleaned through the library (as HTML,
 *    and sniffed from its bytes), and the JSON result checked against the
 *    schema; then all of them in one CLI batch (written to a temporary
 *    directory, removed afterwards), which must exit 0.
 * 2. Every encoding case is decoded; the decoded text must equal the text the
 *    expected encoding gives (the figure reported), and the names are compared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { clean, CleanResultSchema } from '../dist/index.js';
import { decode } from '../dist/io/decode.js';
import { datCases, datFiles, requiredOption } from './lib.mjs';

const data = requiredOption('data', 'npm run bench:html5lib -- --data DIR (html5lib-tests: tree-construction/ and encoding/)');
const bin = new URL('../bin/rinse.js', import.meta.url).pathname;

function treeConstruction() {
  const cases = datFiles(join(data, 'tree-construction')).flatMap((file) => datCases(file).map((c) => ({ file, data: c.data })));
  const failures = [];
  let slowest = { ms: 0 };
  const started = performance.now();
  for (const [n, c] of cases.entries()) {
    for (const [how, run] of [
      ['html', () => clean(c.data.toString('utf8'), { inputFormat: 'html' })],
      ['auto', () => clean(c.data)],
    ]) {
      const t = performance.now();
      try {
        const parsed = CleanResultSchema.safeParse(run());
        if (!parsed.success) failures.push(`${c.file} case ${n} (${how}): invalid JSON result: ${parsed.error.message.split('\n')[0]}`);
      } catch (error) {
        failures.push(`${c.file} case ${n} (${how}): ${error instanceof Error ? error.message : String(error)}`);
      }
      const ms = performance.now() - t;
      if (ms > slowest.ms) slowest = { ms, file: c.file, n };
    }
  }
  const libraryMs = performance.now() - started;

  // The same inputs as one batch through the CLI, as a user would run it.
  const dir = mkdtempSync(join(tmpdir(), 'rinse-html5lib-'));
  try {
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'out');
    spawnSync('mkdir', [inDir]);
    cases.forEach((c, n) => writeFileSync(join(inDir, `case-${String(n).padStart(4, '0')}.html`), c.data));
    const t = performance.now();
    const run = spawnSync(process.execPath, [bin, inDir, '-o', outDir, '-f', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const cliMs = performance.now() - t;
    const written = readdirSync(outDir).length;
    console.log(`tree-construction: ${cases.length} cases; library: ${failures.length} failures (${(libraryMs / 1000).toFixed(1)} s for ${cases.length * 2} runs, slowest ${slowest.ms.toFixed(1)} ms)`);
    console.log(`tree-construction: CLI batch exit ${run.status}, ${written} outputs written, ${(cliMs / 1000).toFixed(1)} s; stderr: ${run.stderr.trim().split('\n').pop()}`);
    if (run.status !== 0 || written !== cases.length) failures.push(`CLI batch: exit ${run.status}, ${written}/${cases.length} written: ${run.stderr.slice(0, 2000)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}

/** WHATWG names for what the test data calls an encoding. */
const canonical = (name) => {
  const n = name.toLowerCase();
  return { 'iso-8859-1': 'windows-1252', 'us-ascii': 'windows-1252', 'shift-jis': 'shift_jis' }[n] ?? n;
};

function encoding() {
  const files = datFiles(join(data, 'encoding'));
  let sameText = 0;
  let sameName = 0;
  let total = 0;
  const misses = [];
  for (const file of files) {
    for (const c of datCases(file)) {
      if (!c.encoding) continue;
      total++;
      const expected = iconv.decode(c.data, c.encoding);
      let got;
      try {
        got = decode(c.data);
      } catch (error) {
        misses.push(`${file}: threw ${error.message}`);
        continue;
      }
      if (got.text === expected) sameText++;
      if (canonical(got.encoding) === canonical(c.encoding)) sameName++;
      if (got.text !== expected) misses.push(`${file.replace(data, '')}: expected ${c.encoding}, got ${got.encoding}: ${JSON.stringify(c.data.toString('latin1').slice(0, 90))}`);
    }
  }
  // Files of raw text in a known encoding (the directory says which sniffer family; the name says the encoding).
  const chardetDir = join(data, 'encoding', 'chardet');
  let rawFiles = [];
  try {
    rawFiles = readdirSync(chardetDir).filter((f) => /^test_[\w-]+\.txt$/.test(f));
  } catch {}
  for (const name of rawFiles) {
    const label = name.replace(/^test_|\.txt$/g, '');
    const bytes = spawnSync('cat', [join(chardetDir, name)], { maxBuffer: 1 << 26 }).stdout;
    total++;
    const got = decode(bytes);
    const expected = iconv.decode(bytes, label);
    if (got.text === expected) sameText++;
    else misses.push(`chardet/${name}: expected ${label}, got ${got.encoding}`);
    if (canonical(got.encoding) === canonical(label)) sameName++;
  }
  const pct = (n) => `${((100 * n) / total).toFixed(1)}%`;
  console.log(`encoding: ${total} cases; decoded text agrees with the expected encoding on ${sameText} (${pct(sameText)}); same encoding name on ${sameName} (${pct(sameName)})`);
  for (const m of misses) console.log(`  miss ${m}`);
  return sameText / total >= 0.95 ? [] : [`encoding agreement ${pct(sameText)} is under 95%`];
}

const failures = [...treeConstruction(), ...encoding()];
for (const f of failures.slice(0, 50)) console.error(`FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
