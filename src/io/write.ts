/**
 * Writing outputs so that a reader never sees half a file: write a temporary
 * file beside the target, then rename it over the target.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

const INPUT_SUFFIXES = /(\.(html?|xhtml|txt|text|md|markdown))?(\.gz)?$/i;

/** `a/b.html.gz` → `a/b` + the format's extension. */
export function outputRelPath(relPath: string, extension: string): string {
  return relPath.replace(INPUT_SUFFIXES, '') + extension;
}
