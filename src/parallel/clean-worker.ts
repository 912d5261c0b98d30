/** The batch worker: cleans one input of a command line per task (see src/cli/batch.ts). */
import { outcomeOf, type CleanInputOptions, type Outcome } from '../cli/clean-input.js';
import type { InputRef } from '../io/inputs.js';
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
