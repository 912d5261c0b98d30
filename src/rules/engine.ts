/**
 * Applies rules to a document. HTML selectors go first (they see the tree),
 * then each rule's block-level pass, in registry order; each rule sees what
 * the rules before it removed. A rule whose verdicts would leave no article
 * prose at all is overruled: when unsure, keep.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Selector } from 'css-what';
import { compile, parseSelector } from '../parse/selectors.js';
import type { Document } from '../model.js';
import { forEachTokenSpan, normalizeForMatch, wordCount } from '../text/normalize.js';
import { detectLanguage, stopwordShare, wordsOf, type Language } from '../text/language.js';
import { moreWordsThan, proseShare } from './lib/lines.js';
import { shingles, type Shingles } from './lib/shingles.js';
import { judgementSlots, NOT_JUDGED } from './lib/text-judgement.js';
import type { Category, Rule, RuleContext, TextJudgement, Verdict } from './types.js';

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

/**
 * What a block's text alone decides, worked out once per text. A class with every field set from the
 * start: facts filled in different orders (words first, or the normal form) were objects of as many
 * shapes, and the hot accessors below, compiled for the shapes seen, were thrown back to the interpreter
 * by each new one (V8's "wrong map" deoptimizations, each compiled again after).
 */
class TextFacts {
  norm: string | undefined = undefined;
  words: number | undefined = undefined;
  /** The runs of four words of `norm`, as keys (see lib/shingles.ts). */
  shingles: Shingles | undefined = undefined;
  /** The words a language is told by (of the text's first 2000 characters). */
  languageSample: readonly string[] | undefined = undefined;
  /** Stop-word density in `densityLanguage`. */
  density: number | undefined = undefined;
  densityLanguage: Language | undefined = undefined;
  /** The answers of text judgements, by their slots (NOT_JUDGED where there is none yet). */
  judged: unknown[] | undefined = undefined;
  /** Whether the text reads as prose, by its length and punctuation (see `proseOf`). */
  prose: boolean | undefined = undefined;
}

/**
 * The facts of each text seen in one input. A text dump's output is read back and cleaned again
 * (see clean.ts), and those readings hold mostly the texts of the first: one memo for all of
 * them works each text out once.
 */
export class TextMemo {
  private readonly facts = new Map<string, TextFacts>();
  /** The last language told, and the sample it was told by. */
  private lastSample: readonly string[] = [];
  private lastLanguage: Language | undefined;

  of(text: string): TextFacts {
    let facts = this.facts.get(text);
    if (!facts) this.facts.set(text, (facts = new TextFacts()));
    return facts;
  }

