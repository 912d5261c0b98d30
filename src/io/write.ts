/**
 * Writing outputs so that a reader never sees half a file: write a temporary
 * file beside the target, then rename it over the target.
 *
 * A process killed outright (SIGKILL, power loss) between the two steps can
 * leave its temporary file behind, never a half-written output. Temporary
 * files have a name of their own (`.NAME.rinse-HOST-PID-RANDOM.tmp`), walks
 * never take them as inputs, and the next rinse that writes into the same
 * directory removes the ones a dead rinse of this host left there.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { hostname } from 'node:os';
import { InputError } from '../errors.js';
import { describeFsError } from './fs-errors.js';
import { nodeCrypto } from '../lazy.js';

/** The file system calls writeAtomic makes: replaceable in tests, to inject errors such as a full disk. */
export interface WriteFs {
  mkdirSync: (path: string, options: { recursive: true }) => unknown;
  openSync: (path: string, flags: string, mode?: number) => number;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  closeSync: (fd: number) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (path: string, options: { force: true }) => void;
  /** For an output already there that holds what would be written (see `keptAsWritten`); without all three, every output is written. */
  lstatSync?: (path: string, options: { throwIfNoEntry: false }) => { isFile(): boolean; size: number; nlink: number } | undefined;
  readFileSync?: (path: string) => Uint8Array;
  utimesSync?: (path: string, atime: Date, mtime: Date) => void;
}

const realFs: WriteFs = { mkdirSync, openSync, writeSync, closeSync, renameSync, rmSync, lstatSync, readFileSync, utimesSync };

let host: string | undefined;
/**
 * Which host wrote a temporary file: pids are only meaningful on the host (and pid namespace) they come from.
 * Computed on first use: node:crypto takes milliseconds to load, and a run to stdout writes no file.
 */
export function hostTag(): string {
  return (host ??= nodeCrypto().createHash('sha256').update(hostname()).digest('hex').slice(0, 6));
}
/** `.NAME.rinse-HOST-PID-RANDOM.tmp`; NAME is the output's name, cut short so the whole fits in 255 bytes. */
export const TEMP_FILE = /^\..*\.rinse-([0-9a-f]{6})-(\d+)-[0-9a-f]{8}\.tmp$/;

/** A name's first `max` bytes of UTF-8, not cutting a character in two. */
function truncateUtf8(name: string, max: number): string {
  if (Buffer.byteLength(name) <= max) return name;
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

/** The temporary file's name for an output named `name`, written by process `pid` of this host. */
export function tempFileName(name: string, pid: number = process.pid, random: string = nodeCrypto().randomBytes(4).toString('hex')): string {
  return `.${truncateUtf8(name, 200)}.rinse-${hostTag()}-${pid}-${random}.tmp`;
}

export function tempPathFor(path: string): string {
  return join(dirname(path), tempFileName(basename(path)));
}

/** Whether `name` is a temporary file of rinse's (walks never take these as inputs). */
export function isTempFile(name: string): boolean {
  return TEMP_FILE.test(name);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that a rinse killed mid-write left in `dir`: only files named as
 * rinse names them, written on this host by a process that no longer runs. Returns their names.
 * A directory that cannot be listed is left alone (writing into it will say why).
 */
export function removeStaleTempFiles(dir: string, fs: Pick<WriteFs, 'rmSync'> = realFs): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_FILE.exec(name);
    if (!m || m[1] !== hostTag()) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || isAlive(pid)) continue;
    try {
      fs.rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Not ours to remove after all (permissions): leave it.
    }
  }
  return removed;
}

/**
 * Whether the file at `path` holds exactly `bytes` and now has the time of this write: a run again into
 * the same directory finds most outputs as it would write them. Anything unreadable counts as no, and
 * so does anything but a plain file with one name: a symbolic link, or a file hard-linked elsewhere (a
 * backup snapshot), is replaced as before, so that setting its time reaches nothing outside the output.
 */
function keptAsWritten(path: string, bytes: Buffer, fs: WriteFs): boolean {
  const { lstatSync: lstat, readFileSync: read, utimesSync: utimes } = fs;
  if (!lstat || !read || !utimes) return false;
  try {
    const stat = lstat(path, { throwIfNoEntry: false });
    if (!stat || !stat.isFile() || stat.nlink !== 1 || stat.size !== bytes.length || !bytes.equals(read(path))) return false;
    const now = new Date();
    utimes(path, now, now);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `data` to `path` whole or not at all. A failure (a full disk, no permission) leaves
 * neither the output nor its temporary file, and is thrown as an InputError whose one-line
 * message names the output file: `cannot write out/a.txt: no space left on device`.
 *
 * An output that already holds `data` is not written again, only given the time of this write (so
 * `--resume` and make see it newer than its input, as after a write). Renaming over a file costs far
 * more than writing a new one (ext4, the common Linux file system, writes the new file's data out
 * first: about 1 ms a file, measured), and a run again over the same inputs would pay that for every
 * output. If its time cannot be set (another owner's file), it is written as any other.
 */
export function writeAtomic(path: string, data: string, fs: WriteFs = realFs): void {
  const bytes = Buffer.from(data);
  if (keptAsWritten(path, bytes, fs)) return;
  const temp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fs.mkdirSync(dirname(path), { recursive: true });
    fd = fs.openSync(temp, 'wx', 0o666);
    // writeSync may write less than asked (a disk filling up): go on until all is written, or it throws.
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing; the temporary file goes below either way.
      }
    }
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done; the next run removes it.
    }
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot write ${path}: ${describeFsError(error)}`, { cause: error });
  }
}

/**
 * writeAtomic for a run that writes many outputs: the first write into a directory also removes
 * the temporary files a killed rinse left there (removeStaleTempFiles).
 */
export function atomicWriter(fs: WriteFs = realFs): (path: string, data: string) => void {
  const swept = new Set<string>();
  return (path, data) => {
    const dir = dirname(path);
    if (!swept.has(dir)) {
      swept.add(dir);
      removeStaleTempFiles(dir, fs);
    }
    writeAtomic(path, data, fs);
  };
}

const INPUT_SUFFIXES = /(\.(html?|xhtml|txt|text|md|markdown))?(\.gz)?$/i;

/** `a/b.html.gz` → `a/b` + the format's extension. */
export function outputRelPath(relPath: string, extension: string): string {
  return relPath.replace(INPUT_SUFFIXES, '') + extension;
}
