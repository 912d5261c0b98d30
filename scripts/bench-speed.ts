/**
 * `npm run bench:speed -- --data <bench dir>`: how fast rinse is, measured
 * side by side with baselines in one run, as medians and ratios (a shared,
 * noisy machine: absolute times move, ratios measured together hold).
 *
 *   per page      rinse's whole clean (decode, parse, rules, render) vs the bare
 *                 htmlparser2 parse (cheerio/slim) vs Readability.js on linkedom,
 *                 interleaved page by page in turning order, each page's median over the rounds
 *   … apart       the same three, each in a process of its own, a pass over the pages each in turn
 *   text dumps    MB/s of text-dump input on one core
 *   whole process `rinse DIR -o OUT` vs a script that only reads, gunzips, parses
 *   start-up      `rinse <seed dump>` vs `node -e 0`
 *   batches       a batch of --batch-files copies of the pages: -j 1 vs -j 2, peak memory,
 *                 and two -j 1 processes at once on its two halves (the cores' ceiling here)
 *   growth        time per MB of a page and a dump at ¼, ½ and 1 of 50 MB / 100,000 lines
 *
 * The data stays where it is (--data); batches and growth inputs are made in a temp dir.
 * Options: --rounds N (per-page rounds, default 5), --runs N (process runs, default 7),
 * --batch-files N (default 20000), --batch-runs N (alternating runs of each batch, default 1),
 * --skip pages,pages-apart,textdumps,process,startup,batches,growth (any of them)
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio/slim';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { clean } from '../src/clean.js';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(repo, 'bin', 'rinse.js');
const atOnce = join(repo, 'scripts', 'bench', 'at-once.mjs');

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const data = arg('data');
if (!data) {
  process.stderr.write('usage: npm run bench:speed -- --data <dir with scrapinghub/ and textdumps/> [--rounds 5] [--runs 7] [--batch-files 20000] [--batch-runs 1] [--skip a,b]\n');
  process.exit(2);
}
const rounds = Number(arg('rounds', '5'));
const runs = Number(arg('runs', '7'));
const batchFiles = Number(arg('batch-files', '20000'));
// Batch runs move by up to a quarter on a shared machine: several, alternated, give a median and a ratio per round.
const batchRuns = Math.max(1, Number(arg('batch-runs', '1')));
const skip = new Set((arg('skip', '') ?? '').split(',').filter(Boolean));
const htmlDir = join(data, 'scrapinghub', 'html');
const seed = resolve(data, '..', 'seed', 'blogger-dump.txt');

const log = (line = ''): void => void process.stdout.write(`${line}\n`);
const note = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

// ---- statistics -------------------------------------------------------------

function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const median = (values: readonly number[]): number => quantile(values, 0.5);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const x = (n: number): string => `${n.toFixed(2)}×`;

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function files(dir: string): string[] {
  return readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => join(dir, f));
}

// ---- per page, in process -----------------------------------------------------

const pages = files(htmlDir).map((path) => ({ path, bytes: gunzipSync(readFileSync(path)) }));

type PageSystem = 'rinse' | 'parse' | 'readability';
const pageSystemNames: readonly PageSystem[] = ['rinse', 'parse', 'readability'];

function pageSystems(): Record<PageSystem, (b: Buffer) => unknown> {
  return {
    rinse: (b) => clean(b, { inputFormat: 'auto' }).text.length,
    parse: (b) => load(b.toString('utf8')).root().length,
    readability: (b) => new Readability(parseHTML(b.toString('utf8')).document as never).parse()?.textContent?.length,
  };
}

/** Each system's per-page times, one array of rounds per page. */
type PageSamples = Record<PageSystem, number[][]>;

function emptySamples(): PageSamples {
  return Object.fromEntries(pageSystemNames.map((n) => [n, pages.map(() => [] as number[])])) as PageSamples;
}

