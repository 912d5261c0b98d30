/** Where results go: stdout (as one stream) or files (one per input, written atomically). */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { InputRef } from '../io/inputs.js';
import { atomicWriter, outputRelPath } from '../io/write.js';
import { renderMarkdown } from '../render/markdown.js';
import type { CleanResult } from '../schema.js';

export const OUTPUT_FORMATS = ['text', 'markdown', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const EXTENSIONS: Record<OutputFormat, string> = { text: '.txt', markdown: '.md', json: '.json', jsonl: '.json' };

/** One result as its format's text (no trailing newline for text and Markdown; the writer adds one). */
export function formatResult(result: CleanResult, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return result.text;
    case 'markdown':
      return result.markdown ?? renderMarkdown(result.blocks, result.title);
    case 'json':
      return JSON.stringify(result, null, 2);
    case 'jsonl':
      return JSON.stringify(result);
  }
}

export interface Sink {
  write(input: InputRef, result: CleanResult): void;
  close(): void;
  /** The file an input's result goes to, for sinks that write files. */
  target?(input: InputRef): string;
}

/**
 * Writes to stdout as it goes: text outputs one after another (a blank line
 * between them), JSON lines, or JSON — one object for one input, an array
 * for several.
 */
export function stdoutSink(format: OutputFormat, manyInputs: boolean, write: (chunk: string) => void): Sink {
  let count = 0;
  const asArray = format === 'json' && manyInputs;
  return {
    write(_input, result) {
      const body = formatResult(result, format);
      if (asArray) write(`${count === 0 ? '[\n' : ',\n'}${body}`);
      else if (format === 'json' || format === 'jsonl') write(`${body}\n`);
      else write(`${count === 0 ? '' : '\n'}${body}${body ? '\n' : ''}`);
      count++;
    },
    close() {
      if (asArray) write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/**
 * Writes each result to its own file, mirroring the input tree under `dir`. `inputs` are the
 * batch's inputs: no output is written over any of them (`rinse dumps/ -o dumps/` with both
 * `a.html` and `a.txt` in it must not replace `a.txt` before it is read).
 */
export function directorySink(dir: string, format: OutputFormat, inputs: readonly InputRef[] = []): Sink {
  const written = new Set<string>();
  const inputPaths = new Set(inputs.flatMap((i) => (i.path ? [resolve(i.path)] : [])));
  const writeAtomic = atomicWriter();
  const targetOf = (input: InputRef): string => resolve(join(dir, outputRelPath(input.relPath, EXTENSIONS[format])));
  return {
    target: targetOf,
    write(input, result) {
      const target = targetOf(input);
      checkTarget(target, input, written, inputPaths);
      writeAtomic(target, `${formatResult(result, format)}\n`);
    },
    close() {},
  };
}

/** Writes the one result to `file`. */
export function fileSink(file: string, format: OutputFormat): Sink {
  const written = new Set<string>();
  const writeAtomic = atomicWriter();
  return {
    target: () => resolve(file),
    write(input, result) {
      const target = resolve(file);
      checkTarget(target, input, written);
      writeAtomic(target, `${formatResult(result, format)}\n`);
    },
    close() {},
  };
}

/**
 * `dir/rel`, refused unless it stays inside `dir`: whatever an input's name or a record's id holds
 * (`../`, an absolute path, NUL, a name too long for the file system), nothing is written elsewhere.
 */
export function containedPath(dir: string, rel: string): string {
  const root = resolve(dir);
  if (rel.includes('\0')) throw new InputError('output name contains a NUL byte');
  const target = resolve(root, rel);
  const inside = relative(root, target);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) throw new InputError(`output name ${JSON.stringify(rel)} leaves the output directory`);
  if (inside.split(sep).some((part) => Buffer.byteLength(part) > 255)) throw new InputError('output name is longer than a file name may be (255 bytes)');
  return target;
}

function checkTarget(target: string, input: InputRef, written: Set<string>, inputPaths?: ReadonlySet<string>): void {
  if (input.path && (resolve(input.path) === target || sameFile(input.path, target))) throw new InputError(`output ${target} would overwrite the input`);
  if (inputPaths?.has(target)) throw new InputError(`output ${target} would overwrite another input`);
  if (written.has(target)) throw new InputError(`output ${target} was already written for another input`);
  written.add(target);
}

/** Whether two paths name one file: through a symbolic link (either way) or a hard link. */
function sameFile(a: string, b: string): boolean {
  let target;
  try {
    target = statSync(b, { bigint: true });
  } catch {
    return false; // no output there yet
  }
  try {
    const input = statSync(a, { bigint: true });
    return input.ino === target.ino && input.dev === target.dev;
  } catch {
    return false;
  }
}

/** Whether `-o PATH` names a directory: it exists as one, or ends with a slash. */
export function isDirectoryTarget(path: string): boolean {
  if (/[\\/]$/.test(path)) return true;
  return existsSync(path) && statSync(path).isDirectory();
}
