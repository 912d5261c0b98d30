/** End-to-end: choosing inputs in a tree (globs, hidden, links), --resume, and the progress bar staying out of pipes. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rinse, tempDir } from '../support/cli.js';

const prose = (topic: string): string => `${topic}\n\nThis is a paragraph of article text about ${topic}, long enough to count as prose.\n`;

/** a.html, notes.txt, drafts/b.txt, .hidden.txt, .git/c.txt */
function tree(): string {
  const dir = tempDir();
  const src = join(dir, 'src');
  mkdirSync(join(src, 'drafts'), { recursive: true });
  mkdirSync(join(src, '.git'), { recursive: true });
  writeFileSync(join(src, 'a.html'), `<p>${prose('apples')}</p>`);
  writeFileSync(join(src, 'notes.txt'), prose('notes'));
  writeFileSync(join(src, 'drafts', 'b.txt'), prose('bananas'));
  writeFileSync(join(src, '.hidden.txt'), prose('secrets'));
  writeFileSync(join(src, '.git', 'c.txt'), prose('objects'));
  return dir;
}

/** The output files under `out`, relative, sorted. */
function outputs(out: string): string[] {
  const found: string[] = [];
  const walk = (d: string, rel: string): void => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, `${rel}${e.name}/`);
      else found.push(`${rel}${e.name}`);
    }
  };
  walk(out, '');
  return found.sort();
}

describe('choosing inputs in a tree', () => {
  test('hidden files and folders are skipped by default, taken with --hidden', () => {
    const dir = tree();
    expect(rinse(['--no-config', join(dir, 'src'), '-o', join(dir, 'out')]).status).toBe(0);
    expect(outputs(join(dir, 'out'))).toEqual(['a.txt', 'drafts/b.txt', 'notes.txt']);
    expect(rinse(['--no-config', '--hidden', join(dir, 'src'), '-o', join(dir, 'all')]).status).toBe(0);
    expect(outputs(join(dir, 'all'))).toEqual(['.git/c.txt', '.hidden.txt', 'a.txt', 'drafts/b.txt', 'notes.txt']);
  });

  test('--include takes only matching files (a pattern without a slash matches names at any depth)', () => {
    const dir = tree();
    const run = rinse(['--no-config', '--include', '*.txt', join(dir, 'src'), '-o', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(outputs(join(dir, 'out'))).toEqual(['drafts/b.txt', 'notes.txt']);
  });

  test('--exclude leaves files and whole folders out; both repeat', () => {
    const dir = tree();
    const run = rinse(['--no-config', '--exclude', 'drafts/**', '--exclude', 'notes.*', join(dir, 'src'), '-o', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(outputs(join(dir, 'out'))).toEqual(['a.txt']);
  });

  test('symbolic links are not followed unless --follow, and a link cycle ends', () => {
    const dir = tree();
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'linked.txt'), prose('cherries'));
    symlinkSync(elsewhere, join(dir, 'src', 'link'));
    symlinkSync(join(dir, 'src'), join(dir, 'src', 'drafts', 'loop'));
    rinse(['--no-config', join(dir, 'src'), '-o', join(dir, 'out')]);
    expect(outputs(join(dir, 'out'))).toEqual(['a.txt', 'drafts/b.txt', 'notes.txt']);
    const run = rinse(['--no-config', '--follow', join(dir, 'src'), '-o', join(dir, 'followed')]);
    expect(run.status).toBe(0);
    expect(outputs(join(dir, 'followed'))).toEqual(['a.txt', 'drafts/b.txt', 'link/linked.txt', 'notes.txt']);
  });
});

describe('--resume', () => {
  test('skips inputs whose output is newer, redoes those whose input changed', () => {
    const dir = tree();
    const src = join(dir, 'src');
    const out = join(dir, 'out');
    expect(rinse(['--no-config', src, '-o', out]).status).toBe(0);
    // Mark the outputs so a rewrite shows; make notes.txt's input newer than its output.
    for (const f of ['a.txt', 'notes.txt']) writeFileSync(join(out, f), 'stale marker\n');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(out, 'notes.txt'), past, past);
    const run = rinse(['--no-config', '--resume', src, '-o', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('stale marker\n'); // up to date: left alone
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toContain('article text about notes'); // redone
    expect(run.stderr).toMatch(/rinse: 1 file cleaned, 0 failed, 2 up to date/);
    expect(statSync(join(out, 'drafts', 'b.txt')).size).toBeGreaterThan(0);
  });

  test('an input touched but not changed: the run again writes nothing new, yet --resume then finds its output up to date', () => {
    const dir = tree();
    const src = join(dir, 'src');
    const out = join(dir, 'out');
    expect(rinse(['--no-config', src, '-o', out]).status).toBe(0);
    const before = statSync(join(out, 'notes.txt'));
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(out, 'notes.txt'), past, past);
    utimesSync(join(src, 'notes.txt'), new Date(), new Date()); // newer than its output, same text
    expect(rinse(['--no-config', src, '-o', out]).status).toBe(0);
    const after = statSync(join(out, 'notes.txt'));
    expect(after.ino).toBe(before.ino); // the same file: not written again
    expect(after.mtimeMs).toBeGreaterThanOrEqual(statSync(join(src, 'notes.txt')).mtimeMs);
    expect(rinse(['--no-config', '--resume', src, '-o', out]).stderr).toMatch(/rinse: 0 files cleaned, 0 failed, 3 up to date/);
  });

  test('needs -o', () => {
    const run = rinse(['--resume', 'x.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('rinse: --resume needs -o: it skips inputs whose output file is up to date\n');
  });
});

describe('progress', () => {
  test('no progress bar in a pipe: stderr holds only the summary line', () => {
    const dir = tree();
    const run = rinse(['--no-config', join(dir, 'src'), '-o', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^rinse: 3 files cleaned, 0 failed(; blocks removed: [^\n]*)?\n$/);
  });

  test('--quiet: nothing on stderr at all', () => {
    const dir = tree();
    const run = rinse(['--no-config', '-q', join(dir, 'src'), '-o', join(dir, 'out')]);
    expect(run.stderr).toBe('');
  });
});
