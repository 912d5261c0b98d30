#!/usr/bin/env node
// Record-mode throughput: the benchmark pages as JSONL records, repeated to --records (default
// 20,000), piped through `rinse --jsonl -j 1` (one core) and `rinse --jsonl -j <cores>` (the main
// thread and workers on all cores), the two interleaved --runs times so that both see the same machine; then
// a table of medians. With --parallel, GNU parallel (`parallel --pipe -j <cores>` over `-j 1` jobs)
// is run as a third contender. The records are built in memory at run time and fed to rinse's
// stdin as it takes them; nothing of the data is written to disk or kept.
//
//   npm run bench:records -- --data /work/shared/bench/scrapinghub [--records 20000] [--runs 3] [--jobs N] [--parallel]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { decode } from '../dist/io/decode.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    records: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
    jobs: { type: 'string' },
    parallel: { type: 'boolean', default: false },
  },
});
if (!values.data) {
  process.stderr.write('usage: npm run bench:records -- --data DIR (a directory with html/*.html.gz, e.g. the ScrapingHub benchmark) [--records N] [--runs N] [--jobs N] [--parallel]\n');
  process.exit(2);
}
const total = Number(values.records);
const runs = Math.max(1, Number(values.runs));
const jobs = Number(values.jobs ?? availableParallelism());
const htmlDir = join(resolve(values.data), 'html');
const bin = resolve(import.meta.dirname, '..', 'bin', 'rinse.js');

// Each page once as the bytes after its id, so feeding is a copy, not a re-encoding.
const pages = readdirSync(htmlDir)
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => ({ id: f.replace(/\.html\.gz$/, ''), tail: Buffer.from(`,"html":${JSON.stringify(decode(gunzipSync(readFileSync(join(htmlDir, f)))).text)}}\n`) }));
const dir = mkdtempSync(join(tmpdir(), 'rinse-bench-'));
const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
const hasParallel = (spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout ?? '').startsWith('GNU parallel');

/** Writes the records to a child's stdin as it takes them (no file of gigabytes on disk); resolves to the bytes written. */
async function feed(stdin) {
  let bytes = 0;
  for (let i = 0; i < total; i++) {
    const page = pages[i % pages.length];
    const head = Buffer.from(`{"id":"${page.id}-${i}"`);
    bytes += head.length + page.tail.length;
    stdin.write(head);
    if (!stdin.write(page.tail)) await new Promise((r) => stdin.once('drain', r));
  }
  stdin.end();
  return bytes;
}

/** Runs a shell pipeline on the records, output discarded; resolves to its wall-clock and CPU seconds, peak RSS and the load around it. */
async function run(command) {
  const stats = join(dir, 'time');
  const timed = hasTime ? `/usr/bin/time -f '%e %U %S %M' -o ${JSON.stringify(stats)} ${command}` : command;
  const loadBefore = loadavg()[0];
  const start = process.hrtime.bigint();
  const child = spawn('sh', ['-c', `${timed} > /dev/null`], { stdio: ['pipe', 'ignore', 'inherit'] });
  const [bytes, code] = await Promise.all([feed(child.stdin), new Promise((r) => child.on('close', r))]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new Error(`${command} exited with ${code}`);
  const result = { seconds, bytes, load: [loadBefore, loadavg()[0]] };
  if (hasTime) {
    const [, user, sys, rssKb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    Object.assign(result, { cpu: user + sys, rssMb: rssKb / 1024 });
  }
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const rinse = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --jsonl -q`;
const contenders = [
  { label: 'one core: `rinse --jsonl -j 1`', command: `${rinse} -j 1` },
  { label: `all cores: \`rinse --jsonl -j ${jobs}\``, command: `${rinse} -j ${jobs}` },
];
if (values.parallel) {
  if (hasParallel) contenders.push({ label: `GNU parallel: \`parallel --pipe -j ${jobs}\` of \`-j 1\``, command: `parallel --will-cite --pipe -k --block 32M -j ${jobs} ${JSON.stringify(`${rinse} -j 1`)}` });
  else process.stdout.write('GNU parallel is not installed: its run is skipped\n');
}

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
process.stdout.write(
  `${pages.length} pages repeated to ${fmt(total, 0)} records; ${availableParallelism()} cores (${cpu}), ${fmt(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}; ` +
    `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} run${runs === 1 ? '' : 's'} of each, interleaved\n`,
);
const results = contenders.map(() => []);
try {
  for (let r = 0; r < runs; r++) {
    for (const [i, c] of contenders.entries()) {
      const m = await run(c.command);
      results[i].push(m);
      const cpuNote = m.cpu === undefined ? '' : `, CPU ${fmt(m.cpu)} s, peak RSS ${fmt(m.rssMb, 0)} MB`;
      process.stdout.write(
        `run ${r + 1}, ${c.label}: ${fmt(m.seconds)} s = ${fmt(total / m.seconds)} records/s (${fmt(m.bytes / 1e6 / m.seconds)} MB/s)${cpuNote}; load ${fmt(m.load[0], 2)} → ${fmt(m.load[1], 2)}\n`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const mb = results[0][0].bytes / 1e6;
process.stdout.write(`\n${fmt(total, 0)} records (${fmt(mb / 1000, 2)} GB); medians of ${runs} run${runs === 1 ? '' : 's'}:\n\n`);
process.stdout.write('| run | wall clock | records/s | MB/s | records per CPU-second | peak RSS | load average (1 min) during the runs |\n| --- | --- | --- | --- | --- | --- | --- |\n');
const rates = results.map((ms) => median(ms.map((m) => total / m.seconds)));
for (const [i, c] of contenders.entries()) {
  const ms = results[i];
  const perCpu = ms[0].cpu === undefined ? 'n/a' : fmt(median(ms.map((m) => total / m.cpu)));
  const rss = ms[0].rssMb === undefined ? 'n/a' : `${fmt(median(ms.map((m) => m.rssMb)), 0)} MB`;
  const loads = ms.flatMap((m) => m.load);
  process.stdout.write(
    `| ${c.label} | ${fmt(median(ms.map((m) => m.seconds)))} s | ${fmt(rates[i])} | ${fmt(median(ms.map((m) => m.bytes / 1e6 / m.seconds)))} | ${perCpu} | ${rss} | ${fmt(Math.min(...loads), 2)}–${fmt(Math.max(...loads), 2)} |\n`,
  );
}
process.stdout.write(`\nall cores / one core: ${fmt(rates[1] / rates[0], 2)}× records/s${rates[2] !== undefined ? `; GNU parallel / one core: ${fmt(rates[2] / rates[0], 2)}×` : ''}\n`);
