/**
 * Batches on worker threads (`-j N`) give exactly what one thread gives: the
 * same outputs, in the same order, with the same messages and exit code.
 * (No timing here: speed is held by `npm run bench:speed`.)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumps, rinse } from '../support/cli.js';

/** Every file under `dir` with its content, in a stable order. */
function tree(dir: string): Array<[string, string]> {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((e) => e.isFile())
    .map((e): [string, string] => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), 'utf8')])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The fixtures three times over in nested folders, plus inputs that fail, so a batch needs several threads. */
function mixedBatch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-jobs-'));
  for (const sub of ['a', 'b/c', 'd']) {
    mkdirSync(join(dir, sub), { recursive: true });
    for (const name of readdirSync(dumps)) copyFileSync(join(dumps, name), join(dir, sub, name));
  }
  writeFileSync(join(dir, 'b', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
  // Binary: NUL bytes throughout (a stray NUL in a page is broken text, and is cleaned).
  writeFileSync(join(dir, 'd', 'nul.txt'), Buffer.from('A\u0000'.repeat(32)));
  return dir;
}

describe('-j N', () => {
  const batch = mixedBatch();

  test.each(['text', 'jsonl', 'json', 'markdown'])('stdout in %s is identical with 1, 2 and 4 threads', (format) => {
    const one = rinse([batch, '-f', format, '-j', '1', '--explain']);
    expect(one.status).toBe(1); // the two bad inputs
    expect(one.stdout.length).toBeGreaterThan(1000);
    for (const jobs of ['2', '4']) {
      const many = rinse([batch, '-f', format, '-j', jobs, '--explain']);
      expect(many.status).toBe(one.status);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
  });

  test("a config file's own rules run on the workers too: the same output tree as one thread, with their removals", () => {
    const config = join(mkdtempSync(join(tmpdir(), 'rinse-jobs-config-')), 'rinse.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        rules: [
          { id: 'closing-line', description: 'A closing line', phrases: ["That's it."] },
          { id: 'knife-grip', description: 'The grip line', appliesTo: 'text', patterns: ['hold the knife like this: .{1,200}'] },
        ],
      }),
    );
    const out1 = mkdtempSync(join(tmpdir(), 'rinse-config-j1-'));
    const one = rinse([batch, '-o', out1, '-j', '1', '--config', config]);
    const out2 = mkdtempSync(join(tmpdir(), 'rinse-config-j2-'));
    const two = rinse([batch, '-o', out2, '-j', '2', '--config', config]);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe(one.stderr);
    expect(tree(out2)).toEqual(tree(out1));
    // The summary counts both rules' removals, from each copy of the dump that has their lines.
    expect(one.stderr).toMatch(/closing-line [1-9]/);
    expect(one.stderr).toMatch(/knife-grip [1-9]/);
  });

  test('--stats counts the same on 2 threads as on one, with the worker cleaning', () => {
    const stats = (run: { stderr: string }): string[] => run.stderr.split('\n').filter((l) => l.startsWith('rinse: stats: '));
    const one = rinse([batch, '-o', mkdtempSync(join(tmpdir(), 'rinse-stats-j1-')), '-j', '1', '--stats', '--no-config']);
    // The code-cache report names each bundle a run loads: the worker's shows a worker started.
    const two = rinse([batch, '-o', mkdtempSync(join(tmpdir(), 'rinse-stats-j2-')), '-j', '2', '--stats', '--no-config'], { env: { RINSE_DEBUG_CODE_CACHE: '1', NODE_OPTIONS: undefined } });
    expect(two.status).toBe(one.status);
    expect(two.stderr).toMatch(/^code cache \(.*clean-worker\.cjs\): used$/m);
    expect(stats(one).length).toBeGreaterThan(5);
    expect(stats(one).some((l) => / [1-9]\d* blocks, [1-9]\d* removals, in [1-9]\d* of 60 inputs$/.test(l))).toBe(true);
    expect(stats(two)).toEqual(stats(one));
  });

  test('--explain says the same on 2 threads as on one, with the worker cleaning', () => {
    // Messages and explanations, without the code-cache report.
    const explained = (run: { stderr: string }): string => run.stderr.replace(/^code cache .*\n/gm, '');
    const one = rinse([batch, '-o', mkdtempSync(join(tmpdir(), 'rinse-explain-j1-')), '-j', '1', '--explain', '--no-config']);
    const two = rinse([batch, '-o', mkdtempSync(join(tmpdir(), 'rinse-explain-j2-')), '-j', '2', '--explain', '--no-config'], { env: { RINSE_DEBUG_CODE_CACHE: '1', NODE_OPTIONS: undefined } });
    expect(two.status).toBe(one.status);
    expect(two.stderr).toMatch(/^code cache \(.*clean-worker\.cjs\): used$/m);
    expect(one.stderr).toMatch(/share-widgets \(share\) /);
    expect(explained(two)).toBe(one.stderr);
  });

  test('--diff prints the same on 2 threads as on one, with the worker cleaning', () => {
    const one = rinse([batch, '-j', '1', '--diff', '--no-config']);
    const two = rinse([batch, '-j', '2', '--diff', '--no-config'], { env: { RINSE_DEBUG_CODE_CACHE: '1', NODE_OPTIONS: undefined } });
    expect(two.status).toBe(one.status);
    expect(two.stderr).toMatch(/^code cache \(.*clean-worker\.cjs\): used$/m);
    expect(one.stdout).toMatch(/\[-Share this:-\]/);
    expect(two.stdout).toBe(one.stdout);
  });

  test('an output tree is identical with 1, 2 and 3 threads (this one and 1 or 2 workers)', () => {
    const out1 = mkdtempSync(join(tmpdir(), 'rinse-j1-'));
    const one = rinse([batch, '-o', out1, '-j', '1']);
    expect(one.stderr).toMatch(/image\.png: refused: PNG image/);
    const files = tree(out1);
    expect(files.length).toBe(3 * readdirSync(dumps).length);
    for (const jobs of ['2', '3']) {
      const out = mkdtempSync(join(tmpdir(), `rinse-j${jobs}-`));
      const many = rinse([batch, '-o', out, '-j', jobs]);
      expect(many.status).toBe(one.status);
      expect(many.stderr).toBe(one.stderr);
      expect(tree(out)).toEqual(files);
    }
  });

  test('-j must be a whole number of at least 1', () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = rinse([dumps, '-j', bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs/);
    }
  });
});
