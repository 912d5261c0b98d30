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
import type { Rule, RuleContext, Verdict } from './types.js';

/** Cost of a block another rule removed: enough to mark an edge, not enough to split an article at a "See also" line. */
const REMOVED_COST = 4;
const MIN_PROSE_SHARE = 0.5;

function blockValue(ctx: RuleContext, i: number): number {
  if (ctx.removed(i)) return -REMOVED_COST;
  const block = ctx.blocks[i]!;
  const words = ctx.words(i);
  const density = ctx.linkDensity(i);
  if (density > 0.5) return -words;
  if (ctx.isProse(i)) return words * (1 - density);
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

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  if (ctx.doc.format !== 'text') return;
  const n = ctx.blocks.length;
  const values = Array.from({ length: n }, (_, i) => blockValue(ctx, i));
  const [from, end] = bestRun(values);
  if (end <= from) return;
  // The run stops at its last word of value; a closing one-liner ("That's it.") costs nothing and belongs to it.
  let to = end;
  while (to < n && values[to] === 0 && !ctx.removed(to) && ctx.blocks[to]!.kind !== 'heading') to++;
  let total = 0;
  let inside = 0;
  for (let i = 0; i < n; i++) {
    if (ctx.removed(i) || !ctx.isProse(i)) continue;
    total += ctx.words(i);
    if (i >= from && i < to) inside += ctx.words(i);
  }
  if (inside < total * MIN_PROSE_SHARE) return;
  if (from > 0) yield { from: 0, to: from, reason: 'before the article' };
  if (to < n) yield { from: to, to: n, reason: 'after the article' };
}

export const articleRegion: Rule = {
  id: 'article-region',
  category: 'main-content',
  description: 'Text dumps: keeps the densest run of article prose (a maximum-sum run of block values) and drops the menus, sidebars and footers around it',
  text: textVerdicts,
};
