/**
 * The pipeline for one input: decode → parse → rules → result. Everything the
 * CLI does to an input goes through `clean`, and so can a library user.
 */
import type { Block, Document, InputFormat } from './model.js';
import { decode } from './io/decode.js';
import { limitAndGunzip, DEFAULT_MAX_BYTES } from './io/read.js';
import { sniffFormat } from './parse/sniff.js';
import { parseHtml } from './parse/html.js';
import { parseText } from './parse/text.js';
import { applyRules, applyRulesUntilStable, type Removal, type RuleOutcome } from './rules/engine.js';
import { selectRules, type RuleSelection } from './rules/index.js';
import type { Rule } from './rules/types.js';
import { renderText } from './render/text.js';
import { renderMarkdown } from './render/markdown.js';
import type { CleanResult } from './schema.js';

/** The rule that takes the headline out of the text (it stays the JSON title). */
const HEADLINE_RULE = 'title';

export interface CleanOptions extends RuleSelection {
  /** `auto` (default) sniffs HTML vs text. */
  readonly inputFormat?: InputFormat | 'auto';
  /** What to call the input in the result (`source`). */
  readonly source?: string;
  /** Refuse inputs larger than this many bytes after decompression. */
  readonly maxBytes?: number;
  /** Use these rules instead of selecting from the registry. */
  readonly rules?: readonly Rule[];
  /** Also render the article as Markdown (`markdown` in the result): links, tables and lists kept. */
  readonly markdown?: boolean;
}

export function parse(text: string, format: InputFormat): Document {
  return format === 'html' ? parseHtml(text) : parseText(text);
}

function removedText(doc: Document, from: number, to: number): string {
  return doc.blocks.slice(from, to).map((b) => b.text).join('\n');
}

/** What cleaning one input found, beyond the result: for diffs, statistics and tools. */
export interface Inspection {
  readonly result: CleanResult;
  /** The decoded input text. */
  readonly input: string;
  readonly document: Document;
  /** For each of the document's blocks, the removal that took it, if any (with its span of blocks). */
  readonly removedBy: ReadonlyArray<Removal | undefined>;
}

/** Cleans one input and also returns the parsed document and which rule took each block. */
export function inspect(input: string | Uint8Array, options: CleanOptions = {}): Inspection {
  const source = options.source ?? '-';
  const text = typeof input === 'string' ? input : decode(limitAndGunzip(Buffer.from(input), options.maxBytes ?? DEFAULT_MAX_BYTES)).text;
  const requested = options.inputFormat ?? 'auto';
  const format = requested === 'auto' ? sniffFormat(text, source) : requested;
  const doc = parse(text, format);
  const ruleSet = options.rules ?? selectRules(options);
  // Text dumps: until cleaning the text output again would change nothing (see applyRulesUntilStable).
  const outcome = doc.format === 'text' ? applyRulesUntilStable(doc, ruleSet) : applyRules(doc, ruleSet);
  const result = toResult(doc, outcome, source, text.length);
  // Markdown prints the headline as the document's heading, links and all, where the text leaves it out.
  if (options.markdown) result.markdown = renderMarkdown(doc.blocks.filter((_, i) => !outcome.removedBy[i] || outcome.removedBy[i]!.rule === HEADLINE_RULE), doc.title);
  return { result, input: text, document: doc, removedBy: outcome.removedBy };
}

/** Cleans one input (a string, or bytes to decode) and returns the JSON-format result. */
export function clean(input: string | Uint8Array, options: CleanOptions = {}): CleanResult {
  return inspect(input, options).result;
}

function toResult(doc: Document, outcome: RuleOutcome, source: string, inputChars: number): CleanResult {
  const kept: Block[] = doc.blocks.filter((_, i) => !outcome.removedBy[i]);
  const text = renderText(kept, doc.format);
  return {
    source,
    inputFormat: doc.format,
    ...(doc.title ? { title: doc.title } : {}),
    text,
    blocks: kept.map((b) => ({ kind: b.kind, text: b.text, ...(b.level ? { level: b.level } : {}) })),
    removed: outcome.removals.map((r) => ({ rule: r.rule, category: r.category, reason: r.reason, text: removedText(doc, r.from, r.to) })),
    stats: { inputChars, outputChars: text.length, removedBlocks: doc.blocks.length - kept.length },
  };
}