function reportPerPage(heading: string, samples: PageSamples): void {
  const perPageMedian = Object.fromEntries(pageSystemNames.map((n) => [n, samples[n].map(median)])) as Record<PageSystem, number[]>;
  log(`## ${heading} (${pages.length} pages, median of ${rounds} rounds each)`);
  log();
  log('| system | median | p95 | total |');
  log('| --- | --- | --- | --- |');
  const label = { rinse: 'rinse: decode, parse, rules, render', parse: 'parse only: cheerio/slim (htmlparser2)', readability: 'Readability.js 0.6 on linkedom' };
  for (const n of pageSystemNames) log(`| ${label[n]} | ${ms(median(perPageMedian[n]))} | ${ms(quantile(perPageMedian[n], 0.95))} | ${ms(sum(perPageMedian[n]))} |`);
  log();
  const ratio = (a: PageSystem, b: PageSystem): string =>
    `${x(median(perPageMedian[a]) / median(perPageMedian[b]))} (medians), ${x(sum(perPageMedian[a]) / sum(perPageMedian[b]))} (totals)`;
  log(`- rinse / bare parse: ${ratio('rinse', 'parse')} — target ≤ 2.5×`);
  log(`- Readability+linkedom / rinse: ${ratio('readability', 'rinse')} — target ≥ 5×`);
  log();
}

/**
 * The three systems in one process, interleaved page by page. They share one heap: a system's garbage is
 * collected in whichever runs after it, and Readability's DOM is most of it. The order turns from page to
 * page, so each pays for the others' garbage equally (in a fixed order, rinse always followed Readability
 * and its median page took 1.15-1.2x as long as in rounds of its own), but each still pays for some.
 */
function perPage(): void {
  const systems = pageSystems();
  for (const p of pages) for (const n of pageSystemNames) systems[n](p.bytes);
  const samples = emptySamples();
  for (let r = 0; r < rounds; r++) {
    pages.forEach((p, i) => {
      for (let k = 0; k < pageSystemNames.length; k++) {
        const n = pageSystemNames[(i + r + k) % pageSystemNames.length]!;
        samples[n][i]!.push(time(() => systems[n](p.bytes)));
      }
    });
  }
  reportPerPage('Per page, in one process', samples);
}

/**
 * Each system in a process of its own, as each is run in use: its own heap, its own garbage, working page
 * after page. One process works at a time, a pass over all the pages each, in an order that turns from round
 * to round; a first pass each warms it up and is not counted. (Interleaved page by page, each process woke
 * to one page in the wake of another's, its collector's threads still at work on the two cores: rinse's
 * median page then took 4.1-4.5 ms where a pass gave it 2.7-3.4 ms and one process 3.9-4.8 ms.)
 */
async function perPageApart(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const children = Object.fromEntries(
    pageSystemNames.map((n) => [n, fork(self, ['--data', data!, '--page-system', n], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })]),
  ) as Record<PageSystem, ChildProcess>;
  const pass = (n: PageSystem): Promise<number[]> =>
    new Promise((done, fail) => {
      const child = children[n];
      const exited = (code: number | null): void => fail(new Error(`the ${n} process exited (${code}) during a pass`));
      child.once('exit', exited);
      child.once('message', (times) => {
        child.off('exit', exited);
        done(times as number[]);
      });
      child.send('pass');
    });
  try {
    for (const n of pageSystemNames) await pass(n);
    const samples = emptySamples();
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < pageSystemNames.length; k++) {
        const n = pageSystemNames[(r + k) % pageSystemNames.length]!;
        (await pass(n)).forEach((t, i) => samples[n][i]!.push(t));
      }
    }
    reportPerPage('Per page, each system in a process of its own', samples);
  } finally {
    for (const child of Object.values(children)) child.kill();
  }
}

