/**
 * Headings left with nothing under them: once the rules before it have
 * removed a sidebar's list or a related-posts block, its title ("Archives",
 * "Most Viewed", "About me") stands alone before the next heading or at the
 * end. A heading that still has text under it is never touched. So goes a
 * short line that announces what follows it ("Latest on:", "Tags:") when
 * rules removed what came right after it.
 *
 * Also a listing of headlines: three headings or more in a row with nothing
 * under each but a short label ("AUTO NEWS", "FEATURES") — a grid of teaser
 * cards to other posts, which sections of an article are not.
 */
import { keptFrom } from './lib/lines.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

/** Headings in a row, with nothing but a label under each, that make a listing of headlines. */
const LISTING_HEADINGS = 3;
/** Words of a label at most ("CAR REVIEWS", "Auto news"). */
const LABEL_WORDS = 4;

function isLabel(ctx: RuleContext, i: number): boolean {
  const block = ctx.blocks[i]!;
  return block.kind !== 'heading' && ctx.words(i) <= LABEL_WORDS && !/[.!?:]$/.test(block.text);
}

/** Words of a teaser's headline at most: a heading longer than that, or of several lines, is a passage set as one. */
const HEADLINE_WORDS = 20;

function headlineLength(ctx: RuleContext, i: number): boolean {
  return ctx.words(i) <= HEADLINE_WORDS && !ctx.blocks[i]!.text.includes('\n');
}

function* headlineListings(ctx: RuleContext): Iterable<Verdict> {
  const n = ctx.blocks.length;
  const next = (i: number): number => keptFrom(ctx, i, 1);
  for (let i = next(0); i < n; ) {
    if (ctx.blocks[i]!.kind !== 'heading') {
      i = next(i + 1);
      continue;
    }
    const from = i;
    let headings = 0;
    let end = i;
    while (i < n && ctx.blocks[i]!.kind === 'heading' && headlineLength(ctx, i)) {
      headings++;
      i = next(i + 1);
      if (i < n && isLabel(ctx, i)) i = next(i + 1);
      end = i;
    }
    if (headings < LISTING_HEADINGS) {
      if (i === from) i = next(i + 1);
      continue;
    }
    // A label just before the first heading is its card's too, and a line above that announces the listing ("Latest on:").
    let start = from;
    let before = keptFrom(ctx, from - 1, -1);
    if (before >= 0 && isLabel(ctx, before)) [start, before] = [before, keptFrom(ctx, before - 1, -1)];
    if (before >= 0 && announcesWhatFollows(ctx, before)) start = before;
    yield { from: start, to: end, reason: 'listing of headlines' };
  }
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  yield* headlineListings(ctx);
  const n = ctx.blocks.length;
  const orphans: number[] = [];
  // Walk backwards, so each heading knows the kept block after it (orphans found so far not counted).
  let next = n;
  for (let i = n - 1; i >= 0; i--) {
    if (ctx.removed(i)) continue;
    const block = ctx.blocks[i]!;
    const after = next < n ? ctx.blocks[next]! : undefined;
    const sectionEnds = after === undefined || (after.kind === 'heading' && (after.level ?? 6) <= (block.level ?? 6));
    if ((block.kind === 'heading' && ctx.words(i) <= 12 && sectionEnds && removedBetween(ctx, i, next)) || orphanLabel(ctx, i)) {
      orphans.push(i);
      continue;
    }
    next = i;
  }
  for (const i of orphans.reverse()) yield { from: i, to: i + 1, reason: 'heading whose section was removed' };
}

/** Words of a label that announces what follows it ("Latest on:", "Mehr zum Thema:") at most. */
const LABEL_LINE_WORDS = 4;
/** A colon after a word: not a smiley ("(:"). */
const LABEL_END = onFirstUse(() => /[\p{L}\p{N}]:$/u);

/** What a label may announce: a list, a table, code or a quote. */
const ANNOUNCED_KINDS: ReadonlySet<string> = new Set(['list-item', 'table-cell', 'code', 'quote']);

/**
 * A line that announces what follows it, ending in a colon ("Latest on:", "Tags:"), where rules removed what came
 * right after it: it announces what is gone. Unless a list, table, code or quote follows what went: a share button
 * between "Here is how:" and its steps says nothing of the steps.
 */
function orphanLabel(ctx: RuleContext, i: number): boolean {
  if (!announcesWhatFollows(ctx, i) || !ctx.removed(i + 1)) return false;
  const next = keptFrom(ctx, i + 1, 1);
  return next >= ctx.blocks.length || !ANNOUNCED_KINDS.has(ctx.blocks[next]!.kind);
}

/** A short line, no heading, that ends in a colon after a word: it announces what follows it. */
function announcesWhatFollows(ctx: RuleContext, i: number): boolean {
  return ctx.blocks[i]!.kind !== 'heading' && ctx.words(i) <= LABEL_LINE_WORDS && LABEL_END().test(ctx.blocks[i]!.text);
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
