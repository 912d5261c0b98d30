/**
 * Cleaning one input of a command line, the same in the main thread and in a
 * batch worker: read it, clean it, and tell an input's own failure (binary,
 * unreadable, too large: reported, and the batch goes on) from a bug (thrown).
 */
import { clean, inspect } from '../clean.js';
import { InputError } from '../errors.js';
import type { InputRef } from '../io/inputs.js';
import { readInputBytes } from '../io/read.js';
import type { Rule } from '../rules/types.js';
import type { CleanResult } from '../schema.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { diffText, removalMarker } from './diff.js';
import { explainLines } from './explain.js';
import { inputCounts, type InputCounts } from './stats.js';

export interface CleanInputOptions {
  readonly inputFormat: 'auto' | 'html' | 'text';
  readonly maxBytes: number;
  /** Also render the article as Markdown (`-f markdown`). */
  readonly markdown?: boolean;
  /** Also count what each rule removed (`--stats`), which needs the whole inspection. */
  readonly counts?: boolean;
  /** Also say what was removed and why (`--explain`, in colour or not), which needs the whole inspection too. */
  readonly explain?: { readonly color: boolean };
  /** Also mark what was removed in the input (`--diff`, in colour or not), from the whole inspection too. */
  readonly diff?: { readonly color: boolean };
}

/** What an input's inspection adds to its result when asked for: its counts, its `--explain` lines, its `--diff`. */
export interface Insight {
  readonly counts?: InputCounts;
  readonly explain?: string;
  readonly diff?: string;
}

/** One input's outcome: its result (with its insight, if asked for), or why it failed. Plain data, so it crosses threads. */
export type Outcome = ({ readonly input: InputRef; readonly result: CleanResult } & Insight) | { readonly input: InputRef; readonly error: string };

export function cleanInput(input: InputRef, options: CleanInputOptions, rules: readonly Rule[]): CleanResult {
  return cleanWithInsight(input, options, rules).result;
}

/** The result, and what its inspection says when asked: made wherever the input is cleaned, as plain data. */
function cleanWithInsight(input: InputRef, options: CleanInputOptions, rules: readonly Rule[]): { result: CleanResult } & Insight {
  const bytes = readInputBytes(input, options.maxBytes);
  const cleanOptions = { source: input.name, inputFormat: options.inputFormat, maxBytes: options.maxBytes, rules, ...(options.markdown ? { markdown: true } : {}) };
  if (!options.counts && !options.explain && !options.diff) return { result: clean(bytes, cleanOptions) };
  const inspection = inspect(bytes, cleanOptions);
  const chalk = (color: boolean): ChalkInstance => new Chalk({ level: color ? 1 : 0 });
  return {
    result: inspection.result,
    ...(options.counts ? { counts: inputCounts(inspection) } : {}),
    ...(options.explain ? { explain: explainLines(inspection, chalk(options.explain.color)).join('\n') } : {}),
    ...(options.diff ? { diff: diffText(inspection, removalMarker(chalk(options.diff.color))) } : {}),
  };
}

/** Like cleanInput, with an input's own failure as data; anything else (a bug) is thrown. */
export function outcomeOf(input: InputRef, options: CleanInputOptions, rules: readonly Rule[]): Outcome {
  try {
    return { input, ...cleanWithInsight(input, options, rules) };
  } catch (error) {
    if (!isInputFailure(error)) throw error;
    return { input, error: error.message };
  }
}

export function isInputFailure(error: unknown): error is Error {
  return error instanceof InputError || isFsError(error);
}

function isFsError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}
