/**
 * The worker module of the thread pool (src/parallel/pool.ts): its default
 * export cleans one input of a command line per task (see src/cli/batch.ts);
 * `cleanRecords` cleans lines of a `--jsonl` record stream (see
 * src/cli/records.ts). One module for both, so the CLI ships one worker bundle.
 */
import { outcomeOf, type CleanInputOptions, type Outcome } from '../cli/clean-input.js';
import type { InputRef } from '../io/inputs.js';
import type { NumberedOutcome, RecordBatch } from '../records/clean-record.js';
import type { WarcTask, WarcTaskOutcome } from '../records/clean-page.js';
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
 * Records bring zod (their schema), whose top level takes a worker 20-25 ms to run: imported by the first
 * record batch, so that workers of a file batch start without it.
 */
export async function cleanRecords(batch: RecordBatch): Promise<NumberedOutcome[]> {
  const { cleanRecordBatch } = await import('../records/clean-record.js');
  return cleanRecordBatch(batch);
}

/** Pages of a web archive (see src/cli/warc.ts); their module, with zod and iconv-lite, imported by the first task. */
export async function cleanWarc(task: WarcTask): Promise<WarcTaskOutcome> {
  const { cleanWarcTask } = await import('../records/clean-page.js');
  return cleanWarcTask(task);
}
