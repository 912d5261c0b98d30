/**
 * The whole of record mode's work on one record, as a pure function: a line
 * in (bytes or text), an output line out, plus what the caller needs for
 * messages and the summary. Its arguments and result are plain data
 * (structured-cloneable), so it can run on a worker thread unchanged.
 */
import { clean } from '../clean.js';
import { InputError } from '../errors.js';
import { parseRecord, DEFAULT_RECORD_FIELDS, type RecordFields } from '../io/records.js';
import { sniffFormat } from '../parse/sniff.js';
import type { UserRuleConfig } from '../config/schema.js';
import { availableRules } from '../parallel/rule-set.js';
import { selectRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { toRecordError, toRecordResult } from './schema.js';

/** Everything that decides how a record is cleaned; plain data. */
export interface RecordJobOptions {
  readonly fields?: RecordFields;
  /** `auto` (default): HTML fields are read as HTML (sniffed as a `.html` file is), text fields as text. */
  readonly inputFormat?: 'auto' | 'html' | 'text';
  readonly only?: readonly string[];
  readonly disable?: readonly string[];
  /** Refuse content longer than this many UTF-8 bytes. */
  readonly maxBytes?: number;
  /** A config file's rules, as its entries (plain data, which crosses threads): they run before the built-in ones. */
  readonly userRules?: readonly UserRuleConfig[];
}

export interface RecordOutcome {
  /** The output record, JSON on one line, without the newline. */
  readonly line: string;
  /** Set when the record failed: the message for stderr (the line carries it too). */
  readonly error?: string;
  /** The record's id when it failed and had one, for the message. */
  readonly id?: string | number | null;
  /** Rule ids of the removals made, for the summary. */
  readonly removedRules: readonly string[];
}

const rulesCache = new Map<string, Rule[]>();
// A stream passes the same options object with every record: look it up by identity first (a worker's tasks
// each bring a copy of it, found by its content).
const rulesByOptions = new WeakMap<RecordJobOptions, Rule[]>();

/** The rules `options` name: `only` among the config's rules and the built-in ones, less `disable`. */
export function rulesFor(options: RecordJobOptions): Rule[] {
  const known = rulesByOptions.get(options);
  if (known) return known;
  const key = JSON.stringify([options.only ?? null, options.disable ?? [], options.userRules ?? []]);
  let selected = rulesCache.get(key);
  if (!selected) {
    selected = selectRules({ ...(options.only ? { only: options.only } : {}), ...(options.disable ? { disable: options.disable } : {}) }, availableRules(options.userRules));
    rulesCache.set(key, selected);
  }
  rulesByOptions.set(options, selected);
  return selected;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Names why decoded content is binary rather than text (NUL or many C0
 * control characters, as file mode judges bytes), or undefined.
 */
export function binaryContent(content: string): string | undefined {
  const sample = content.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 'binary data (NUL characters)';
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.05 ? 'binary data (control characters)' : undefined;
}

function failed(meta: { id: string | number | null; url?: string | undefined }, error: string): RecordOutcome {
  return { line: JSON.stringify(toRecordError(meta, error)), error, id: meta.id, removedRules: [] };
}

/**
 * Cleans one input record line into one output record line. Never throws.
 * `rules`, when given, are run instead of the selection of `options.only` and
 * `options.disable` (rule objects, such as a config file's, do not cross threads).
 */
export function cleanRecordLine(input: string | Uint8Array, options: RecordJobOptions = {}, rules?: readonly Rule[]): RecordOutcome {
  let line: string;
  if (typeof input === 'string') line = input;
  else {
    try {
      line = utf8.decode(input);
    } catch {
      return failed({ id: null }, 'not valid UTF-8');
    }
  }
  const parsed = parseRecord(line, options.fields ?? DEFAULT_RECORD_FIELDS);
  if (!parsed.ok) return failed(parsed, parsed.error);
  const { record } = parsed;
  const binary = binaryContent(record.content);
  if (binary) return failed(record, `refused: ${binary}`);
  const maxBytes = options.maxBytes;
  // Content over the limit in characters is surely over it in bytes; only then count the bytes.
  if (maxBytes !== undefined && record.content.length * 3 > maxBytes && Buffer.byteLength(record.content) > maxBytes) {
    return failed(record, `content is over the limit of ${maxBytes} bytes (see --max-bytes)`);
  }
  const requested = options.inputFormat ?? 'auto';
  const format = requested !== 'auto' ? requested : record.contentField === 'html' ? sniffFormat(record.content, 'record.html') : 'text';
  try {
    const result = clean(record.content, { source: String(record.id), inputFormat: format, rules: rules ?? rulesFor(options) });
    return { line: JSON.stringify(toRecordResult(record, result)), removedRules: result.removed.map((r) => r.rule) };
  } catch (error) {
    // One odd page must not stop a stream of millions: a bug shows as that record's error.
    const message = error instanceof Error ? error.message : String(error);
    return failed(record, error instanceof InputError ? message : `internal error: ${message}`);
  }
}

/**
 * Lines of a record stream, as one chunk of input completed them: their
 * bytes one after another in `bytes` (moved, not copied, to a worker), each
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

/** Cleans each line of a batch, in order: on a worker thread or in the stream's own thread, the same outcomes. */
export function cleanRecordBatch(batch: RecordBatch): NumberedOutcome[] {
  let start = 0;
  return batch.lines.map((line) => {
    if ('outcome' in line) return { ...line.outcome, number: line.number };
    const outcome = cleanRecordLine(batch.bytes.subarray(start, line.end), batch.options);
    start = line.end;
    return { ...outcome, number: line.number };
  });
}