/** A `--page-system` process: a pass over the pages, each page timed, whenever its parent asks. */
function servePageSystem(name: PageSystem): void {
  const run = pageSystems()[name];
  process.on('message', () => process.send!(pages.map((p) => time(() => run(p.bytes)))));
}

// ---- text dumps -------------------------------------------------------------

function textDumps(): void {
  const root = join(data!, 'textdumps', 'scrapinghub');
  const dumps = readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory())
    .flatMap((d) => files(join(root, d)).map((path) => readFileSync(path)));
  const bytes = sum(dumps.map((d) => d.length));
  for (const d of dumps) clean(d, { inputFormat: 'text' });
  const totals: number[] = [];
  for (let r = 0; r < rounds; r++) totals.push(sum(dumps.map((d) => time(() => clean(d, { inputFormat: 'text' })))));
  log(`## Text dumps (${dumps.length} dumps, ${(bytes / 1e6).toFixed(1)} MB, one core)`);
  log();
  log(`- ${((bytes / 1e6) / (median(totals) / 1000)).toFixed(1)} MB/s (median of ${rounds} passes: ${ms(median(totals))}) — target ≥ 50 MB/s`);
  log();
}

// ---- processes ----------------------------------------------------------------

interface Run {
  wall: number;
  rssMB?: number;
  /** CPU time of all the process's threads (ms), measured with its peak memory. */
  cpu?: number;
}

function runProcess(args: string[], withRss = false): Run {
  const rssFile = join(tmpdir(), `rinse-bench-rss-${process.pid}`);
  const cpuFile = join(tmpdir(), `rinse-bench-cpu-${process.pid}`);
  const pre = withRss ? ['--import', new URL('./bench/max-rss.mjs', `file://${repo}/scripts/`).href] : [];
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...pre, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, RINSE_RSS_FILE: rssFile, RINSE_CPU_FILE: cpuFile } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (!withRss) return { wall };
  const run = { wall, rssMB: Number(readFileSync(rssFile, 'utf8')) / 1024, cpu: Number(readFileSync(cpuFile, 'utf8')) };
  for (const f of [rssFile, cpuFile]) rmSync(f, { force: true });
  return run;
}

interface Timed {
  /** Median wall time. */
  readonly wall: number;
  readonly rssMB: number;
  /** Median of each run's cores kept busy: CPU time over wall time (NaN when not measured). */
  readonly cores: number;
  /** Each round's wall time, in order. */
  readonly walls: readonly number[];
}

/** Runs each command `n` times, interleaved; the median wall time (and peak memory) of each. */
function interleaved(commands: Record<string, () => string[]>, n: number, withRss = false): Record<string, Timed> {
  const got: Record<string, Run[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < n; i++) for (const [k, c] of Object.entries(commands)) got[k]!.push(runProcess(c(), withRss));
  return Object.fromEntries(
    Object.entries(got).map(([k, rs]) => [k, { wall: median(rs.map((r) => r.wall)), rssMB: Math.max(...rs.map((r) => r.rssMB ?? 0)), cores: median(rs.map((r) => (r.cpu ?? Number.NaN) / r.wall)), walls: rs.map((r) => r.wall) }]),
  );
}

/**
 * The median of each round's ratio a / b: the two ran back to back, so a burst of load on a shared
 * machine moves both. Printed beside the ratio of the medians (which the targets are read on).
 */
function pairedRatio(a: Timed, b: Timed): string {
  return x(median(a.walls.map((w, i) => w / b.walls[i]!)));
}

/**
 * An empty output directory for each run, made (and the last one removed) before the run's clock starts:
 * every run writes the same new files. Into a directory of an earlier run's outputs, rinse would find them
 * as it would write them and not write them again (src/io/write.ts): a run after another would write nothing.
 */
function freshOutput(): { next: () => string; done: () => void } {
  let dir: string | undefined;
  const done = (): void => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  };
  return { next: () => (done(), (dir = mkdtempSync(join(tmpdir(), 'rinse-bench-out-')))), done };
}

