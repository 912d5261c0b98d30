/**
 * The pipeline for one input: decode → parse → rules → result. Everything the
 * CLI does to an input goes through `clean`, and so can a library user.
 */
import { makeBlock, sameForRules, type Block, type Document, type InputFormat } from './model.js';
import { asBuffer, decodeInPieces, TEXT_PIECE_BYTES } from './io/decode.js';
import { limitAndGunzip, DEFAULT_MAX_BYTES } from './io/read.js';
import { sniffPieces } from './parse/sniff.js';
import { parseHtml } from './parse/html.js';
import { parseText } from './parse/text.js';
import { articleBodyHtml, linkedArticleBody } from './parse/linked-data.js';
import { mainContent } from './rules/main-content.js';
import { wordCount } from './text/normalize.js';
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

/** `markdown`: also each HTML block's inline Markdown, which only the Markdown output reads. */
export function parse(text: string, format: InputFormat, options: { markdown?: boolean } = {}): Document {
  return format === 'html' ? parseHtml(text, { markdown: options.markdown ?? true }) : parseText(text);
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
  /**
   * Pages: the text of the kept blocks read back as a dump (see `inspectPage`): its blocks, the removal
   * that took each, and the page block each was printed from. A line can go from a block that stays.
   */
  readonly readBack?: { readonly document: Document; readonly removedBy: ReadonlyArray<Removal | undefined>; readonly pageBlock: readonly number[] };
}

/**
 * Pages: for each block read back (see `inspectPage`), the removal that took it from a page block that
 * stays — a line lost inside a kept block; a block that went whole is in `removedBy` instead.
 */
export function linesLostInKeptBlocks(inspection: Inspection): Array<Removal | undefined> {
  const back = inspection.readBack;
  if (!back) return [];
  return back.removedBy.map((r, j) => (r && !inspection.removedBy[back.pageBlock[j]!] ? r : undefined));
}

/** Cleans one input and also returns the parsed document and which rule took each block. */
export function inspect(input: string | Uint8Array, options: CleanOptions = {}): Inspection {
  const { inspection, inputText } = inspectInput(input, options);
  return { ...inspection, input: inputText() };
}

/** An inspection without the input's text, and the text, joined from its pieces only when asked for. */
interface PartInspection {
  readonly inspection: Omit<Inspection, 'input'>;
  readonly inputText: () => string;
}

function inspectInput(input: string | Uint8Array, options: CleanOptions): PartInspection {
  const source = options.source ?? '-';
  const requested = options.inputFormat ?? 'auto';
  // A page is parsed from its pieces; the input is joined into one string only when something asks for it. A
  // text dump is read whole (its parser splits one string into lines): decoded in pieces, it would be joined at once.
  const pieceBytes = requested === 'text' ? Number.POSITIVE_INFINITY : TEXT_PIECE_BYTES;
  const pieces = typeof input === 'string' ? [input] : decodeInPieces(limitAndGunzip(asBuffer(input), options.maxBytes ?? DEFAULT_MAX_BYTES), pieceBytes).pieces;
  const inputText = joinedWhenAsked(pieces);
  const format = requested === 'auto' ? sniffPieces(pieces, source) : requested;
  const doc = format === 'html' ? parseHtml(pieces, { markdown: options.markdown ?? false }) : parseText(inputText());
  const ruleSet = options.rules ?? selectRules(options);
  const memo = new TextMemo();
  const first = applyRules(doc, ruleSet, memo);
  if (doc.format === 'html') {
    const input = { source, chars: lengthOf(pieces), markdown: options.markdown };
    const page = inspectPage(doc, first, ruleSet, memo, input);
    return { inspection: linkedArticleInstead(doc, page, ruleSet, memo, input) ?? page, inputText };
  }
  const text = inputText();
  // Text dumps: until cleaning the text output again would change nothing.
  const outcome = applyRulesToOwnOutput(doc, first, ruleSet, memo, parseText);
  const kept = doc.blocks.filter((_, i) => !outcome.removedBy[i]);
  const removed = outcome.removals.map((r) => removedEntry(doc, r));
  const result = toResult(doc, { kept, removed, removedBlocks: doc.blocks.length - kept.length, text: renderText(kept, 'text') }, source, text.length);
  if (options.markdown) result.markdown = markdownOf(doc, outcome.removedBy);
  return { inspection: { result, document: doc, removedBy: outcome.removedBy }, inputText };
}

