/**
 * The worker module of the thread pool (src/parallel/pool.ts): its default
 * export cleans one input of a command line per task (see src/cli/batch.ts);
 * `cleanRecords` cleans lines of a `--jsonl` record stream (see
 * src/cli/records.ts). One module for both, so the CLI ships one worker bundle.
 */
import { outcomeOf, type CleanInputOptions, type Outcome } from '../cli/clean-input.js';
import type { InputRef } from '../io/inputs.js';
import type { RecordJobOptions, RecordOutcome } from '../records/clean-record.js';
import { selectRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

export interface CleanTask {
  readonly input: InputRef;
  readonly options: CleanInputOptions;
  /** Ids of the rules to run, in registry order. */
  readonly ruleIds: readonly string[];
}

// Every task of a batch names the same rules: select them once per worker.
let cached: { key: string; rules: Rule[] } | undefined;

function rulesFor(ids: readonly string[]): Rule[] {
  const key = ids.join(',');
  if (cached?.key !== key) cached = { key, rules: selectRules({ only: ids }) };
  return cached.rules;
}

export default function cleanTask(task: CleanTask): Outcome {
  return outcomeOf(task.input, task.options, rulesFor(task.ruleIds));
}

/**
 * Lines of a record stream, as one chunk of input completed them: their
 * bytes one after another in `bytes` (moved, not copied, to the worker), each
 * line's end offset in it; a line the reader already refused (over
 * `--max-bytes`) carries the outcome to hand back in its place instead, so
 * that every line keeps its turn in the ordered output.
 */
export interface RecordBatch {
  readonly bytes: Uint8Array;
  readonly lines: ReadonlyArray<{ readonly number: number; readonly end: number } | { readonly number: number; readonly outcome: RecordOutcome }>;
  readonly options: RecordJobOptions;
}

export type NumberedOutcome = RecordOutcome & { readonly number: number };

/**
 * Records bring zod (their schema), whose top level takes a worker 20-25 ms to run: imported by the first
 * record batch, so that workers of a file batch start without it.
 */
export async function cleanRecords(batch: RecordBatch): Promise<NumberedOutcome[]> {
  const { cleanRecordLine } = await import('../records/clean-record.js');
  let start = 0;
  return batch.lines.map((line) => {
    if ('outcome' in line) return { ...line.outcome, number: line.number };
    const outcome = cleanRecordLine(batch.bytes.subarray(start, line.end), batch.options);
    start = line.end;
    return { ...outcome, number: line.number };
  });
}