  /**
   * The language of a sample of words, told again only when the sample differs from the last one: a reading
   * of an input's output samples the same prose as the reading before it, mostly (its words are the same
   * strings, each text's sample made once, so comparing them is cheap).
   */
  languageOf(sample: readonly string[]): Language | undefined {
    if (!sameWords(sample, this.lastSample)) {
      this.lastLanguage = detectLanguage(sample);
      this.lastSample = sample;
    }
    return this.lastLanguage;
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const PROSE_MIN_WORDS = 8;
/** Words of prose read to tell a document's language. */
const LANGUAGE_SAMPLE_WORDS = 1000;
const PUNCTUATION = /[.,;:!?。、，！？]/u;
const SENTENCE_END = /[.!?…。！？]["'”’»)]*$/u;

/** Braces or assignments, and semicolons, a script's or a style sheet's line has at least; and words per mark at most. */
const CODE_BRACES = 2;
const CODE_SEMICOLONS = 2;
const WORDS_PER_CODE_MARK = 10;

/**
 * Whether a long line is a script's or a style sheet's text, which some converters print with the page's
 * ("function f() { var a = 1; …", ".box { display: none; }"): braces and assignments, and semicolons, far
 * denser than any prose has them. A paragraph with a semicolon or two, or a formula ("x = 2", a converter's
 * "{\displaystyle x_{i}}"), has no statements ended by semicolons, and is no code.
 */
export function readsAsCode(text: string, words: number): boolean {
  // Most lines hold neither a brace nor an equals sign: one native search each, and no count.
  if (text.indexOf('{') < 0 && text.indexOf('=') < 0) return false;
  let braces = 0;
  let semicolons = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    // { } =, and ;
    if (c === 123 || c === 125 || c === 61) braces++;
    else if (c === 59) semicolons++;
  }
  return braces >= CODE_BRACES && semicolons >= CODE_SEMICOLONS && (braces + semicolons) * WORDS_PER_CODE_MARK >= words;
}

/** Whether a text reads as prose by its length and punctuation: long enough, with sentences in it, and no code. */
function readsAsProse(text: string, words: number): boolean {
  // Scripts without spaces between words (Chinese, Japanese, Thai) count by characters.
  const long = words >= PROSE_MIN_WORDS || (words >= 1 && text.length >= 40 && !/\s/.test(text));
  if (!long || readsAsCode(text, words)) return false;
  if (SENTENCE_END.test(text)) return true;
  // A long line with no punctuation at all is a menu or a tag cloud flattened onto one line.
  return words >= 2 * PROSE_MIN_WORDS && PUNCTUATION.test(text);
}

class Context implements RuleContext {
  readonly blocks;
  firstProse = -1;
  lastProse = -1;
  private readonly factsCache: Array<TextFacts | undefined>;
  private readonly normCache: Array<string | undefined>;
  private readonly wordCache: Array<number | undefined>;
  /** isProse per block (it depends on the block alone): 0 not yet known, 1 prose, 2 not. */
  private readonly proseCache: Uint8Array;
  /** Stop-word density per block; NaN when not yet known. */
  private readonly stopwordCache: Float32Array;
  private languageKnown = false;
  private languageOf: Language | undefined;

  constructor(
    readonly doc: Document,
    private readonly removedByList: Array<Removal | undefined>,
    private readonly memo: TextMemo,
  ) {
    this.blocks = doc.blocks;
    const n = doc.blocks.length;
    this.factsCache = new Array(n);
    this.normCache = new Array(n);
    this.wordCache = new Array(n);
    this.proseCache = new Uint8Array(n);
    this.stopwordCache = new Float32Array(n).fill(Number.NaN);
    this.updateProseSpan();
  }

  removedBy(i: number): Removal | undefined {
    return this.removedByList[i];
  }

  removed(i: number): boolean {
    return this.removedByList[i] !== undefined;
  }

  private facts(i: number): TextFacts {
    return (this.factsCache[i] ??= this.memo.of(this.blocks[i]!.text));
  }

  norm(i: number): string {
    return (this.normCache[i] ??= this.facts(i).norm ??= normalizeForMatch(this.blocks[i]!.text));
  }

  words(i: number): number {
    return (this.wordCache[i] ??= this.facts(i).words ??= wordCount(this.blocks[i]!.text));
  }

  shingles(i: number): Shingles {
    const facts = this.facts(i);
    return (facts.shingles ??= shingles(this.norm(i)));
  }

  byText<T>(i: number, judgement: TextJudgement<T>): T {
    const facts = this.facts(i);
    const judged = (facts.judged ??= new Array<unknown>(judgementSlots()).fill(NOT_JUDGED));
    // A judgement made after the first text was judged (modules load in any order) has no slot there yet.
    while (judged.length <= judgement.slot) judged.push(NOT_JUDGED);
    const known = judged[judgement.slot];
    if (known !== NOT_JUDGED) return known as T;
    const text = this.blocks[i]!.text;
    const answer = judgement.judge(text, this.norm(i), this.words(i));
    judged[judgement.slot] = answer;
    return answer;
  }

  linkDensity(i: number): number {
    const b = this.blocks[i]!;
    return b.text.length ? b.linkChars / b.text.length : 0;
  }

  /** The document's language, from the function words of its prose (or of all its text, when it has little prose). */
  get language(): Language | undefined {
    if (this.languageKnown) return this.languageOf;
    this.languageKnown = true;
    const sample: string[] = [];
    this.sampleWords(sample, true);
    if (sample.length < LANGUAGE_SAMPLE_WORDS / 10) this.sampleWords(sample, false);
    return (this.languageOf = this.memo.languageOf(sample));
  }

  /**
   * Adds to `sample` the words of the prose blocks (or of the others), up to the sample's size. A method, not a
   * closure made per document: V8 compiled that closure again for documents throughout a batch.
   */
  private sampleWords(sample: string[], prose: boolean): void {
    for (let i = 0; i < this.blocks.length && sample.length < LANGUAGE_SAMPLE_WORDS; i++) {
      if (this.isProse(i) !== prose) continue;
      // A block's first few hundred characters tell enough; a 10 MB line is not split whole.
      const facts = this.facts(i);
      for (const w of (facts.languageSample ??= wordsOf(this.blocks[i]!.text.slice(0, 2000)))) {
        if (sample.length >= LANGUAGE_SAMPLE_WORDS) break;
        sample.push(w);
      }
    }
  }

  stopwordDensity(i: number): number | undefined {
    const language = this.language;
    if (!language) return undefined;
    const known = this.stopwordCache[i]!;
    if (!Number.isNaN(known)) return known;
    const facts = this.facts(i);
    if (facts.densityLanguage !== language) {
      facts.density = stopwordShare(this.norm(i), language);
      facts.densityLanguage = language;
    }
    const density = facts.density!;
    this.stopwordCache[i] = density;
    return density;
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
    // The rest reads the text alone: worked out once per text, as the other facts are.
    return (this.facts(i).prose ??= readsAsProse(b.text, this.words(i)));
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

/**
 * Selectors compiled once per process, one alternative at a time (`.a, .b` as `.a` and `.b`), each
 * with a gate: what an element must have for the alternative to match it, read from its last
 * compound (`.share-bar` a class, `#footer` an id, `nav` a tag, `[data-ad-slot]` an attribute,
 * `[class*="addthis_"]` a class attribute holding that text), as browsers hash their style rules.
 * A page's text-holding elements are indexed by those keys once, and each alternative is tested
 * only against the elements its gate lets through: a few tests a page instead of one per element
 * and selector. A gate lets through at least every element its alternative matches.
 */
interface Gate {
  readonly kind: 'all' | 'tag' | 'id' | 'class' | 'attr' | 'substr';
  /** Tag name, id, class token or attribute name (tags and attribute names in lower case). */
  readonly key: string;
  /** For `substr`: text the attribute's value must contain. */
  readonly text?: string;
}

interface Alternative {
  readonly gate: Gate;
  readonly test: (el: Element) => boolean;
}

const compiled = new Map<string, readonly Alternative[]>();
const COMBINATORS = new Set(['child', 'parent', 'sibling', 'adjacent', 'descendant', 'column-combinator']);
/** Attributes whose value css-select matches case-sensitively in HTML (by default). */
const CASE_SENSITIVE = new Set(['class', 'id']);
const caseSensitive = (name: string, ignoreCase: unknown): boolean => CASE_SENSITIVE.has(name) && ignoreCase !== true;

function gateOf(alternative: readonly Selector[]): Gate {
  let start = alternative.length;
  while (start > 0 && !COMBINATORS.has(alternative[start - 1]!.type)) start--;
  let best: Gate = { kind: 'all', key: '' };
  const rank = { all: 0, tag: 1, attr: 2, substr: 3, class: 4, id: 5 };
  const consider = (g: Gate): void => {
    if (rank[g.kind] > rank[best.kind]) best = g;
  };
  for (const token of alternative.slice(start)) {
    if (token.type === 'tag') consider({ kind: 'tag', key: token.name.toLowerCase() });
    else if (token.type === 'attribute') {
      const name = token.name.toLowerCase();
      if (token.action === 'not') continue; // [x!=y] matches elements without x
      const exact = caseSensitive(name, token.ignoreCase);
      if (name === 'id' && token.action === 'equals' && exact) consider({ kind: 'id', key: token.value });
      else if (name === 'class' && token.action === 'element' && exact) consider({ kind: 'class', key: token.value });
      else if (exact && token.value && (token.action === 'any' || token.action === 'start' || token.action === 'end' || token.action === 'equals')) {
        consider({ kind: 'substr', key: name, text: token.value });
      } else consider({ kind: 'attr', key: name });
    }
  }
  return best;
}

function alternatives(selector: string): readonly Alternative[] {
  let alts = compiled.get(selector);
  if (alts) return alts;
  let parsed: Selector[][] | undefined;
  try {
    parsed = parseSelector(selector);
  } catch {
    // Compiled whole below, which throws as css-select does.
  }
  if (parsed) {
    // css-select may rewrite the tokens it compiles: the tests compile a parse of their own.
    const forTests = parseSelector(selector);
    alts = parsed.map((alternative, i) => ({ gate: gateOf(alternative), test: compiledOnFirstTest(selector, forTests[i]!) }));
  } else {
    alts = [{ gate: { kind: 'all', key: '' }, test: compile<AnyNode, Element>(selector) }]; // throws on a bad selector, as before
  }
  compiled.set(selector, alts);
  return alts;
}

/**
 * An alternative's test, compiled the first time an element passes its gate: a run over one page tests
 * only the few alternatives whose class, id or tag the page has, and compiling all of them was a tenth of
 * such a run. Should css-select refuse the alternative alone, the whole selector is its test: that matches
 * what this alternative does and, where its gate lets them through, elements other alternatives take too.
 */
function compiledOnFirstTest(selector: string, alternative: Selector[]): (el: Element) => boolean {
  let test: ((el: Element) => boolean) | undefined;
  return (el) => {
    if (!test) {
      try {
        test = compile<AnyNode, Element>([alternative]);
      } catch {
        test = compile<AnyNode, Element>(selector);
      }
    }
    return test(el);
  };
}

const anyOfCache = new Map<string, RegExp>();

/**
 * Whether a value holds any of the gates' texts, in one native search: most class attributes hold
 * none of a dozen texts, and a dozen `includes` each cost more than one regex test.
 */
function anyOf(gates: readonly Gate[]): RegExp {
  const key = JSON.stringify(gates.map((g) => g.text!));
  let re = anyOfCache.get(key);
  if (!re) anyOfCache.set(key, (re = new RegExp(gates.map((g) => g.text!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))));
  return re;
}

/** What a rule set's gates look for on an element, gathered once per rule set rather than once per page. */
interface GatePlan {
  readonly tags: ReadonlySet<string>;
  readonly ids: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  /** `shapeOf` each of `classes`: a class token of another shape is not looked up (nor cut out of its attribute). */
  readonly classShapes: ReadonlySet<number>;
  readonly attrs: ReadonlySet<string>;
  /** By attribute name: the texts its value is searched for (each once), and one pattern for any of them. */
  readonly substr: ReadonlyMap<string, { readonly texts: readonly string[]; readonly any: RegExp }>;
}

function gatePlan(gateList: readonly Gate[]): GatePlan {
  const tags = new Set<string>();
  const ids = new Set<string>();
  const classes = new Set<string>();
  const attrs = new Set<string>();
  const substr = new Map<string, Gate[]>();
  for (const g of gateList) {
    if (g.kind === 'tag') tags.add(g.key);
    else if (g.kind === 'id') ids.add(g.key);
    else if (g.kind === 'class') classes.add(g.key);
    else if (g.kind === 'attr') attrs.add(g.key);
    else if (g.kind === 'substr') {
      const list = substr.get(g.key) ?? [];
      if (!list.some((x) => x.text === g.text)) list.push(g);
      substr.set(g.key, list);
    }
  }
  const classShapes = new Set([...classes].map((c) => shapeOf(c, 0, c.length)));
  return { tags, ids, classes, classShapes, attrs, substr: new Map([...substr].map(([name, gates]) => [name, { texts: gates.map((g) => g.text!), any: anyOf(gates) }])) };
}

const NO_TOKENS: readonly string[] = [];

/**
 * The gates' class tokens in a class attribute, in order, as `seen` has them or else worked out and added there.
 * A page's elements share a few class values ("post-item", "nav-link active"): a look-up of the value cost less
 * than cutting it into tokens at each element again. Kept for one page only: an attribute's value is a slice of
 * the page's text and would keep the text alive.
 */
function classTokensOf(plan: GatePlan, seen: Map<string, readonly string[]>, value: string): readonly string[] {
  let tokens = seen.get(value);
  if (tokens) return tokens;
  let found: string[] | undefined;
  forEachTokenSpan(value, (start, end) => {
    if (end === start || !plan.classShapes.has(shapeOf(value, start, end))) return;
    const token = start === 0 && end === value.length ? value : value.slice(start, end);
    if (plan.classes.has(token)) (found ??= []).push(token);
  });
  tokens = found ?? NO_TOKENS;
  seen.set(value, tokens);
  return tokens;
}

/** A token's length and first character, as one number: `value.slice(start, end)` need not be made to rule most tokens out. */
function shapeOf(value: string, start: number, end: number): number {
  return (end - start) * 0x10000 + value.charCodeAt(start);
}

/** The plan of the last rule set seen: a process runs one rule set over all its inputs. */
let lastPlan: { readonly html: ReadonlyArray<Rule['html']>; readonly plan: GatePlan } | undefined;

function planFor(rules: readonly Rule[]): GatePlan {
  if (lastPlan && lastPlan.html.length === rules.length && rules.every((r, i) => r.html === lastPlan!.html[i])) return lastPlan.plan;
  const plan = gatePlan(rules.flatMap((r) => (r.html ?? []).flatMap((spec) => alternatives(spec.selector).map((alt) => alt.gate))));
  lastPlan = { html: rules.map((r) => r.html), plan };
  return plan;
}

/** Adds `at` to the list under `key`, once. */
function addTo(lists: Map<string, number[]>, key: string, at: number): void {
  const list = lists.get(key);
  if (!list) lists.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/** The document's text-holding elements by the keys of the gates (positions in `elementBlocks` order). */
class ElementIndex {
  readonly elements: Element[] = [];
  readonly ranges: Array<readonly [number, number]> = [];
  private readonly byTag = new Map<string, number[]>();
  private readonly byId = new Map<string, number[]>();
  private readonly byClass = new Map<string, number[]>();
  private readonly byAttr = new Map<string, number[]>();
  /** By attribute name, then by the text its value holds. */
  private readonly bySubstr = new Map<string, Map<string, number[]>>();

  constructor(elementBlocks: ReadonlyMap<Element, readonly [number, number]>, plan: GatePlan) {
    // forEach, not for…of: no [key, value] array made per entry.
    elementBlocks.forEach((range, el) => {
      this.elements.push(el);
      this.ranges.push(range);
    });
    const { tags, ids, classes, attrs, substr } = plan;
    const classValues = new Map<string, readonly string[]>();
    for (let at = 0; at < this.elements.length; at++) {
      const el = this.elements[at]!;
      const a = el.attribs;
      // The parser (htmlparser2 in HTML mode) lower-cases tag and attribute names already, as the gates' keys are.
      const tag = el.name;
      if (tags.has(tag)) addTo(this.byTag, tag, at);
      if (a.id !== undefined && ids.has(a.id)) addTo(this.byId, a.id, at);
      if (a.class !== undefined && classes.size) {
        const tokens = classTokensOf(plan, classValues, a.class);
        for (let k = 0; k < tokens.length; k++) addTo(this.byClass, tokens[k]!, at);
      }
      for (const name in a) {
        if (attrs.has(name)) addTo(this.byAttr, name, at);
        const tests = substr.get(name);
        if (!tests || !tests.any.test(a[name]!)) continue;
        let lists = this.bySubstr.get(name);
        if (!lists) this.bySubstr.set(name, (lists = new Map()));
        for (const text of tests.texts) if (a[name]!.includes(text)) addTo(lists, text, at);
      }
    }
  }

  /** Positions of the elements the gate lets through, in document order; undefined for all. */
  candidates(gate: Gate): readonly number[] | undefined {
    switch (gate.kind) {
      case 'all':
        return undefined;
      case 'tag':
        return this.byTag.get(gate.key) ?? [];
      case 'id':
        return this.byId.get(gate.key) ?? [];
      case 'class':
        return this.byClass.get(gate.key) ?? [];
      case 'attr':
        return this.byAttr.get(gate.key) ?? [];
      case 'substr':
        return this.bySubstr.get(gate.key)?.get(gate.text!) ?? [];
    }
  }
}

function htmlVerdicts(index: ElementIndex | undefined, rule: Rule, ctx: Context): Verdict[] {
  if (!rule.html || !index) return [];
  const verdicts: Verdict[] = [];
  for (const spec of rule.html) {
    // The elements any alternative matches, in document order.
    let matched: number[] = [];
    const alts = alternatives(spec.selector);
    for (const alt of alts) {
      const candidates = index.candidates(alt.gate);
      const count = candidates ? candidates.length : index.elements.length;
      for (let k = 0; k < count; k++) {
        const at = candidates ? candidates[k]! : k;
        if (alt.test(index.elements[at]!)) matched.push(at);
      }
    }
    if (alts.length > 1 && matched.length > 1) {
      matched.sort((x, y) => x - y);
      matched = matched.filter((v, i) => i === 0 || matched[i - 1] !== v);
    }
    const start = verdicts.length;
    for (const at of matched) {
      const [from, to] = index.ranges[at]!;
      if (spec.maxWords !== undefined && moreWordsThan(ctx, from, to, spec.maxWords)) continue;
      verdicts.push({ from, to, reason: spec.reason });
    }
    if (spec.maxProseShare !== undefined && verdicts.length > start && shareOfProseIn(ctx, verdicts, start) > spec.maxProseShare) verdicts.length = start;
  }
  return verdicts;
}

/** The share of a document's prose words in the blocks of `verdicts` from `start` on (blocks counted once). */
function shareOfProseIn(ctx: Context, verdicts: readonly Verdict[], start: number): number {
  const inside = new Uint8Array(ctx.blocks.length);
  for (let k = start; k < verdicts.length; k++) inside.fill(1, Math.max(0, verdicts[k]!.from), Math.min(inside.length, verdicts[k]!.to));
  return proseShare(ctx, (i) => inside[i] === 1);
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

/** `memo`: the facts of texts already seen in this input (by an earlier reading of it). */
export function applyRules(doc: Document, rules: readonly Rule[], memo = new TextMemo()): RuleOutcome {
  const removedBy: Array<Removal | undefined> = new Array(doc.blocks.length).fill(undefined);
  const removals: Removal[] = [];
  const overruled: string[] = [];
  const ctx = new Context(doc, removedBy, memo);

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

  const index =
    doc.elementBlocks && rules.some((r) => r.html?.length)
      ? new ElementIndex(doc.elementBlocks, planFor(rules))
      : undefined;
  for (const rule of rules) run(rule, htmlVerdicts(index, rule, ctx));
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
