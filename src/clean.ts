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
import { applyRules, TextMemo, type Removal, type RuleOutcome } from './rules/engine.js';
import { selectRules, type RuleSelection } from './rules/index.js';
import { title } from './rules/title.js';
import type { Rule } from './rules/types.js';
import { renderText, renderTextWithLines } from './render/text.js';
import { renderMarkdown } from './render/markdown.js';
import type { CleanResult } from './schema.js';


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
  // Text dumps: until cleaning the text output again would change nothing.
  let outcome: RuleOutcome;
  if (doc.format === 'text') {
    const memo = new TextMemo();
    outcome = applyRulesToOwnOutput(doc, applyRules(doc, ruleSet, memo), ruleSet, memo);
  } else outcome = applyRules(doc, ruleSet);
  const result = toResult(doc, outcome, source, text.length);
  // Markdown prints the headline as the document's heading, links and all, where the text leaves it out.
  if (options.markdown) result.markdown = renderMarkdown(doc.blocks.filter((_, i) => !outcome.removedBy[i] || outcome.removedBy[i]!.rule === title.id), doc.title);
  return { result, input: text, document: doc, removedBy: outcome.removedBy };
}

/** Times a dump's own output is read and cleaned again at most (one is the most seen on real dumps). */
const MAX_REREADS = 3;

/**
 * Cleaning a dump's text output again must change nothing. Rules judge a block in its context —
 * its neighbours, the share of prose around it, the edges of the document — and removing clutter
 * changes that context: a share button that stood among other clutter stands alone after the
 * article's end. And the text output is read back with less than the input gave: its headings
 * are plain lines, its links plain text. So the output is read back as a second run would read it
 * and cleaned, until that removes nothing. What a reading removes is a set of the output's blocks,
 * mapped to the input's blocks by the lines they were printed on; a block the reading splits
 * (a text block of several lines) goes only when all of its parts go.
 */
function applyRulesToOwnOutput(doc: Document, first: RuleOutcome, rules: readonly Rule[], memo: TextMemo): RuleOutcome {
  const removedBy = [...first.removedBy];
  const removals = [...first.removals];
  for (let reading = 0; reading < MAX_REREADS; reading++) {
    const kept: number[] = [];
    for (let i = 0; i < doc.blocks.length; i++) if (!removedBy[i]) kept.push(i);
    const { text, lines } = renderTextWithLines(kept.map((i) => doc.blocks[i]!), 'text');
    const again = parseText(text);
    const next = applyRules(again, rules, memo);
    if (!next.removals.length) break;
    // Each block read back, as the kept block it was printed from (the last one starting at or before its line).
    const source: number[] = [];
    const parts = new Array<number>(kept.length).fill(0);
    const taken = new Array<number>(kept.length).fill(0);
    let k = 0;
    for (const block of again.blocks) {
      while (k + 1 < kept.length && lines[k + 1]! <= (block.line ?? 0)) k++;
      source.push(k);
      parts[k]!++;
    }
    for (let j = 0; j < again.blocks.length; j++) if (next.removedBy[j]) taken[source[j]!]!++;
    let changed = false;
    for (const r of next.removals) {
      const blocks: number[] = [];
      for (let j = r.from; j < r.to; j++) {
        const k = source[j]!;
        // j rises, so k never falls: a block split in parts is pushed once (and by one removal only).
        if (next.removedBy[j] === r && taken[k] === parts[k] && !removedBy[kept[k]!] && blocks[blocks.length - 1] !== kept[k]) blocks.push(kept[k]!);
      }
      // Input blocks next to each other make one removal, as the first reading reports them.
      for (let a = 0; a < blocks.length; ) {
        let b = a + 1;
        while (b < blocks.length && blocks[b] === blocks[b - 1]! + 1) b++;
        const removal: Removal = { rule: r.rule, category: r.category, reason: r.reason, from: blocks[a]!, to: blocks[b - 1]! + 1 };
        for (let i = removal.from; i < removal.to; i++) removedBy[i] = removal;
        removals.push(removal);
        changed = true;
        a = b;
      }
    }
    if (!changed) break;
  }
  removals.sort((a, b) => a.from - b.from);
  return { removedBy, removals, overruled: first.overruled };
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