function wholeProcess(): void {
  const out1 = freshOutput();
  const outN = freshOutput();
  const m = interleaved(
    {
      parse: () => [join(repo, 'scripts', 'bench', 'parse-only.mjs'), htmlDir],
      rinse1: () => [bin, htmlDir, '-o', out1.next(), '-j', '1', '-q'],
      rinseN: () => [bin, htmlDir, '-o', outN.next(), '-q'],
    },
    runs,
  );
  out1.done();
  outN.done();
  log(`## Whole process, ${pages.length} pages (median of ${runs} runs)`);
  log();
  log(`- read + gunzip + parse script: ${ms(m.parse!.wall)}`);
  log(`- \`rinse DIR -o OUT -j 1\`: ${ms(m.rinse1!.wall)} → ${x(m.rinse1!.wall / m.parse!.wall)} the parse script (${pairedRatio(m.rinse1!, m.parse!)} round by round) — target ≤ 2.5×`);
  log(`- \`rinse DIR -o OUT\` (no -j: up to ${cpus().length} threads, once the batch shows it needs them): ${ms(m.rinseN!.wall)} → ${x(m.rinseN!.wall / m.parse!.wall)} (${pairedRatio(m.rinseN!, m.parse!)} round by round)`);
  log();
}

function startUp(): void {
  const m = interleaved({ node: () => ['-e', '0'], rinse: () => [bin, seed] }, Math.max(runs, 15));
  log(`## Start-up (median of ${Math.max(runs, 15)} runs)`);
  log();
  log(`- \`node -e 0\`: ${ms(m.node!.wall)}; \`rinse seed/blogger-dump.txt\`: ${ms(m.rinse!.wall)} → ${x(m.rinse!.wall / m.node!.wall)} (${pairedRatio(m.rinse!, m.node!)} round by round) — target ≤ 1.6×`);
  log();
}

/** A temp dir of `count` files: the benchmark pages copied over and over into folders of 1,000. */
function makeBatch(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-bench-batch-'));
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub);
    copyFileSync(pages[i % pages.length]!.path, join(sub, `${String(i).padStart(6, '0')}.html.gz`));
  }
  return dir;
}

/** The batch's folders in two halves, or undefined when it has only one. */
function halvesOf(dir: string): [string[], string[]] | undefined {
  const folders = readdirSync(dir).sort().map((f) => join(dir, f));
  if (folders.length < 2) return undefined;
  const half = Math.ceil(folders.length / 2);
  return [folders.slice(0, half), folders.slice(half)];
}

