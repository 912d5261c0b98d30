/**
 * Which files of a walked tree to take: `--include` / `--exclude` globs
 * (picomatch, bash-like), matched against the path below the directory
 * argument; a pattern without a slash matches the file name at any depth.
 */
import picomatch from 'picomatch';

export interface PathFilter {
  /** Whether a file (path relative to the walked root, `/`-separated) is taken. */
  file(relPath: string): boolean;
  /** Whether a directory is walked into at all. */
  directory(relPath: string): boolean;
}

export function pathFilter(include: readonly string[] = [], exclude: readonly string[] = []): PathFilter {
  // dot: hidden files are a separate choice (--hidden), not the globs'.
  const options = { dot: true, basename: true };
  const included = include.length ? picomatch([...include], options) : () => true;
  const excluded = exclude.length ? picomatch([...exclude], options) : () => false;
  return {
    file: (relPath) => included(relPath) && !excluded(relPath),
    directory: (relPath) => !excluded(relPath),
  };
}
