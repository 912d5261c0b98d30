/**
 * rinse as a library: `clean()` one input, the rule modules it uses, config
 * files and user rules, and the helpers the CLI is built from. The CLI uses
 * nothing that is not exported here.
 */
export { clean, inspect, parse, type CleanOptions, type Inspection } from './clean.js';
export { rules, selectRules, CATEGORIES, type Rule, type RuleContext, type Verdict, type HtmlSelector, type Category, type RuleSelection } from './rules/index.js';
export { compileUserPattern, type CompiledPattern, type UserPattern, type UserPatternOptions } from './rules/user-pattern.js';
export { CONFIG_FILE_NAMES, ConfigError, findConfig, loadConfig, resolveConfig, type LoadedConfig } from './config/load.js';
export { ConfigSchema, UserRuleSchema, type Config, type UserRuleConfig } from './config/schema.js';
export { userRule } from './config/user-rules.js';
export { CleanResultSchema, RemovedBlockSchema, type CleanResult, type RemovedBlock } from './schema.js';
export { renderMarkdown } from './render/markdown.js';
export { renderText } from './render/text.js';
export { listInputs, type InputRef, type InputListing, type WalkOptions } from './io/inputs.js';
export { readInputBytes, DEFAULT_MAX_BYTES } from './io/read.js';
export { writeAtomic, atomicWriter, removeStaleTempFiles, isTempFile, outputRelPath, type WriteFs } from './io/write.js';
export type { Block, BlockKind, Document, InputFormat } from './model.js';
export { InputError, UsageError } from './errors.js';
export { cleanRecordLine, type RecordJobOptions, type RecordOutcome } from './records/clean-record.js';
export { RecordResultSchema, RecordErrorSchema, RecordOutputSchema, type RecordResult, type RecordError, type RecordOutput } from './records/schema.js';
