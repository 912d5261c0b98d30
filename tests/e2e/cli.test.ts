/**
 * End-to-end: spawn bin/rinse.js as a user's shell would, and check what
 * reaches stdout, stderr, the exit code and the file system.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CleanResultSchema } from '../../src/schema.js';
import { dumps, repo, rinse, tempDir } from '../support/cli.js';

const expected = (name: string): string => readFileSync(join(repo, 'fixtures', 'expected', `${name}.txt`), 'utf8');

const blogger = 'blogger-contempo-en';
const bloggerDump = join(dumps, `${blogger}.txt`);

describe('single inputs', () => {
  test('stdin to stdout when no path is given', () => {
    const run = rinse([], { input: readFileSync(bloggerDump) });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected(blogger));
    expect(run.stderr).toBe('');
  });

  test("'-' reads stdin", () => {
    const run = rinse(['-'], { input: readFileSync(bloggerDump) });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected(blogger));
  });

  test('a file path', () => {
    const run = rinse([bloggerDump]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected(blogger));
  });

  test('a gzipped file is decompressed', () => {
    const dir = tempDir();
    const gz = join(dir, 'post.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(dumps, 'wordpress-jetpack-en-fragment.html'))));
    const run = rinse([gz]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected('wordpress-jetpack-en-fragment'));
  });

  test('-o FILE writes that file and nothing to stdout', () => {
    const dir = tempDir();
    const out = join(dir, 'clean.txt');
    const run = rinse([bloggerDump, '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(expected(blogger));
  });

  test('windows-1252 bytes are decoded', () => {
    const run = rinse(['--input-format', 'text'], { input: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6f, 0x6b]) });
    expect(run.stdout).toBe('Café – ok\n');
  });
});

describe('output formats', () => {
  test('JSON for one input is one object that validates against the schema', () => {
    const run = rinse(['-f', 'json', bloggerDump]);
    expect(run.status).toBe(0);
    const result = CleanResultSchema.parse(JSON.parse(run.stdout));
    expect(`${result.text}\n`).toBe(expected(blogger));
    expect(result.inputFormat).toBe('text');
    expect([...new Set(result.removed.map((r) => r.rule))]).toEqual(expect.arrayContaining(['share-widgets', 'cross-links', 'comment-stubs']));
    expect(result.stats.removedBlocks).toBeGreaterThan(0);
  });

  test('JSON for several inputs is one array', () => {
    const run = rinse(['-f', 'json', bloggerDump, join(dumps, 'medium-en.txt')]);
    const parsed = JSON.parse(run.stdout) as unknown[];
    expect(parsed).toHaveLength(2);
    parsed.forEach((r) => CleanResultSchema.parse(r));
  });

  test('JSONL is one object a line', () => {
    const run = rinse(['-f', 'jsonl', '-q', dumps]);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBe(readdirSync(dumps).length);
    lines.forEach((l) => CleanResultSchema.parse(JSON.parse(l)));
  });

  test('Markdown keeps headings and lists', () => {
    const run = rinse(['-f', 'markdown', join(dumps, 'markdown-html2text-en.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# /m);
    expect(run.stdout).toMatch(/^- /m);
  });
});

describe('batches', () => {
  test('a directory is cleaned into a mirrored tree, with a summary on stderr', () => {
    const src = tempDir();
    mkdirSync(join(src, 'blog', '2024'), { recursive: true });
    copyFileSync(bloggerDump, join(src, 'blog', '2024', 'post.txt'));
    writeFileSync(join(src, 'blog', 'page.html.gz'), gzipSync(readFileSync(join(dumps, 'ghost-pt-fragment.html'))));
    writeFileSync(join(src, '.hidden.txt'), 'not an input');
    const out = join(tempDir(), 'clean');
    const run = rinse([src, '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(out, 'blog', '2024', 'post.txt'), 'utf8')).toBe(expected(blogger));
    expect(readFileSync(join(out, 'blog', 'page.txt'), 'utf8')).toBe(expected('ghost-pt-fragment'));
    expect(existsSync(join(out, '.hidden.txt'))).toBe(false);
    expect(run.stderr).toMatch(/^rinse: 2 files cleaned, 0 failed; blocks removed: .*share-widgets \d+/);
  });

  test('a binary file is refused with one line while the rest is written', () => {
    const src = tempDir();
    copyFileSync(bloggerDump, join(src, 'a.txt'));
    writeFileSync(join(src, 'b.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    copyFileSync(join(dumps, 'medium-en.txt'), join(src, 'c.txt'));
    const out = tempDir();
    const run = rinse([src, '-o', out, '-q']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^rinse: .*b\.png: refused: PNG image$/)]);
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'c.txt']);
  });

  test('an output directory inside the input tree is not read back', () => {
    const src = tempDir();
    copyFileSync(bloggerDump, join(src, 'a.txt'));
    const first = rinse([src, '-o', join(src, 'out'), '-q']);
    expect(first.status).toBe(0);
    const second = rinse([src, '-o', join(src, 'out')]);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/^rinse: 1 file cleaned, 0 failed/);
    expect(readdirSync(join(src, 'out'))).toEqual(['a.txt']);
  });

  test('inputs are never modified, and an output over its input is refused', () => {
    const src = tempDir();
    const file = join(src, 'a.txt');
    copyFileSync(bloggerDump, file);
    const before = statSync(file).mtimeMs;
    const run = rinse([file, '-o', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/would overwrite the input/);
    expect(readFileSync(file)).toEqual(readFileSync(bloggerDump));
    expect(statSync(file).mtimeMs).toBe(before);
  });
  // An unreadable file and directory, as a user file modes apply to: tests/e2e/filesystem.test.ts.
});

describe('exit codes and messages', () => {
  test('a missing file: exit 1, one line naming it, the other input still cleaned', () => {
    const run = rinse(['no-such-file.txt', bloggerDump, '-q']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('rinse: no-such-file.txt: no such file or directory\n');
    expect(run.stdout).toBe(expected(blogger));
  });

  test('an unknown option: exit 2, no stack trace', () => {
    const run = rinse(['--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^rinse: unknown option '--frobnicate'/);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test('an unknown rule id: exit 2', () => {
    const run = rinse(['--disable', 'no-such-rule', bloggerDump]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^rinse: unknown rule 'no-such-rule' \(known: [a-z-]+(, [a-z-]+)*\)\n$/);
    expect(run.stderr).toContain('share-widgets');
  });

  test('a bad --format value: exit 2', () => {
    expect(rinse(['-f', 'yaml', bloggerDump]).status).toBe(2);
  });
});

describe('rule control and explanations', () => {
  test('rinse rules lists every module with its description', () => {
    const run = rinse(['rules']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^share-widgets\s+share\s+Social share/m);
    expect(run.stdout).toMatch(/^comment-stubs\s+comments\s+/m);
    expect(run.stdout).toMatch(/^cross-links\s+cross-links\s+/m);
  });

  test('--disable keeps what a rule would have removed', () => {
    const run = rinse(['--disable', 'cross-links', bloggerDump]);
    expect(run.stdout).toMatch(/^See also: /m);
    expect(run.stdout).not.toMatch(/^- Get link$/m);
  });

  test('--rules runs only the rules named', () => {
    const run = rinse(['--rules', 'cross-links', bloggerDump]);
    expect(run.stdout).toMatch(/^- Get link$/m);
    expect(run.stdout).not.toMatch(/^See also: /m);
  });

  test('--explain names rule and reason on stderr, without colour in a pipe', () => {
    const run = rinse(['--explain', bloggerDump]);
    expect(run.stdout).toBe(expected(blogger));
    expect(run.stderr).toMatch(/share-widgets \(share\) share menu: "Get link/);
    expect(run.stderr).toMatch(/cross-links \(cross-links\) link to another story: "See also:/);
    // eslint-disable-next-line no-control-regex
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });
});
