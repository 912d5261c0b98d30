/**
 * writeAtomic with file system errors injected at its boundary (the WriteFs
 * it is given): whatever step fails, the output is the old one or none, no
 * temporary file is left, and the error is one InputError line naming the
 * output. (tests/e2e/filesystem.test.ts does the same on a real full disk.)
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { InputError } from '../../src/errors.js';
import { atomicWriter, removeStaleTempFiles, tempFileName, writeAtomic, type WriteFs } from '../../src/io/write.js';
import { spawnSync } from 'node:child_process';

const realFs: WriteFs = {
  mkdirSync: fs.mkdirSync,
  openSync: fs.openSync,
  writeSync: fs.writeSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
  lstatSync: fs.lstatSync,
  readFileSync: fs.readFileSync,
  utimesSync: fs.utimesSync,
};

/** The file system calls made, by name. */
function counting(): { fs: WriteFs; calls: string[] } {
  const calls: string[] = [];
  const wrapped = Object.fromEntries(
    Object.entries(realFs).map(([name, fn]) => [name, (...args: unknown[]) => (calls.push(name), (fn as (...a: unknown[]) => unknown)(...args))]),
  ) as unknown as WriteFs;
  return { fs: wrapped, calls };
}

function fsError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall });
}

/** A disk with `room` bytes left: writes fill it, short at the end, then fail with ENOSPC. */
function fullDisk(room: number): WriteFs {
  let left = room;
  return {
    ...realFs,
    writeSync: (fd, buffer, offset, length) => {
      if (left === 0) throw fsError('ENOSPC', 'write');
      const n = Math.min(left, length, 4096);
      left -= n;
      return realFs.writeSync(fd, buffer, offset, n);
    },
  };
}

/** `fn` throws an InputError with exactly this message. */
function expectInputError(fn: () => void, message: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InputError);
  expect((thrown as Error).message).toBe(message);
}

const dir = (): string => mkdtempSync(join(tmpdir(), 'rinse-write-'));

test('a disk that fills up mid-write: the old output stays whole, no temporary file is left, one line names the output', () => {
  const d = dir();
  const target = join(d, 'a.txt');
  writeFileSync(target, 'the complete output of an earlier run\n');
  const data = 'x'.repeat(100_000);
  expectInputError(() => writeAtomic(target, data, fullDisk(10_000)), `cannot write ${target}: no space left on device`);
  expect(readdirSync(d)).toEqual(['a.txt']);
  expect(readFileSync(target, 'utf8')).toBe('the complete output of an earlier run\n');
});

test('short writes are continued until the whole output is written', () => {
  const d = dir();
  const target = join(d, 'a.txt');
  const data = `${'é'.repeat(50_000)}\n`;
  writeAtomic(target, data, fullDisk(1 << 30));
  expect(readFileSync(target, 'utf8')).toBe(data);
  expect(readdirSync(d)).toEqual(['a.txt']);
});

test.each([
  ['mkdirSync', 'EACCES', 'permission denied'],
  ['openSync', 'EDQUOT', 'disk quota exceeded'],
  ['closeSync', 'EIO', 'input/output error'],
  ['renameSync', 'EROFS', 'read-only file system'],
] as const)('%s failing with %s: no output, no temporary file, "%s"', (step, code, reason) => {
  const d = dir();
  const target = join(d, 'sub', 'a.txt');
  const failing: WriteFs = {
    ...realFs,
    [step]: () => {
      throw fsError(code, step);
    },
  };
  expectInputError(() => writeAtomic(target, 'text\n', failing), `cannot write ${target}: ${reason}`);
  expect(readdirSync(d).flatMap((e) => (e === 'sub' ? readdirSync(join(d, 'sub')).map((f) => `sub/${f}`) : [e]))).toEqual([]);
});

test('atomicWriter sweeps a directory of stale temporary files once, before its first write there', () => {
  const d = dir();
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const stale = (name: string): string => tempFileName(name, dead, '0badcafe');
  writeFileSync(join(d, stale('a.txt')), 'half');
  const write = atomicWriter();
  write(join(d, 'a.txt'), 'a\n');
  expect(readdirSync(d)).toEqual(['a.txt']);
  writeFileSync(join(d, stale('b.txt')), 'half'); // appears after the sweep: left to the next run
  write(join(d, 'b.txt'), 'b\n');
  expect(readdirSync(d).sort()).toEqual([stale('b.txt'), 'a.txt', 'b.txt'].sort());
  expect(removeStaleTempFiles(d)).toEqual([stale('b.txt')]);
});