/** The text of the pieces, joined on first call (`--diff` reads the input; a plain clean never does). */
function joinedWhenAsked(pieces: readonly string[]): () => string {
  let text = pieces.length === 1 ? pieces[0] : undefined;
  return () => (text ??= pieces.join(''));
}

function lengthOf(pieces: readonly string[]): number {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  return length;
}

function removedEntry(doc: Document, r: Removal): CleanResult['removed'][number] {
  return { rule: r.rule, category: r.category, reason: r.reason, text: removedText(doc, r.from, r.to) };
}

/** Markdown prints the headline as the document's heading, links and all, where the text leaves it out. */
function markdownOf(doc: Document, removedBy: ReadonlyArray<Removal | undefined>): string {
  return renderMarkdown(doc.blocks.filter((_, i) => !removedBy[i] || removedBy[i]!.rule === title.id), doc.title);
}

/**
 * A page's text output, cleaned again as a dump, must change nothing too. A dump is read a line at a
 * time, with Markdown's marks (a bullet, a pipe, a `#`) taken as such, and judged by the text rules;
 * the page's blocks were judged whole, by the HTML rules. So the text of the blocks the page's rules
 * kept is read back as a second run would read it and cleaned as a dump until that changes nothing,
 * and the text output is printed from what that reading kept. There, article-region counts only link
 * lines as a sign of clutter around the article (`Document.ownPageText`): the page's rules have found
 * the rest already, and what they left a second run will not find either.
 */
function inspectPage(doc: Document, first: RuleOutcome, rules: readonly Rule[], memo: TextMemo, input: { source: string; chars: number; markdown?: boolean }): Omit<Inspection, 'input'> {
  const kept: number[] = [];
  for (let i = 0; i < doc.blocks.length; i++) if (!first.removedBy[i]) kept.push(i);
  const printed = renderTextWithLines(kept.map((i) => doc.blocks[i]!), 'html');
  const readPageText = (text: string): Document => ({ ...parseText(text), ownPageText: true });
  const readBack = readPageText(printed.text);
  const second = applyRulesToOwnOutput(readBack, applyRules(readBack, rules, memo), rules, memo, readPageText, printed.text);
  // Each block read back, as the first kept page block printed on the line it came from: the cells of a
  // table's row share a line, and read back as one row, which takes them all or none.
  const from = printedFrom(printed.lines, readBack.blocks);
  const onLine = (k: number): number[] => {
    const line: number[] = [];
    for (let m = k; m < kept.length && printed.lines[m] === printed.lines[k]; m++) line.push(kept[m]!);
    return line;
  };
  // A page block goes when every part of it read back went.
  const removedBy = [...first.removedBy];
  const parts = new Array<number>(kept.length).fill(0);
  const partsLeft = new Array<number>(kept.length).fill(0);
  for (let j = 0; j < readBack.blocks.length; j++) {
    parts[from[j]!]!++;
    if (!second.removedBy[j]) partsLeft[from[j]!]!++;
  }
  for (let j = 0; j < readBack.blocks.length; j++) {
    if (second.removedBy[j] && !partsLeft[from[j]!]) for (const i of onLine(from[j]!)) removedBy[i] ??= second.removedBy[j];
  }
  // Removals in page order; of the reading's, each where its first block was printed from.
  const removed = [
    ...first.removals.map((r) => ({ at: r.from, entry: removedEntry(doc, r) })),
    ...second.removals.map((r) => ({ at: kept[from[r.from]!]!, entry: removedEntry(readBack, r) })),
  ].sort((a, b) => a.at - b.at);
  // A block read back as the whole of a page block keeps its kind (a heading, a list item); a part of one is a line of text.
  const keptBlocks: Block[] = [];
  for (let j = 0; j < readBack.blocks.length; j++) {
    if (second.removedBy[j]) continue;
    const page = doc.blocks[kept[from[j]!]!]!;
    // `from` is the first block on its line: another on the same line makes it a cell of a row.
    const alone = printed.lines[from[j]! + 1] !== printed.lines[from[j]!];
    const whole = parts[from[j]!] === 1 && alone && page.text === readBack.blocks[j]!.text;
    keptBlocks.push(whole ? page : readBack.blocks[j]!);
  }
  const result = toResult(
    doc,
    { kept: keptBlocks, removed: removed.map((r) => r.entry), removedBlocks: removedBy.filter(Boolean).length, text: renderText(readBack.blocks.filter((_, j) => !second.removedBy[j]), 'text') },
    input.source,
    input.chars,
  );
  if (input.markdown) result.markdown = markdownOf({ ...doc, blocks: withoutLines(doc.blocks, linesGone(printed.lines, readBack.blocks, from, second.removedBy, kept)) }, removedBy);
  return { result, document: doc, removedBy, readBack: { document: readBack, removedBy: second.removedBy, pageBlock: from.map((k) => kept[k]!) } };
}

