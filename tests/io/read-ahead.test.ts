/** Reading a batch's next inputs into the page cache: in order, never in the way, nothing left open. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_READING, readIntoCache, readingAhead, withReadAhead } from '../../src/io/read-ahead.js';

/**
 * This process's open files under the test's folder. Not all its open files: Jest opens and closes its own
 * while a test runs, and a count of all of them once fell from 59 to 28 during one (CI, under load).
 */
function openFilesUnder(folder: string): string[] {
  // The links name real paths: the folder's too, then, with any symbolic link in it resolved.
  const prefix = `${realpathSync(folder)}/`;
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(prefix) ? [target] : [];
    } catch {
      return []; // closed since the listing
    }
  });
}
/** Until no file is being read ahead (the reads run on libuv's threads, at the disk's pace), or 5 s. */
async function settled(): Promise<void> {
  for (const end = Date.now() + 5000; readingAhead() > 0 && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 2));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rinse-read-ahead-'));
  writeFileSync(join(dir, 'page.html'), '<p>Hello</p>');
  writeFileSync(join(dir, 'large.txt'), 'x'.repeat(300 * 1024));
  writeFileSync(join(dir, 'empty.txt'), '');
  mkdirSync(join(dir, 'folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withReadAhead', () => {
  test.each([
    ['no inputs', 0, 3],
    ['fewer inputs than it reads ahead', 2, 3],
    ['more inputs than it reads ahead', 10, 3],
    ['reading ahead by one', 5, 1],
    ['one input, which is read at once', 1, 3],
  ])('%s: yields every input in order, each once the files of the `ahead` after it are asked for', (_, count, ahead) => {
    const inputs = Array.from({ length: count }, (_, k) => ({ path: `/inputs/${k}` }));
    const asked: string[] = [];
    const seen: Array<{ input: string; asked: number }> = [];
    for (const input of withReadAhead(inputs, (i) => i.path, ahead, (path) => asked.push(path))) seen.push({ input: input.path, asked: asked.length });
    expect(seen.map((s) => s.input)).toEqual(inputs.map((i) => i.path));
    // When input k comes, inputs 1 to k + ahead have been asked for (the first is read by its thread at once).
    seen.forEach((s, k) => expect(s.asked).toBe(Math.max(0, Math.min(count - 1, k + ahead))));
    expect(asked).toEqual(inputs.slice(1).map((i) => i.path));
  });

  test('an input without a path (stdin) is yielded, and nothing is read for it', () => {
    const inputs = [{ path: '/a' }, { path: undefined }, { path: '/b' }, { path: '/c' }];
    const asked: string[] = [];
    expect([...withReadAhead(inputs, (i) => i.path, 2, (path) => asked.push(path))]).toEqual(inputs);
    expect(asked).toEqual(['/b', '/c']);
  });
});

describe('readIntoCache', () => {
  test.each([
    ['a small file', 'page.html'],
    ['a file larger than what it reads', 'large.txt'],
    ['an empty file', 'empty.txt'],
    ['a folder', 'folder'],
    ['a file that is not there', 'missing.html'],
  ])('%s: returns at once, never throws, and leaves no file open', async (_, name) => {
    await settled();
    expect(openFilesUnder(dir)).toEqual([]);
    expect(() => readIntoCache(join(dir, name))).not.toThrow();
    await settled();
    expect(readingAhead()).toBe(0);
    expect(openFilesUnder(dir)).toEqual([]);
  });

  test('reads at most MAX_READING files at once: more are not read ahead', async () => {
    await settled();
    for (let k = 0; k < MAX_READING * 3; k++) readIntoCache(join(dir, 'page.html'));
    expect(readingAhead()).toBe(MAX_READING);
    await settled();
    expect(readingAhead()).toBe(0);
  });

  test('a named pipe is neither waited on nor read: its reader still gets all of it', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    readIntoCache(fifo);
    await settled();
    expect(openFilesUnder(dir)).toEqual([]);
    const writer = spawn('sh', ['-c', `printf 'every byte' > '${fifo}'`]);
    expect(readFileSync(fifo, 'utf8')).toBe('every byte');
    await new Promise((resolve) => writer.on('close', resolve));
  });
});