describe('an output already there', () => {
  const old = new Date('2020-01-02T03:04:05Z');
  /** The output, written `before` with an old time, after writeAtomic wrote `data` over it. */
  function over(before: string, data: string, fsFor: (counted: WriteFs) => WriteFs = (f) => f, prepare?: (target: string) => void) {
    const d = dir();
    const target = join(d, 'a.txt');
    writeFileSync(target, before);
    fs.utimesSync(target, old, old);
    prepare?.(target);
    const inode = fs.lstatSync(target).ino;
    const { fs: counted, calls } = counting();
    writeAtomic(target, data, fsFor(counted));
    return { d, target, calls, renamed: calls.includes('renameSync'), sameInode: fs.lstatSync(target).ino === inode, mtime: fs.lstatSync(target).mtime.getTime() };
  }

  test.each([
    ['holds the same text: not written again, its time set to now', 'same text\n', 'same text\n', false],
    ['holds other text of the same length: replaced', 'same text\n', 'more text\n', true],
    ['holds other text of another length: replaced', 'same text\n', 'longer text\n', true],
    ['holds the text and more: replaced', 'same text\nand more\n', 'same text\n', true],
    ['is empty, the output is not: replaced', '', 'text\n', true],
  ])('%s', (_, before, data, replaced) => {
    const start = Date.now() - 1000;
    const r = over(before, data);
    expect(readFileSync(r.target, 'utf8')).toBe(data);
    expect(readdirSync(r.d)).toEqual(['a.txt']);
    expect(r.renamed).toBe(replaced);
    expect(r.sameInode).toBe(!replaced);
    // Newer than its input, as after a write: --resume and make take it as up to date.
    expect(r.mtime).toBeGreaterThanOrEqual(start);
  });

  test("the same text, but its time cannot be set (another owner's file): written as any other", () => {
    const r = over('same\n', 'same\n', (f) => ({
      ...f,
      utimesSync: () => {
        throw fsError('EPERM', 'utime');
      },
    }));
    expect(r.renamed).toBe(true);
    expect(readFileSync(r.target, 'utf8')).toBe('same\n');
    expect(readdirSync(r.d)).toEqual(['a.txt']);
  });

  test('the same text under a second name (a hard link, as a backup snapshot makes): replaced, the other name keeps its file and time', () => {
    let other = '';
    const r = over('same\n', 'same\n', undefined, (target) => {
      other = `${target}.snapshot`;
      fs.linkSync(target, other);
    });
    expect(r.renamed).toBe(true);
    expect(fs.lstatSync(other).mtime.getTime()).toBe(old.getTime());
    expect(readFileSync(r.target, 'utf8')).toBe('same\n');
  });

  test('a symbolic link to a file with the same text: replaced by a file, the linked file untouched', () => {
    const d = dir();
    const elsewhere = join(d, 'elsewhere.txt');
    writeFileSync(elsewhere, 'same\n');
    fs.utimesSync(elsewhere, old, old);
    const target = join(d, 'a.txt');
    fs.symlinkSync(elsewhere, target);
    writeAtomic(target, 'same\n', realFs);
    expect(fs.lstatSync(target).isFile()).toBe(true);
    expect(fs.lstatSync(elsewhere).mtime.getTime()).toBe(old.getTime());
  });

  test('a directory in its place is no output: the write fails as before, naming it', () => {
    const d = dir();
    const target = join(d, 'a.txt');
    fs.mkdirSync(target);
    let thrown: unknown;
    try {
      writeAtomic(target, '', realFs);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as Error).message).toMatch(new RegExp(`^cannot write ${target}: `));
    expect(readdirSync(d)).toEqual(['a.txt']);
  });

  test('a file system without lstatSync, readFileSync and utimesSync: every output is written', () => {
    const r = over('same\n', 'same\n', (f) => {
      const { lstatSync: _l, readFileSync: _r, utimesSync: _u, ...writeOnly } = f;
      return writeOnly;
    });
    expect(r.renamed).toBe(true);
    expect(r.sameInode).toBe(false);
  });
});
