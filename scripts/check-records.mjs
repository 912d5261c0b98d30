#!/usr/bin/env node
// Checks that record mode gives the same text as file mode: every page of
// DIR/html/*.html.gz is cleaned once as a file (`rinse -f jsonl DIR/html`)
// and as a JSONL record (`rinse --jsonl`, the page decoded as file mode
// decodes it), the texts are compared; and record mode on one thread
// (`-j 1`) and on all cores (`-j <cores>`: the main thread and workers) must give the same bytes.
// Exit 0 when all are equal.
//
//   npm run check:records -- --data /work/shared/bench/scrapinghub
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { decode } from '../dist/io/decode.js';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
if (!values.data) {
  process.stderr.write('usage: npm run check:records -- --data DIR (a directory with html/*.html.gz)\n');
  process.exit(2);
}
const htmlDir = join(resolve(values.data), 'html');
const bin = resolve(import.meta.dirname, '..', 'bin', 'rinse.js');
const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort();
const rinse = (args, input) => spawnSync(process.execPath, [bin, '-q', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });

const fileRun = rinse(['-f', 'jsonl', htmlDir]);
const byFile = new Map(fileRun.stdout.trimEnd().split('\n').map((l) => JSON.parse(l)).map((r) => [r.source.split('/').pop().replace(/\.html\.gz$/, ''), r.text]));

const records = files.map((f) => JSON.stringify({ id: f.replace(/\.html\.gz$/, ''), html: decode(gunzipSync(readFileSync(join(htmlDir, f)))).text })).join('\n');
const jobs = String(Math.max(2, availableParallelism()));
const recordRun = rinse(['--jsonl', '-j', '1'], `${records}\n`);
const threadRun = rinse(['--jsonl', '-j', jobs], `${records}\n`);
const threadsSame = threadRun.status === recordRun.status && threadRun.stdout === recordRun.stdout;
const byRecord = new Map(recordRun.stdout.trimEnd().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id, r.text ?? `ERROR ${r.error}`]));

let differ = 0;
for (const f of files) {
  const id = f.replace(/\.html\.gz$/, '');
  if (byFile.get(id) !== byRecord.get(id)) {
    differ++;
    process.stderr.write(`differs: ${id}\n`);
  }
}
process.stdout.write(`${files.length} pages: file mode exit ${fileRun.status}, record mode exit ${recordRun.status}; ${files.length - differ} same text, ${differ} different\n`);
process.stdout.write(`record mode -j 1 and -j ${jobs}: ${threadsSame ? 'byte-identical output' : `OUTPUTS DIFFER (exit ${recordRun.status} / ${threadRun.status})`}\n`);
process.exit(differ || !threadsSame || fileRun.status || recordRun.status || byFile.size !== files.length || byRecord.size !== files.length ? 1 : 0);
