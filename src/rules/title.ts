/**
 * The article's headline at the top of its text. Pages give the headline
 * the only `<h1>`, and `og:title` or `<title>` repeat it; rinse reports it
 * as the JSON `title` (and Markdown output prints it as the heading), and
 * the text is the article's body, as Readability and trafilatura give it.
 *
 * Only the first block left after the other rules (or the first after a
 * short section label above it, "Island News", which goes too), only a
 * heading — a top-level one, or one that reads as the document's title —
 * and only with more text under it: a heading alone is all the text there is.
 */
import { keptFrom } from './lib/lines.js';
import type { Rule, RuleContext, Verdict } from './types.js';

/** Letters and digits only, lower-cased: "Meth. We're On It" and "meth we re on it" are one title. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether a heading reads as the title: the same words, or one holding the other and at least half as long. */
export function sameTitle(heading: string, title: string): boolean {
  const a = comparable(heading);
  const b = comparable(title);
  if (!a || !b) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.includes(shorter) && shorter.length * 2 >= longer.length;
}

/** Kicker labels above a headline at most ("Island News", "Politics | Europe"). */
const MAX_KICKERS = 2;
const KICKER_WORDS = 4;

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  const n = ctx.blocks.length;
  const nextKept = (i: number): number => keptFrom(ctx, i, 1);
  const first = nextKept(0);
  // A kicker (the section's label) may stand above the headline; it goes with it.
  let headline = first;
  for (let k = 0; k < MAX_KICKERS && headline < n && isKicker(ctx, headline); k++) headline = nextKept(headline + 1);
  if (headline >= n || nextKept(headline + 1) >= n) return;
  const block = ctx.blocks[headline]!;
  if (block.kind !== 'heading') return;
  if (block.level === 1 || (ctx.doc.title !== undefined && sameTitle(block.text, ctx.doc.title))) {
    if (headline > first) yield { from: first, to: headline, reason: "the section label above the article's headline" };
    yield { from: headline, to: headline + 1, reason: "the article's headline (the JSON title)" };
  }
}

function isKicker(ctx: RuleContext, i: number): boolean {
  const block = ctx.blocks[i]!;
  return block.kind === 'paragraph' && ctx.words(i) <= KICKER_WORDS && !/[.!?:;,]$/.test(block.text);
}

export const title: Rule = {
  id: 'title',
  category: 'meta',
  description: "The article's headline at the top of the text: a top-level heading, or one that repeats the page title; it is the JSON title",
  text: textVerdicts,
};
