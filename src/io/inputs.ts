/**
 * Which inputs a command line names: files, directories walked recursively
 * (hidden entries skipped, symlinked directories not followed, the output
 * directory never read back), or stdin.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep, basename } from 'node:path';
import { InputError } from '../errors.js';
import { pathFilter, type PathFilter } from './filter.js';
import { describeFsError } from './fs-errors.js';
import { isTempFile } from './write.js';

export interface InputRef {
  /** What messages call the input: the path as given, or `-` for stdin. */
  readonly name: string;
  /** Absolute path; undefined for stdin. */
  readonly path?: string;
  /** Path relative to the directory argument it was found under (or its base name), for mirrored output. */
  readonly relPath: string;
}

export interface InputListing {
  readonly inputs: InputRef[];
  /** Paths that could not be listed, with the reason, to report as failures. */
  readonly failures: Array<{ name: string; error: Error }>;
  /** Whether any argument was a directory (so output is a batch even for one file). */
  readonly sawDirectory: boolean;
}

export const STDIN_NAME = '-';

/** How directories are walked (files named on the command line are always taken). */
export interface WalkOptions {
  /** Globs a walked file must match (any of them); all files when empty. */
  readonly include?: readonly string[];
  /** Globs that leave a walked file or directory out. */
  readonly exclude?: readonly string[];
  /** Walk hidden (dot) files and directories too. */
  readonly hidden?: boolean;
  /** Follow symbolic links (a link back up the tree is walked once). */
  readonly follow?: boolean;
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/** Lists the inputs of `args` in a stable order (directory entries sorted by name). */
export function listInputs(args: readonly string[], outDir?: string, walkOptions: WalkOptions = {}): InputListing {
  const inputs: InputRef[] = [];
  const failures: InputListing['failures'] = [];
  let sawDirectory = false;
  const skipDir = outDir ? resolve(outDir) : undefined;

  for (const arg of args.length ? args : [STDIN_NAME]) {
    if (arg === STDIN_NAME) {
      inputs.push({ name: STDIN_NAME, relPath: 'stdin' });
      continue;
    }
    const abs = resolve(arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      failures.push({ name: arg, error: new InputError(describeFsError(error)) });
      continue;
    }
    if (stat.isDirectory()) {
      sawDirectory = true;
      // The output directory is not read back when it lies inside the tree; when it is the tree itself
      // (or holds it), nothing is skipped: outputs that would land on inputs are refused instead.
      const outInside = skipDir !== undefined && skipDir !== abs && isInside(skipDir, abs);
      walk(abs, arg, outInside ? skipDir : undefined, inputs, failures, walkOptions);
    } else {
      inputs.push({ name: arg, path: abs, relPath: basename(abs) });
    }
  }
  return { inputs, failures, sawDirectory };
}

function walk(
  root: string,
  shownRoot: string,
  skipDir: string | undefined,
  inputs: InputRef[],
  failures: InputListing['failures'],
  options: WalkOptions = {},
): void {
  const filter: PathFilter = pathFilter(options.include, options.exclude);
  const posix = (rel: string): string => rel.split(sep).join('/');
  // With --follow, each real directory is walked once, so a link cycle ends.
  const visited = new Set<string>();
  if (options.follow) visited.add(realpathSync(root));
  const found: InputRef[] = [];
  // An explicit stack, so a deep tree cannot overflow the call stack.
  const pending = [root];
  while (pending.length) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      failures.push({ name: join(shownRoot, relative(root, current)), error: new InputError(describeFsError(error)) });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') && !options.hidden) continue;
      // A temporary output file (of a rinse writing, or killed while writing, into this tree) is never an input.
      if (isTempFile(entry.name)) continue;
      const abs = join(current, entry.name);
      const rel = relative(root, abs);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink() && options.follow) {
        try {
          const target = statSync(abs);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link is nothing to clean
        }
      }
      if (isDirectory) {
        if (options.follow) {
          const real = realpathSync(abs);
          if (visited.has(real)) continue;
          visited.add(real);
        }
        if (!(skipDir && isInside(abs, skipDir)) && filter.directory(posix(rel))) pending.push(abs);
      } else if (isFile && filter.file(posix(rel))) {
        found.push({ name: join(shownRoot, rel), path: abs, relPath: rel });
      }
      // Otherwise (links unless --follow, sockets, devices) the entry is skipped.
    }
  }
  found.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  inputs.push(...found);
}