/** Of each kept page block, the lines of its text (0-based) that the reading removed, where it kept others. */
function linesGone(lines: readonly number[], readBack: readonly Block[], from: readonly number[], removedBy: ReadonlyArray<Removal | undefined>, kept: readonly number[]): Map<number, Set<number>> {
  const gone = new Map<number, Set<number>>();
  for (let j = 0; j < readBack.length; j++) {
    if (!removedBy[j]) continue;
    const start = lines[from[j]!]!;
    // A block read back runs to the line before the next one (wrapped lines joined into it).
    const end = readBack[j + 1]?.line ?? (readBack[j]!.line ?? start) + 1;
    const set = gone.get(kept[from[j]!]!) ?? new Set<number>();
    for (let line = readBack[j]!.line ?? start; line < end; line++) set.add(line - start);
    gone.set(kept[from[j]!]!, set);
  }
  return gone;
}

/**
 * The page's blocks less the lines a reading removed from them, for the Markdown output: a block's
 * Markdown keeps its links, and has a line for each line of its text (a `<br>` in both), so the same
 * lines go from both. A block whose Markdown lines do not match its text's is left whole: when unsure, keep.
 */
function withoutLines(blocks: readonly Block[], gone: ReadonlyMap<number, ReadonlySet<number>>): Block[] {
  return blocks.map((block, i) => {
    const drop = gone.get(i);
    if (!drop) return block;
    const text = block.text.split('\n');
    const markdown = block.markdown?.split('\n');
    if (markdown && markdown.length !== text.length) return block;
    const keep = (_: string, n: number): boolean => !drop.has(n);
    return { ...block, text: text.filter(keep).join('\n'), ...(markdown ? { markdown: markdown.filter(keep).join('\n') } : {}) };
  });
}

/** Words an article body in linked data has at least to stand for the article: a shorter one is a teaser. */
const MIN_LINKED_BODY_WORDS = 80;
/** The share of the linked article's words the page's kept text must reach, or the linked article is printed instead. */
const LINKED_BODY_SHARE = 0.5;
const LINKED_BODY_REASON = 'the page shows less than half of its JSON-LD articleBody, printed instead';

/**
 * A page whose kept text holds less than half the words of the article its JSON-LD gives (`articleBody`) showed
 * a teaser, a paywall's first lines or the empty shell a script fills: rinse would print the page's clutter, or a
 * fraction of the article. Then the linked article is cleaned as a page of its own and printed instead, and every
 * block the page kept goes, as main-content's. Disabling main-content keeps the page's own text.
 *
 * The inspection's document is the page's blocks followed by the linked article's, so explaining, diffing and
 * counting read one list of blocks.
 */
