/**
 * CLI wiring of the pipeline modes: `--jsonl` record streams and WARC
 * archives. Both write JSONL records to stdout with backpressure; main.ts
 * hands over to these after parsing options. Their modules (zod for records,
 * warcio for archives) are imported when a mode runs, not on every start.
 */
import type { Readable, Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import type { InputRef } from '../io/inputs.js';
import type { RecordFields } from '../io/records.js';
import type { RecordJobOptions } from '../records/clean-record.js';
import { isWarcName } from '../io/warc.js';
import { portableRules } from '../parallel/rule-set.js';
import { selectRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

export interface PipelineOptions {
  readonly format: string;
  readonly formatGiven: boolean;
  readonly out?: string | undefined;
  readonly inputFormat: 'auto' | 'html' | 'text';
  readonly rules?: string[] | undefined;
  readonly disable?: string[] | undefined;
  readonly explain?: boolean | undefined;
  readonly maxBytes: number;
  readonly quiet?: boolean | undefined;
  readonly idField?: string | undefined;
  readonly urlField?: string | undefined;
  readonly htmlField?: string | undefined;
  readonly textField?: string | undefined;
  /** Threads for `--jsonl` or WARC input, this one and `jobs` - 1 workers (default 1: this thread alone). */
  readonly jobs?: number | undefined;
  /**
   * The rules to run after the config file and `--rules`/`--disable` (called once the
   * command line is known to be valid); without it, `--rules`/`--disable` over the built-in rules.
   */
  readonly selectedRules?: (() => readonly Rule[]) | undefined;
}

export interface PipelineIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: (chunk: string) => void;
}

export const FIELD_OPTIONS = ['idField', 'urlField', 'htmlField', 'textField'] as const;

function recordFields(options: PipelineOptions, defaults: RecordFields): RecordFields {
  return {
    id: options.idField ?? defaults.id,
    url: options.urlField ?? defaults.url,
    html: options.htmlField ?? defaults.html,
    text: options.textField ?? defaults.text,
  };
}

function jobOptions(options: PipelineOptions, defaultFields: RecordFields): RecordJobOptions & { maxBytes: number; quiet?: boolean; rules?: readonly Rule[] } {
  const base = { fields: recordFields(options, defaultFields), inputFormat: options.inputFormat, maxBytes: options.maxBytes, ...(options.quiet ? { quiet: true } : {}) };
  if (options.selectedRules === undefined) {
    // Checked here, once, so an unknown rule id is a usage error before any record is read.
    selectRules({ ...(options.rules ? { only: options.rules } : {}), ...(options.disable ? { disable: options.disable } : {}) });
    return { ...base, ...(options.rules ? { only: options.rules } : {}), ...(options.disable ? { disable: options.disable } : {}) };
  }
  const selected = options.selectedRules();
  // Rules travel to worker threads as plain data: built-in ones as their ids, a config file's as its entries.
  const portable = portableRules(selected);
  if (!portable) return { ...base, rules: selected };
  return { ...base, only: portable.ids, ...(portable.userRules ? { userRules: portable.userRules } : {}) };
}

function refuseFileOptions(mode: string, options: PipelineOptions): void {
  if (options.out !== undefined) throw new UsageError(`${mode} writes records to stdout; -o is not supported (redirect stdout instead)`);
  if (options.explain) throw new UsageError(`--explain is not supported with ${mode} (the records carry what was removed, in "removed")`);
}

/** `rinse --jsonl`: records on stdin to records on stdout. Resolves to the exit code. */
export async function runJsonlCommand(paths: readonly string[], options: PipelineOptions, io: PipelineIo): Promise<number> {
  if (paths.some((p) => p !== '-')) throw new UsageError("--jsonl reads records on stdin; give no paths (or '-')");
  if (options.formatGiven && options.format !== 'jsonl') throw new UsageError('--jsonl writes JSONL records; -f must be jsonl or left out');
  refuseFileOptions('--jsonl', options);
  const [{ runRecordStream }, { DEFAULT_RECORD_FIELDS }] = await Promise.all([import('./records.js'), import('../io/records.js')]);
  const tally = await runRecordStream({ input: io.stdin, output: io.stdout, stderr: io.stderr }, { ...jobOptions(options, DEFAULT_RECORD_FIELDS), jobs: options.jobs ?? 1 });
  return tally.failed ? 1 : 0;
}

/** Whether a run's inputs include web archives (then it is a WARC run). */
export function hasWarcInputs(inputs: readonly InputRef[]): boolean {
  return inputs.some((i) => i.path !== undefined && isWarcName(i.name));
}

/** WARC inputs to JSONL records on stdout; other files in the listing are not read. Resolves to the exit code. */
export async function runWarcCommand(inputs: readonly InputRef[], listingFailures: number, options: PipelineOptions, io: PipelineIo): Promise<number> {
  if (options.format !== 'jsonl') throw new UsageError('WARC input gives one record per page: use -f jsonl');
  refuseFileOptions('WARC input', options);
  if (FIELD_OPTIONS.some((f) => options[f] !== undefined)) throw new UsageError('--id-field and the other field options apply to --jsonl only');
  const warcs = inputs.filter((i) => i.path !== undefined && isWarcName(i.name));
  const others = inputs.length - warcs.length;
  if (others && !options.quiet) io.stderr(`rinse: ${others} input${others === 1 ? ' is' : 's are'} not WARC (.warc, .warc.gz) and ${others === 1 ? 'was' : 'were'} not read\n`);
  const [{ runWarcInputs }, { DEFAULT_RECORD_FIELDS }] = await Promise.all([import('./warc.js'), import('../io/records.js')]);
  const tally = await runWarcInputs(warcs, { output: io.stdout, stderr: io.stderr }, { ...jobOptions(options, DEFAULT_RECORD_FIELDS), jobs: options.jobs ?? 1 });
  return tally.failed || tally.filesFailed || listingFailures ? 1 : 0;
}
