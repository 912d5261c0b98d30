/**
 * What a rule module is. A rule looks at a document and says which blocks
 * (or, on HTML, which elements) are clutter, and why; it never deletes
 * anything itself. The engine applies the verdicts, so every removal can be
 * explained and counted.
 */
import type { Block, Document } from '../model.js';
import type { Shingles } from './lib/shingles.js';

/** The kinds of clutter; a closed list, so reports and configs can rely on it. */
export const CATEGORIES = [
  'share',
  'comments',
  'cross-links',
  'navigation',
  'promo',
  'consent',
  'ads',
  'meta',
  'author',
  'footer',
  'main-content',
  'layout',
  'custom',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Remove blocks `from` up to (not including) `to`, because `reason`. */
export interface Verdict {
  readonly from: number;
  readonly to: number;
  readonly reason: string;
}

/** An element-level removal on HTML: every block inside a matching element goes. */
export interface HtmlSelector {
  readonly selector: string;
  readonly reason: string;
  /**
   * Skip a match holding more words than this: class names are weak
   * evidence, and a "share" class on a wrapper must not take the article.
   */
  readonly maxWords?: number;
  /**
   * Skip every match when together they hold more than this share of the page's prose words: then
   * what the selector names is the article's own form (a gallery told in its captions), not clutter.
   */
  readonly maxProseShare?: number;
}

export interface RuleContext {
  readonly doc: Document;
  readonly blocks: readonly Block[];
  /** Whether an earlier rule (or an HTML selector) already removed block `i`. */
  removed(i: number): boolean;
  /** Which rule removed block `i`, and why, if one did. */
  removedBy(i: number): { readonly rule: string; readonly reason: string } | undefined;
  /** Block `i`'s text in the form phrases are matched against (see normalizeForMatch). */
  norm(i: number): string;
  words(i: number): number;
  /** The runs of four words of `norm(i)`, as keys (see lib/shingles.ts). */
  shingles(i: number): Shingles;
  /** Share of block `i`'s characters that are link text. */
  linkDensity(i: number): number;
  /** Whether block `i` reads as article prose: a sentence or more of mostly unlinked text. */
  isProse(i: number): boolean;
  /**
   * Share of block `i`'s words that are function words of the document's
   * language (see text/language.ts); undefined when the language is unknown.
   */
  stopwordDensity(i: number): number | undefined;
  /** Index of the first and last prose block still kept (-1 when there is none). */
  readonly firstProse: number;
  readonly lastProse: number;
  /**
   * What `judgement` says of block `i`'s text, worked out once for each text of an input: a text read again
   * (a page's output read back, a dump's next reading) is not judged again. See `textJudgement`.
   */
  byText<T>(i: number, judgement: TextJudgement<T>): T;
}

/**
 * A judgement of a text alone: of its text, its `norm` and its word count, nothing else (not its kind, its
 * links or its neighbours), so that one answer holds wherever the text stands. Made once, with
 * `textJudgement` (rules/engine.ts), at a rule module's top level.
 */
export interface TextJudgement<T> {
  /** Where the answers are kept among a text's facts. */
  readonly slot: number;
  readonly judge: (text: string, norm: string, words: number) => T;
}

export interface Rule {
  /** kebab-case, equal to the file name under src/rules/. */
  readonly id: string;
  readonly category: Category;
  /** One line: what the rule removes. */
  readonly description: string;
  readonly html?: readonly HtmlSelector[];
  /** Block-level decisions, for text dumps and for what HTML selectors leave. */
  readonly text?: (ctx: RuleContext) => Iterable<Verdict>;
}
