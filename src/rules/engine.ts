/**
 * Applies rules to a document. HTML selectors go first (they see the tree),
 * then each rule's block-level pass, in registry order; each rule sees what
 * the rules before it removed. A rule whose verdicts would leave no article
 * prose at all is overruled: when unsure, keep.
 */
import type { AnyNode, Element } from 'domhandler';
import { compile } from 'css-select';
import type { Document } from '../model.js';
import { normalizeForMatch, wordCount } from '../text/normalize.js';
import type { Category, Rule, RuleContext, Verdict } from './types.js';

export interface Removal {
  readonly rule: string;
  readonly category: Category;
  readonly reason: string;
  /** Blocks [from, to) of the document. */
  readonly from: number;
  readonly to: number;
}

export interface RuleOutcome {
  /** For each block, the removal that took it, if any. */
  readonly removedBy: ReadonlyArray<Removal | undefined>;
  readonly removals: readonly Removal[];
  /** Rules whose verdicts were set aside because they would have emptied the article. */
  readonly overruled: readonly string[];
}

const PROSE_MIN_WORDS = 8;
const SENTENCE_END = /[.!?…。！？]["'”’»)]*$/u;

class Context implements RuleContext {
  readonly blocks;
  firstProse = -1;
  lastProse = -1;
  private readonly normCache: Array<string | undefined>;
  private readonly wordCache: Array<number | undefined>;
  /** isProse per block (it depends on the block alone): 0 not yet known, 1 prose, 2 not. */
  private readonly proseCache: Uint8Array;

  constructor(
    readonly doc: Document,
    private readonly removedBy: Array<Removal | undefined>,
  ) {
    this.blocks = doc.blocks;
    this.normCache = new Array(doc.blocks.length);
    this.wordCache = new Array(doc.blocks.length);
    this.proseCache = new Uint8Array(doc.blocks.length);
    this.updateProseSpan();
  }

  removed(i: number): boolean {
    return this.removedBy[i] !== undefined;
  }

  norm(i: number): string {
    return (this.normCache[i] ??= normalizeForMatch(this.blocks[i]!.text));
  }

  words(i: number): number {
    return (this.wordCache[i] ??= wordCount(this.blocks[i]!.text));
  }

  linkDensity(i: number): number {
    const b = this.blocks[i]!;
    return b.text.length ? b.linkChars / b.text.length : 0;
  }

  isProse(i: number): boolean {
    const known = this.proseCache[i];
    if (known) return known === 1;
    const prose = this.proseOf(i);
    this.proseCache[i] = prose ? 1 : 2;
    return prose;
  }

  private proseOf(i: number): boolean {
    const b = this.blocks[i]!;
    if (b.kind === 'heading' || this.linkDensity(i) > 0.5) return false;
    const words = this.words(i);
    // Scripts without spaces between words (Chinese, Japanese, Thai) count by characters.
    const long = words >= PROSE_MIN_WORDS || (words >= 1 && b.text.length >= 40 && !/\s/.test(b.text));
    return long && (SENTENCE_END.test(b.text) || words >= 2 * PROSE_MIN_WORDS);
  }

  /**
   * After blocks were removed: removals only shrink the set of kept prose, so the span moves
   * only when its first or last block went, and then only inwards.
   */
  shrinkProseSpan(): void {
    if (this.firstProse < 0 || (!this.removed(this.firstProse) && !this.removed(this.lastProse))) return;
    let first = this.firstProse;
    while (first <= this.lastProse && (this.removed(first) || !this.isProse(first))) first++;
    if (first > this.lastProse) {
      this.firstProse = this.lastProse = -1;
      return;
    }
    let last = this.lastProse;
    while (this.removed(last) || !this.isProse(last)) last--;
    this.firstProse = first;
    this.lastProse = last;
  }

  updateProseSpan(): void {
    this.firstProse = this.lastProse = -1;
    for (let i = 0; i < this.blocks.length; i++) {
      if (this.removed(i) || !this.isProse(i)) continue;
      if (this.firstProse < 0) this.firstProse = i;
      this.lastProse = i;
    }
  }

  hasProse(): boolean {
    return this.firstProse >= 0;
  }
}

function wordsIn(ctx: Context, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += ctx.words(i);
  return n;
}

/** Selectors compiled once per process: a page costs one test per element that holds text, not a tree walk per selector. */
const compiled = new Map<string, (el: Element) => boolean>();

function matcher(selector: string): (el: Element) => boolean {
  let test = compiled.get(selector);
  if (!test) {
    const query = compile<AnyNode, Element>(selector);
    test = (el) => query(el);
    compiled.set(selector, test);
  }
  return test;
}

function htmlVerdicts(doc: Document, rule: Rule, ctx: Context): Verdict[] {
  if (!rule.html || !doc.elementBlocks) return [];
  const verdicts: Verdict[] = [];
  for (const spec of rule.html) {
    const matches = matcher(spec.selector);
    for (const [el, range] of doc.elementBlocks) {
      if (!matches(el)) continue;
      const [from, to] = range;
      if (spec.maxWords !== undefined && wordsIn(ctx, from, to) > spec.maxWords) continue;
      verdicts.push({ from, to, reason: spec.reason });
    }
  }
  return verdicts;
}

/** Marks the verdicts' blocks as removed by `rule`; returns what it marked, to undo. */
function apply(rule: Rule, verdicts: Iterable<Verdict>, removedBy: Array<Removal | undefined>, removals: Removal[]): number[] {
  const marked: number[] = [];
  for (const v of verdicts) {
    const from = Math.max(0, v.from);
    const to = Math.min(removedBy.length, v.to);
    let removal: Removal | undefined;
    for (let i = from; i < to; i++) {
      if (removedBy[i]) continue;
      removal ??= { rule: rule.id, category: rule.category, reason: v.reason, from: i, to };
      removedBy[i] = removal;
      marked.push(i);
    }
    if (removal) removals.push(removal);
  }
  return marked;
}

export function applyRules(doc: Document, rules: readonly Rule[]): RuleOutcome {
  const removedBy: Array<Removal | undefined> = new Array(doc.blocks.length).fill(undefined);
  const removals: Removal[] = [];
  const overruled: string[] = [];
  const ctx = new Context(doc, removedBy);

  const run = (rule: Rule, verdicts: Iterable<Verdict>): void => {
    const hadProse = ctx.hasProse();
    const { firstProse, lastProse } = ctx;
    const before = removals.length;
    const marked = apply(rule, verdicts, removedBy, removals);
    if (!marked.length) return;
    ctx.shrinkProseSpan();
    if (hadProse && !ctx.hasProse()) {
      for (const i of marked) removedBy[i] = undefined;
      removals.length = before;
      overruled.push(rule.id);
      // Undone: the span is what it was.
      ctx.firstProse = firstProse;
      ctx.lastProse = lastProse;
    }
  };

  for (const rule of rules) run(rule, htmlVerdicts(doc, rule, ctx));
  for (const rule of rules) if (rule.text) run(rule, [...rule.text(ctx)]);

  // A removal's span may have been partly taken already; report each by the blocks it really took.
  return { removedBy, removals: trimRemovals(removals, removedBy), overruled };
}

function trimRemovals(removals: Removal[], removedBy: ReadonlyArray<Removal | undefined>): Removal[] {
  const out: Removal[] = [];
  for (const r of removals) {
    let to = r.from;
    while (to < r.to && removedBy[to] === r) to++;
    out.push(to === r.to ? r : { ...r, to });
    // Blocks of r past a gap (taken by an earlier rule) start a second entry.
    let i = to;
    while (i < r.to) {
      while (i < r.to && removedBy[i] !== r) i++;
      const from = i;
      while (i < r.to && removedBy[i] === r) i++;
      if (i > from) out.push({ ...r, from, to: i });
    }
  }
  out.sort((a, b) => a.from - b.from);
  // Neighbouring removals by the same rule for the same reason read as one ("Tags: …" then "Labels: …").
  const merged: Removal[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && last.to === r.from && last.rule === r.rule && last.reason === r.reason) merged[merged.length - 1] = { ...last, to: r.to };
    else merged.push(r);
  }
  return merged;
}
