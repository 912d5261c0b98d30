/**
 * Main-content detection for text dumps: the article is the densest run of
 * prose in the dump. Each block gets a value — its unlinked words if it
 * reads as prose, a cost if it is a link, a short label or clutter another
 * rule removed — and the article is the run of blocks with the largest sum
 * (a maximum-sum subarray, in one pass). Menus, sidebars and footers before
 * and after it are dropped; clutter inside it is left to the other rules.
 *
 * Runs after the clutter rules, so a share menu or a comment form already
 * marks where the article stops. HTML has its own detector (main-content).
 * When the run holds too little of the dump's prose, nothing is removed.
 */
import { RELATED_SECTION } from './cross-links.js';
import type { Rule, RuleContext, Verdict } from './types.js';

/** Cost of a block another rule removed: enough to mark an edge, not enough to split an article at a "See also" line. */
const REMOVED_COST = 4;
const MIN_PROSE_SHARE = 0.5;
const LIST_WEIGHT = 0.3;

function blockValue(ctx: RuleContext, i: number): number {
  if (ctx.removed(i)) return -REMOVED_COST;
  const block = ctx.blocks[i]!;
  const words = ctx.words(i);
  const density = ctx.linkDensity(i);
  if (density > 0.5) return -words;
  // Paragraphs carry articles; bulleted prose is as often a teaser list ("- Headline Excerpt…").
  if (ctx.isProse(i)) return words * (1 - density) * (block.kind === 'list-item' ? LIST_WEIGHT : 1);
  // Headings and table rows are the article's as often as not: no evidence either way.
  if (block.kind === 'heading' || block.kind === 'table-cell') return 0;
  // Short lines: a list item or a one-line paragraph of the article costs little; a label costs more.
  return /[.!?:]$/.test(block.text) ? 0 : -Math.min(words, 6) * 0.5;
}

/** The run [from, to) with the largest sum of values (Kadane). */
export function bestRun(values: readonly number[]): readonly [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let start = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += values[i]!;
    if (sum > best[2]) best = [start, i + 1, sum];
  }
  return best;
}

/** Whether block `i` was removed as a comment section or a related-posts block: where an article ends. */
function endsArticle(ctx: RuleContext, i: number): boolean {
  const removal = ctx.removedBy(i);
  return removal !== undefined && (removal.rule === 'comment-stubs' || (removal.rule === 'cross-links' && removal.reason === RELATED_SECTION));
}

/**
 * A comment thread is prose too, and a run of prose can carry on into it.
 * The run is cut at the first comment or related-posts marker that comes
 * after most of the run's prose — a marker near the top ("3 comments" in the
 * post's meta line) cuts nothing.
 */
function cutAtSectionEnd(ctx: RuleContext, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) if (!ctx.removed(i) && ctx.isProse(i)) total += ctx.words(i);
  let seen = 0;
  for (let i = from; i < to; i++) {
    if (endsArticle(ctx, i) && seen >= total * 0.5) return i;
    if (!ctx.removed(i) && ctx.isProse(i)) seen += ctx.words(i);
  }
  return to;
}

/** How far after the title the article's first paragraphs are looked for, in blocks. */
const TITLE_REACH = 12;

/**
 * The article's title: the dump's one top-level heading, when prose follows
 * it closely. Pages give the headline the only `<h1>`, and the body comes
 * under it; a dump with several top-level headings (a site name, a listing)
 * gives no such anchor.
 */
function titleIndex(ctx: RuleContext): number {
  let title = -1;
  for (let i = 0; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i]!;
    if (b.kind !== 'heading' || b.level !== 1) continue;
    if (title >= 0) return -1;
    title = i;
  }
  if (title < 0) return -1;
  for (let i = title + 1; i < Math.min(ctx.blocks.length, title + 1 + TITLE_REACH); i++) {
    if (!ctx.removed(i) && ctx.isProse(i)) return title;
  }
  return -1;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  if (ctx.doc.format !== 'text') return;
  const n = ctx.blocks.length;
  // Under a title, the article is looked for below it only. A later round judges what the first kept:
  // the title went with what lay before the article, and another lone top-level heading is no title.
  const start = ctx.round === 1 ? titleIndex(ctx) + 1 : 0;
  const values = Array.from({ length: n - start }, (_, i) => blockValue(ctx, start + i));
  const [runFrom, runEnd] = bestRun(values);
  const from = start + runFrom;
  const end = start + runEnd;
  if (end <= from) return;
  // The run stops at its last word of value; a closing one-liner ("That's it.") costs nothing and belongs to it.
  let to = end;
  while (to < n && values[to - start] === 0 && !ctx.removed(to) && ctx.blocks[to]!.kind !== 'heading') to++;
  to = cutAtSectionEnd(ctx, from, to);
  let total = 0;
  let inside = 0;
  for (let i = 0; i < n; i++) {
    if (ctx.removed(i) || !ctx.isProse(i)) continue;
    total += ctx.words(i);
    if (i >= from && i < to) inside += ctx.words(i);
  }
  if (inside < total * MIN_PROSE_SHARE && start === 0) return;
  if (from > 0) yield { from: 0, to: from, reason: 'before the article' };
  if (to < n) yield { from: to, to: n, reason: 'after the article' };
}

export const articleRegion: Rule = {
  id: 'article-region',
  category: 'main-content',
  description: 'Text dumps: keeps the densest run of article prose (a maximum-sum run of block values) and drops the menus, sidebars and footers around it',
  text: textVerdicts,
};
