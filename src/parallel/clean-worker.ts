/**
 * The worker module of the thread pool (src/parallel/pool.ts): its default
 * export cleans one input of a command line per task (see src/cli/batch.ts);
 * `cleanRecord` cleans one line of a `--jsonl` record stream (see
 * src/cli/records.ts). One module for both, so the CLI ships one worker bundle.
 */
import { outcomeOf, type CleanInputOptions, type Outcome } from '../cli/clean-input.js';
import type { InputRef } from '../io/inputs.js';
import { cleanRecordLine, type RecordJobOptions, type RecordOutcome } from '../records/clean-record.js';
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
 * One line of a record stream: its bytes to clean, or (for a line the
 * reader already refused) the outcome to hand back in its place, so that
 * every line keeps its turn in the ordered output.
 */
export type RecordTask =
  | { readonly number: number; readonly bytes: Uint8Array; readonly options: RecordJobOptions }
  | { readonly number: number; readonly outcome: RecordOutcome };

export type NumberedOutcome = RecordOutcome & { readonly number: number };

export function cleanRecord(task: RecordTask): NumberedOutcome {
  const outcome = 'outcome' in task ? task.outcome : cleanRecordLine(task.bytes, task.options);
  return { ...outcome, number: task.number };
}
