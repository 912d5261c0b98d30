/**
 * Batches against a hostile file system, for real: a full disk, files and
 * directories rinse may not read or write, a file that vanishes mid-run,
 * temporary files a killed rinse left behind. Each bad input fails with one
 * line naming it, the rest is written, exit code 1, and no partial or
 * temporary file is left. Root reads and writes anything, so the permission
 * tests drop to an unprivileged user (setpriv), and the full disk is a small
 * tmpfs mounted in a private namespace (unshare); see tests/support/system.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { bin, rinse, tempDir } from '../support/cli.js';
import { mountNamespace, testWith, unprivileged } from '../support/system.js';
import { hostTag, isTempFile, tempFileName } from '../../src/io/write.js';

const prose = (topic: string, paragraphs = 2): string =>
  Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i} about ${topic} is article prose, long enough to count as such in any dump.`).join('\n\n') + '\n';

/** Every file and directory under `dir`, hidden ones too, relative and sorted. */
function tree(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else found.push(`${rel}${e.name}`);
    }
  };
  walk(dir, '');
  return found.sort();
}

/** A directory that the unprivileged user can enter (mkdtemp makes them 0700). */
function openDir(): string {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  return dir;
}

describe('a full disk', () => {
  const inTmpfs = testWith(mountNamespace());

  inTmpfs('the input whose output does not fit fails with one line; the others are written; no partial or temporary file is left', (prefix) => {
    const dir = openDir();
    const src = join(dir, 'in');
    mkdirSync(src);
    writeFileSync(join(src, 'a.txt'), prose('apples'));
    writeFileSync(join(src, 'b.txt'), prose('a very long story', 3000)); // about 300 KB of output: more than the disk holds
    writeFileSync(join(src, 'c.txt'), prose('cherries'));
    const out = join(dir, 'out'); // a 64 KB tmpfs is mounted here, in the child's namespace only
    const copy = join(dir, 'copy'); // what the tmpfs held when rinse exited, copied out
    mkdirSync(out);
    mkdirSync(copy);
    const script = 'mount -t tmpfs -o size=64k rinse-full "$0" || exit 97; copy=$1; shift; "$@"; code=$?; cp -a "$0"/. "$copy"/; exit $code';
    const run = spawnSync(prefix[0]!, [...prefix.slice(1), 'sh', '-c', script, out, copy, process.execPath, bin, src, '-o', out, '-q', '--no-config'], { encoding: 'utf8' });
    expect(run.status).not.toBe(97);
    expect(run.stderr).toBe(`rinse: ${join(src, 'b.txt')}: cannot write ${join(out, 'b.txt')}: no space left on device\n`);
    expect(run.status).toBe(1);
    expect(tree(copy)).toEqual(['a.txt', 'c.txt']);
    const whole = tempDir();
    expect(rinse([src, '-o', whole, '-q', '--no-config']).status).toBe(0);
    for (const f of ['a.txt', 'c.txt']) expect(readFileSync(join(copy, f), 'utf8')).toBe(readFileSync(join(whole, f), 'utf8'));
  });

  test('stdout closed early (`rinse … | head`): the run ends quietly with exit 0', async () => {
    // Far more text than a pipe holds, so rinse is still writing when the reader goes: words drawn in turn from
    // a list at a stride, so that no paragraph repeats another (the duplicates rule would take repeats).
    const words = ['harbour', 'ferry', 'island', 'morning', 'herons', 'reeds', 'children', 'boats', 'captain', 'summer', 'council', 'weather', 'pier', 'road'];
    const paragraph = (i: number): string =>
      `On day ${i} the ${Array.from({ length: 24 }, (_, k) => words[(i * 7 + k * (i % 5 + 1)) % words.length]).join(' and the ')} came back.`;
    const dir = tempDir();
    writeFileSync(join(dir, 'long.txt'), Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('\n\n'));
    const child = spawn(process.execPath, [bin, join(dir, 'long.txt'), '--no-config'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  const devFull = existsSync('/dev/full') ? test : test.skip;
  devFull('stdout on a full disk (/dev/full): one line, exit 1, no stack trace', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), prose('apples'));
    writeFileSync(join(dir, 'b.txt'), prose('bananas'));
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [bin, join(dir, 'a.txt'), join(dir, 'b.txt'), '--no-config'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.stderr).toBe('rinse: cannot write to stdout: no space left on device\n');
      expect(run.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

describe('permissions (as an unprivileged user)', () => {
  const asNobody = testWith(unprivileged());

  asNobody('an unreadable file and an unreadable directory each fail with one line; the rest is written', (prefix) => {
    const dir = openDir();
    const src = join(dir, 'in');
    mkdirSync(join(src, 'locked'), { recursive: true });
    mkdirSync(join(src, 'open'));
    writeFileSync(join(src, 'a.txt'), prose('apples'));
    writeFileSync(join(src, 'b.txt'), prose('bananas'));
    writeFileSync(join(src, 'locked', 'c.txt'), prose('cherries'));
    writeFileSync(join(src, 'open', 'd.txt'), prose('dates'));
    chmodSync(src, 0o755);
    chmodSync(join(src, 'b.txt'), 0o000);
    chmodSync(join(src, 'locked'), 0o000);
    const out = join(dir, 'out');
    mkdirSync(out);
    chmodSync(out, 0o777);
    const run = rinse([src, '-o', out, '--no-config'], { prefix });
    expect(run.stderr.split('\n')).toEqual([
      `rinse: ${join(src, 'locked')}: permission denied`,
      `rinse: ${join(src, 'b.txt')}: permission denied`,
      'rinse: 2 files cleaned, 2 failed',
      '',
    ]);
    expect(run.status).toBe(1);
    expect(tree(out)).toEqual(['a.txt', 'open/d.txt']);
  });

  asNobody('an output directory rinse may not write into fails each input bound there with one line; the rest is written', (prefix) => {
    const dir = openDir();
    const src = join(dir, 'in');
    mkdirSync(join(src, 'sub'), { recursive: true });
    writeFileSync(join(src, 'a.txt'), prose('apples'));
    writeFileSync(join(src, 'sub', 'b.txt'), prose('bananas'));
    chmodSync(src, 0o755);
    const out = join(dir, 'out');
    mkdirSync(join(out, 'sub'), { recursive: true });
    chmodSync(out, 0o777);
    chmodSync(join(out, 'sub'), 0o555);
    const run = rinse([src, '-o', out, '-q', '--no-config'], { prefix });
    expect(run.stderr).toBe(`rinse: ${join(src, 'sub', 'b.txt')}: cannot write ${join(out, 'sub', 'b.txt')}: permission denied\n`);
    expect(run.status).toBe(1);
    expect(tree(out)).toEqual(['a.txt']);
  });
});

test('a file that vanishes after the listing and before it is read fails with one line; the rest is written', async () => {
  const dir = tempDir();
  const src = join(dir, 'in');
  mkdirSync(src);
  const FILES = 20;
  const names = Array.from({ length: FILES }, (_, f) => `page-${String(f).padStart(2, '0')}.html`);
  const body = (f: number): string => Array.from({ length: 1500 }, (_, i) => `<p>File ${f} paragraph ${i} is article prose of a fair length for the test.</p>`).join('\n');
  names.forEach((name, f) => writeFileSync(join(src, name), `<html><body>${body(f)}</body></html>`));
  const out = join(dir, 'out');
  const last = join(src, names[FILES - 1]!);
  // -j 1: inputs are read one after another in order, so the last is read long after the first output.
  const child = spawn(process.execPath, [bin, src, '-o', out, '-j', '1', '--no-config'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  await new Promise<void>((done) => {
    const poll = setInterval(() => {
      if (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.txt'))) {
        clearInterval(poll);
        rmSync(last);
        done();
      }
    }, 2);
  });
  const code = await exited;
  expect(stderr.split('\n')).toEqual([`rinse: ${last}: no such file or directory`, expect.stringMatching(/^rinse: 19 files cleaned, 1 failed/), '']);
  expect(code).toBe(1);
  expect(tree(out)).toEqual(names.slice(0, -1).map((n) => n.replace('.html', '.txt')));
}, 120_000);

describe('temporary files', () => {
  /** A pid no process has now: a child's that has exited. */
  const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;
  const tempName = (name: string, pid: number): string => tempFileName(name, pid, '0badcafe');

  test("a temporary file named as rinse names them is recognised, and fits a file name however long the output's", () => {
    expect(isTempFile(tempName('a.txt', 123))).toBe(true);
    for (const name of ['.a.txt.tmp', '.a.txt.123.abcdef01.tmp', 'a.txt', '.a.txt.rinse-abcdef-1-0badcafe.tmp.txt']) expect(isTempFile(name)).toBe(false);
    const long = `${'é'.repeat(120)}.txt`; // 244 bytes
    const temp = tempFileName(long);
    expect(isTempFile(temp)).toBe(true);
    expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255);
    expect(temp.startsWith(`.${'é'.repeat(100)}.rinse-`)).toBe(true);
  });

  test("the next run removes the temporary files a dead rinse left where it writes, and no one else's; walks never take them as inputs", () => {
    const dir = tempDir();
    const src = join(dir, 'in');
    mkdirSync(src);
    writeFileSync(join(src, 'a.txt'), prose('apples'));
    writeFileSync(join(src, tempName('b.txt', deadPid())), prose('half a banana'));
    const out = join(dir, 'out');
    mkdirSync(out);
    const stale = tempName('a.txt', deadPid());
    const live = tempName('c.txt', process.pid); // a rinse still writing (this process stands in for it)
    const otherHost = tempName('d.txt', deadPid()).replace(hostTag(), hostTag() === '000000' ? '111111' : '000000');
    const notOurs = '.e.txt.tmp';
    for (const name of [stale, live, otherHost, notOurs]) writeFileSync(join(out, name), 'partial');
    const run = rinse([src, '-o', out, '--hidden', '--no-config']);
    expect(run.stderr).toMatch(/^rinse: 1 file cleaned, 0 failed/);
    expect(run.status).toBe(0);
    expect(tree(out)).toEqual([live, otherHost, notOurs, 'a.txt'].sort());
  });
});

describe('inputs are never modified', () => {
  /** Every file under `dir` with its bytes and modification time. */
  const snapshot = (dir: string): Array<[string, string, number]> => tree(dir).map((f) => [f, readFileSync(join(dir, f), 'latin1'), statSync(join(dir, f)).mtimeMs]);

  test('a batch written into its own input tree writes no output over any input, its own or another', () => {
    const dir = tempDir();
    const src = join(dir, 'src');
    mkdirSync(join(src, 'sub'), { recursive: true });
    writeFileSync(join(src, 'a.html'), `<p>${prose('apples')}</p>`);
    writeFileSync(join(src, 'a.txt'), prose('the other apples')); // a.html's output would be this input
    writeFileSync(join(src, 'b.txt'), prose('bananas')); // its own output path
    writeFileSync(join(src, 'sub', 'c.md'), prose('cherries'));
    const before = snapshot(src);
    const run = rinse([src, '-o', src, '-q', '--no-config']);
    expect(run.stderr.split('\n').sort()).toEqual([
      '',
      `rinse: ${join(src, 'a.html')}: output ${join(src, 'a.txt')} would overwrite another input`,
      `rinse: ${join(src, 'a.txt')}: output ${join(src, 'a.txt')} would overwrite the input`,
      `rinse: ${join(src, 'b.txt')}: output ${join(src, 'b.txt')} would overwrite the input`,
    ]);
    expect(run.status).toBe(1);
    expect(snapshot(src).filter(([f]) => f !== 'sub/c.txt')).toEqual(before);
    expect(readFileSync(join(src, 'sub', 'c.txt'), 'utf8')).toContain('cherries');
  });

  test('an output that is the input through a symbolic or a hard link is refused', () => {
    const dir = tempDir();
    const input = join(dir, 'a.txt');
    writeFileSync(input, prose('apples'));
    symlinkSync(input, join(dir, 'soft.txt'));
    linkSync(input, join(dir, 'hard.txt'));
    const before = snapshot(dir);
    for (const [from, to] of [['soft.txt', 'a.txt'], ['a.txt', 'soft.txt'], ['a.txt', 'hard.txt']] as const) {
      const run = rinse([join(dir, from), '-o', join(dir, to), '--no-config']);
      expect(run.stderr).toBe(`rinse: ${join(dir, from)}: output ${join(dir, to)} would overwrite the input\n`);
      expect(run.status).toBe(1);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  test('a whole run in every format leaves every input byte for byte and time for time as it was', () => {
    const dir = tempDir();
    const src = join(dir, 'src');
    mkdirSync(join(src, 'deep', 'er'), { recursive: true });
    writeFileSync(join(src, 'a.html'), `<html><body><article><p>${prose('apples')}</p></article><div class="share">Share on X</div></body></html>`);
    writeFileSync(join(src, 'deep', 'b.txt'), `${prose('bananas')}\nShare this:\n\n- Facebook\n- X\n`);
    writeFileSync(join(src, 'deep', 'er', 'c.html.gz'), gzipSync(`<p>${prose('cherries')}</p>`));
    const before = snapshot(src);
    for (const format of ['text', 'markdown', 'json', 'jsonl']) {
      expect(rinse([src, '-o', join(dir, `out-${format}`), '-f', format, '-q', '--no-config']).status).toBe(0);
      expect(rinse([src, '-f', format, '-q', '--no-config', '--explain', '--stats']).status).toBe(0);
    }
    expect(rinse([src, '--diff', '-q', '--no-config']).status).toBe(0);
    expect(snapshot(src)).toEqual(before);
  });
});
