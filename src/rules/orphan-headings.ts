/**
 * Headings left with nothing under them: once the rules before it have
 * removed a sidebar's list or a related-posts block, its title ("Archives",
 * "Most Viewed", "About me") stands alone before the next heading or at the
 * end. A heading that still has text under it is never touched.
 */
import type { Rule, RuleContext, Verdict } from './types.js';

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  const n = ctx.blocks.length;
  const orphans: number[] = [];
  // Walk backwards, so each heading knows the kept block after it (orphans found so far not counted).
  let next = n;
  for (let i = n - 1; i >= 0; i--) {
    if (ctx.removed(i)) continue;
    const block = ctx.blocks[i]!;
    const after = next < n ? ctx.blocks[next]! : undefined;
    const sectionEnds = after === undefined || (after.kind === 'heading' && (after.level ?? 6) <= (block.level ?? 6));
    if (block.kind === 'heading' && ctx.words(i) <= 12 && sectionEnds && removedBetween(ctx, i, next)) {
      orphans.push(i);
      continue;
    }
    next = i;
  }
  for (const i of orphans.reverse()) yield { from: i, to: i + 1, reason: 'heading whose section was removed' };
}

/** Whether rules removed something between `from` and `to`: only a section emptied by rules makes an orphan. */
function removedBetween(ctx: RuleContext, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (ctx.removed(i)) return true;
  return false;
}

export const orphanHeadings: Rule = {
  id: 'orphan-headings',
  category: 'layout',
  description: 'Headings whose whole section other rules removed ("Archives", "Most Viewed" over a removed list)',
  text: textVerdicts,
};
