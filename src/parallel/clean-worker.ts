/**
 * The worker module of the thread pool (src/parallel/pool.ts): its default
 * export cleans one input of a command line per task (see src/cli/batch.ts);
 * `cleanRecords` cleans lines of a `--jsonl` record stream (see
 * src/cli/records.ts), and `cleanWarc` pages of a web archive (see
 * src/cli/warc.ts). One module for all, so the CLI ships one worker bundle.
 */
import { outcomeOf, type CleanInputOptions, type Outcome } from '../cli/clean-input.js';
import type { InputRef } from '../io/inputs.js';
import type { NumberedOutcome, RecordBatch } from '../records/clean-record.js';
import type { WarcTask, WarcTaskOutcome } from '../records/clean-page.js';
import { rulesFrom, type PortableRules } from './rule-set.js';

export interface CleanTask {
  readonly input: InputRef;
  readonly options: CleanInputOptions;
  /** The rules to run, in order (built once a worker: every task of a batch names the same). */
  readonly rules: PortableRules;
}

export default function cleanTask(task: CleanTask): Outcome {
  return outcomeOf(task.input, task.options, rulesFrom(task.rules));
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