function batches(): void {
  const sizes = [...new Set([Math.min(2000, batchFiles), batchFiles])];
  const each = batchRuns === 1 ? 'one run each' : `median of ${batchRuns} alternating runs each, speed-up also round by round`;
  log(`## Batches (${each}; peak memory of the whole process, workers included, the highest of the runs)`);
  log();
  log('| files | -j 1 | -j 2 | speed-up | peak memory -j 1 | peak memory -j 2 | cores busy -j 1 | cores busy -j 2 | two -j 1 processes, half each | their speed-up |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const size of sizes) {
    note(`making a batch of ${size} files`);
    const dir = makeBatch(size);
    const out = freshOutput();
    const halves = halvesOf(dir);
    const outA = freshOutput();
    const outB = freshOutput();
    const m = interleaved(
      {
        j1: () => [bin, dir, '-o', out.next(), '-j', '1', '-q'],
        j2: () => [bin, dir, '-o', out.next(), '-j', '2', '-q'],
        // Timed as one process (node starting the two adds some 40 ms); its own memory and CPU are not shown.
        ...(halves ? { pair: () => [atOnce, JSON.stringify(halves.map((h, k) => [bin, ...h, '-o', [outA, outB][k]!.next(), '-j', '1', '-q']))] } : {}),
      },
      batchRuns,
      true,
    );
    const pair = m.pair;
    const speedUp = batchRuns === 1 ? x(m.j1!.wall / m.j2!.wall) : `${x(m.j1!.wall / m.j2!.wall)} (${pairedRatio(m.j1!, m.j2!)} round by round)`;
    const pairCells = pair ? `${(pair.wall / 1000).toFixed(1)} s | ${x(m.j1!.wall / pair.wall)}` : '– | –';
    log(`| ${size} | ${(m.j1!.wall / 1000).toFixed(1)} s | ${(m.j2!.wall / 1000).toFixed(1)} s | ${speedUp} | ${m.j1!.rssMB.toFixed(0)} MB | ${m.j2!.rssMB.toFixed(0)} MB | ${m.j1!.cores.toFixed(2)} | ${m.j2!.cores.toFixed(2)} | ${pairCells} |`);
    rmSync(dir, { recursive: true, force: true });
    for (const o of [out, outA, outB]) o.done();
  }
  log();
  log('Targets: -j 2 ≥ 1.8× -j 1 on 20,000 files; peak memory ≤ 300 MB and flat in the number of files.');
  log(`Cores busy: the process's CPU time (all threads) over its wall time, median of the runs (${cpus().length} cores here). Over 1 with -j 1: V8's`);
  log('compiler and collector threads work beside the main thread, on a core a second thread would need.');
  log("Two -j 1 processes, half each: the batch's folders split in two, one rinse process on each half, both at once (timed");
  log('together, in each round after the -j runs): what separate processes get from the cores, about the most threads could get here.');
  log();
}

// ---- growth -------------------------------------------------------------------

function growth(): void {
  // A page: the benchmark pages' bodies one after another inside one document, up to 50 MB.
  const bodies = pages.map((p) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(p.bytes.toString('utf8'))?.[1] ?? '').join('\n');
  const page = (mb: number): string => {
    const target = mb * 1e6;
    let html = '<!doctype html><html><head><title>t</title></head><body>';
    while (html.length < target) html += bodies.slice(0, target - html.length);
    return `${html}</body></html>`;
  };
  const dumpRoot = join(data!, 'textdumps', 'scrapinghub', 'md');
  const dumpLines = files(dumpRoot).flatMap((f) => readFileSync(f, 'utf8').split('\n'));
  const dump = (lines: number): string => Array.from({ length: lines }, (_, i) => dumpLines[i % dumpLines.length]).join('\n');
  log('## Growth (in process; time per unit should stay flat as inputs grow)');
  log();
  log('| input | size | time | per unit |');
  log('| --- | --- | --- | --- |');
  for (const mb of [12.5, 25, 50]) {
    const html = page(mb);
    const t = median([0, 1].map(() => time(() => clean(html, { inputFormat: 'html', maxBytes: 1e9 }))));
    log(`| HTML page | ${mb} MB | ${ms(t)} | ${(t / mb).toFixed(1)} ms/MB |`);
  }
  for (const lines of [25_000, 50_000, 100_000]) {
    const text = dump(lines);
    const t = median([0, 1, 2].map(() => time(() => clean(text, { inputFormat: 'text' }))));
    log(`| text dump | ${lines} lines | ${ms(t)} | ${((t / lines) * 1000).toFixed(1)} ms/1,000 lines |`);
  }
  log();
}

// ---- main -------------------------------------------------------------------------

const pageSystem = arg('page-system') as PageSystem | undefined;
if (pageSystem) {
  servePageSystem(pageSystem);
} else {
  log(`# rinse speed — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`);
  log();
  const sections: Record<string, () => void | Promise<void>> = { pages: perPage, 'pages-apart': perPageApart, textdumps: textDumps, process: wholeProcess, startup: startUp, batches, growth };
  for (const [name, run] of Object.entries(sections)) {
    if (skip.has(name)) continue;
    note(`${name}…`);
    await run();
  }
}
