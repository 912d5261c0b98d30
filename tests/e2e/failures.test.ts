/**
 * A batch with bad inputs: each fails with one line naming it, the rest is
 * written, exit code 1. (Files and directories rinse may not read, a full
 * disk and a file vanishing mid-run: tests/e2e/filesystem.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(process.cwd(), 'bin', 'rinse.js');

test('a symlink loop, a dangling link, a binary file and an output equal to its input each fail alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-fail-'));
  const good = join(dir, 'good.html');
  writeFileSync(good, '<p>A good page with enough words in it to be article prose, for sure.</p>');
  symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
  symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
  symlinkSync(join(dir, 'vanished.html'), join(dir, 'dangling.html'));
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const out = join(dir, 'out');
  const run = spawnSync(process.execPath, [bin, join(dir, 'loop-a'), join(dir, 'dangling.html'), join(dir, 'image.png'), good, '-o', out], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/loop-a: too many levels of symbolic links$/),
      expect.stringMatching(/dangling\.html: no such file or directory$/),
      expect.stringMatching(/image\.png: refused: PNG image$/),
      expect.stringMatching(/1 file cleaned, 3 failed/),
    ]),
  );
  expect(lines).toHaveLength(4);
  expect(readFileSync(join(out, 'good.txt'), 'utf8')).toContain('A good page');
  expect(readdirSync(out)).toEqual(['good.txt']);
});

test('an output path equal to the input is refused and the input left as it was', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-same-'));
  const file = join(dir, 'page.txt');
  writeFileSync(file, 'Some text.\n');
  const run = spawnSync(process.execPath, [bin, file, '-o', file], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/page\.txt: output .* would overwrite the input/);
  expect(readFileSync(file, 'utf8')).toBe('Some text.\n');
});

test('symlinks inside a walked directory are not followed (a loop cannot trap the walk)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-walk-'));
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'sub'), { recursive: true });
  writeFileSync(join(tree, 'sub', 'a.txt'), 'Text of a.\n');
  symlinkSync(tree, join(tree, 'sub', 'back'));
  const run = spawnSync(process.execPath, [bin, tree, '-o', join(dir, 'out')], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(readdirSync(join(dir, 'out', 'sub'))).toEqual(['a.txt']);
});