function linkedArticleInstead(doc: Document, page: Omit<Inspection, 'input'>, rules: readonly Rule[], memo: TextMemo, input: { source: string; chars: number; markdown?: boolean }): Omit<Inspection, 'input'> | undefined {
  if (!doc.linkedData || !rules.some((r) => r.id === mainContent.id)) return undefined;
  const body = linkedArticleBody(doc.linkedData);
  if (body === undefined) return undefined;
  const pageWords = wordCount(page.result.text);
  // Its words counted with its markup are at least its text's: most pages stop here, their body unparsed.
  if (wordCount(body) * LINKED_BODY_SHARE <= pageWords) return undefined;
  const article: Document = { ...parseHtml(articleBodyHtml(body), { markdown: input.markdown ?? false }), ...(doc.title ? { title: doc.title } : {}) };
  let words = 0;
  for (const block of article.blocks) words += wordCount(block.text);
  if (words < MIN_LINKED_BODY_WORDS || pageWords >= words * LINKED_BODY_SHARE) return undefined;
  const linked = inspectPage(article, applyRules(article, rules, memo), rules, memo, input);
  const n = doc.blocks.length;
  // The blocks the page kept go, a removal for each run of them.
  const removedBy = [...page.removedBy];
  const replaced: Removal[] = [];
  for (let i = 0; i < n; i++) {
    if (removedBy[i]) continue;
    let end = i;
    while (end < n && !page.removedBy[end]) end++;
    const removal: Removal = { rule: mainContent.id, category: mainContent.category, reason: LINKED_BODY_REASON, from: i, to: end };
    for (let k = i; k < end; k++) removedBy[k] = removal;
    replaced.push(removal);
    i = end;
  }
  // The linked article's blocks follow the page's: their indexes, and the removals' spans, move by n.
  const moved = new Map<Removal, Removal>();
  const move = (r: Removal): Removal => moved.get(r) ?? moved.set(r, { ...r, from: r.from + n, to: r.to + n }).get(r)!;
  for (const r of linked.removedBy) removedBy.push(r && move(r));
  const blocks = [...doc.blocks, ...article.blocks.map((b) => makeBlock({ ...b, index: b.index + n }))];
  const result: CleanResult = {
    ...linked.result,
    removed: [...page.result.removed, ...replaced.map((r) => removedEntry(doc, r)), ...linked.result.removed],
    stats: { inputChars: input.chars, outputChars: linked.result.stats.outputChars, removedBlocks: removedBy.filter(Boolean).length },
  };
  return {
    result,
    document: { ...doc, blocks },
    removedBy,
    ...(linked.readBack ? { readBack: { ...linked.readBack, pageBlock: linked.readBack.pageBlock.map((k) => k + n) } } : {}),
  };
}

/** For each block read back from printed text, the first printed block on the line it starts on or the nearest above. */
function printedFrom(lines: readonly number[], readBack: readonly Block[]): number[] {
  const from: number[] = [];
  let k = 0;
  for (const block of readBack) {
    while (k + 1 < lines.length && lines[k + 1]! <= (block.line ?? 0)) k++;
    while (k > 0 && lines[k - 1] === lines[k]) k--;
    from.push(k);
  }
  return from;
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
function applyRulesToOwnOutput(doc: Document, first: RuleOutcome, rules: readonly Rule[], memo: TextMemo, read: (text: string) => Document, docText?: string): RuleOutcome {
  const removedBy = [...first.removedBy];
  const removals = [...first.removals];
  for (let reading = 0; reading < MAX_REREADS; reading++) {
    const kept: number[] = [];
    for (let i = 0; i < doc.blocks.length; i++) if (!removedBy[i]) kept.push(i);
    const { text, lines } = renderTextWithLines(kept.map((i) => doc.blocks[i]!), 'text');
    // The output is the very text the document was read from: read again, it is the same document, and the rules
    // (which removed nothing from it) remove nothing.
    if (text === docText) break;
    const again = read(text);
    // Nothing removed yet, and the output reads back as the blocks it was printed from, only on other lines (a
    // page block of several lines reads back as one block a line, which print a blank line apart): the rules
    // would find in it what they found in `doc`, which was nothing.
    if (kept.length === doc.blocks.length && sameForRules(again, doc)) break;
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
  return inspectInput(input, options).inspection.result;
}

interface ResultParts {
  readonly kept: readonly Block[];
  readonly removed: CleanResult['removed'];
  /** How many of the document's blocks went. */
  readonly removedBlocks: number;
  readonly text: string;
}

function toResult(doc: Document, { kept, removed, removedBlocks, text }: ResultParts, source: string, inputChars: number): CleanResult {
  return {
    source,
    inputFormat: doc.format,
    ...(doc.title ? { title: doc.title } : {}),
    text,
    blocks: kept.map((b) => ({ kind: b.kind, text: b.text, ...(b.level ? { level: b.level } : {}) })),
    removed,
    stats: { inputChars, outputChars: text.length, removedBlocks },
  };
}
