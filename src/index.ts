/** rinse as a library: `clean()` one input, and the rule modules it uses. */
export { clean, parse, type CleanOptions } from './clean.js';
export { rules, selectRules, CATEGORIES, type Rule, type RuleContext, type Verdict, type HtmlSelector, type Category, type RuleSelection } from './rules/index.js';
export { CleanResultSchema, RemovedBlockSchema, type CleanResult, type RemovedBlock } from './schema.js';
export type { Block, BlockKind, Document, InputFormat } from './model.js';
export { InputError, UsageError } from './errors.js';
export { cleanRecordLine, type RecordJobOptions, type RecordOutcome } from './records/clean-record.js';
export { RecordResultSchema, RecordErrorSchema, RecordOutputSchema, type RecordResult, type RecordError, type RecordOutput } from './records/schema.js';
