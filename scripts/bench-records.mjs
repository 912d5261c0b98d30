#!/usr/bin/env node
// Record-mode throughput: the benchmark pages as JSONL records, repeated to
// --records (default 20,000), piped through `rinse --jsonl` on one core, then
// split over all cores with GNU parallel if it is installed. The records are
// built in memory at run time and fed to rinse's stdin; nothing of the data is kept.
//
//   npm run bench:records -- --data /work/shared/bench/scrapinghub [--records 20000] [--jobs N]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { decode } from '../dist/io/decode.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, records: { type: 'string', default: '20000' }, jobs: { type: 'string' } } });
if (!values.data) {
  process.stderr.write('usage: npm run bench:records -- --data DIR (a directory with html/*.html.gz, e.g. the ScrapingHub benchmark)\n');
  process.exit(2);
}
const total = Number(values.records);
const jobs = Number(values.jobs ?? availableParallelism());
const htmlDir = join(resolve(values.data), 'html');
const bin = resolve(import.meta.dirname, '..', 'bin', 'rinse.js');

const pages = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort()
  .map((f) => ({ id: f.replace(/\.html\.gz$/, ''), html: JSON.stringify(decode(gunzipSync(readFileSync(join(htmlDir, f)))).text) }));
const dir = mkdtempSync(join(tmpdir(), 'rinse-bench-'));
const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
const hasParallel = (spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout ?? '').startsWith('GNU parallel');

/** Writes the records to a child's stdin as it takes them (no file of gigabytes on disk); resolves to the bytes written. */
async function feed(stdin) {
  let bytes = 0;
  for (let i = 0; i < total; i++) {
    const page = pages[i % pages.length];
    const line = `{"id":"${page.id}-${i}","html":${page.html}}\n`;
    bytes += Buffer.byteLength(line);
    if (!stdin.write(line)) await new Promise((r) => stdin.once('drain', r));
  }
  stdin.end();
  return bytes;
}

/** Runs a shell pipeline on the records, output discarded; prints wall-clock and CPU-time rates and peak RSS. */
async function run(label, command) {
  const stats = join(dir, 'time');
  const timed = hasTime ? `/usr/bin/time -f '%e %U %S %M' -o ${JSON.stringify(stats)} ${command}` : command;
  const start = process.hrtime.bigint();
  const child = spawn('sh', ['-c', `${timed} > /dev/null`], { stdio: ['pipe', 'ignore', 'inherit'] });
  const [bytes, code] = await Promise.all([feed(child.stdin), new Promise((r) => child.on('close', r))]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new Error(`${label} exited with ${code}`);
  let cpu = '';
  if (hasTime) {
    const [, user, sys, rssKb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = `  CPU ${(user + sys).toFixed(1)} s (${(total / (user + sys)).toFixed(0)} records per CPU-second)  peak RSS ${(rssKb / 1024).toFixed(0)} MB`;
  }
  process.stdout.write(`${label}: ${total} records, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(1)} records/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s${cpu}\n`);
}

const rinse = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --jsonl -q`;
process.stdout.write(`${pages.length} pages repeated to ${total} records; ${availableParallelism()} cores; load average ${loadavg()[0].toFixed(1)}\n`);
try {
  await run('one core (rinse --jsonl)', rinse);
  if (hasParallel) await run(`all cores (parallel --pipe -j ${jobs})`, `parallel --will-cite --pipe -k --block 32M -j ${jobs} ${JSON.stringify(rinse)}`);
  else process.stdout.write('GNU parallel is not installed: all-cores figure skipped\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
