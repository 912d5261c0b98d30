/**
 * The article's headline at the top of its text. Pages give the headline
 * the only `<h1>`, and `og:title` or `<title>` repeat it; rinse reports it
 * as the JSON `title` (and Markdown output prints it as the heading), and
 * the text is the article's body, as Readability and trafilatura give it.
 *
 * Only the first block left after the other rules, only a heading — a
 * top-level one, or one that reads as the document's title — and only with
 * more text under it: a heading alone is all the text there is.
 */
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

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  const n = ctx.blocks.length;
  let first = 0;
  while (first < n && ctx.removed(first)) first++;
  let next = first + 1;
  while (next < n && ctx.removed(next)) next++;
  if (next >= n) return;
  const block = ctx.blocks[first]!;
  if (block.kind !== 'heading') return;
  if (block.level === 1 || (ctx.doc.title !== undefined && sameTitle(block.text, ctx.doc.title))) {
    yield { from: first, to: first + 1, reason: "the article's headline (the JSON title)" };
  }
}

export const title: Rule = {
  id: 'title',
  category: 'meta',
  description: "The article's headline at the top of the text: a top-level heading, or one that repeats the page title; it is the JSON title",
  text: textVerdicts,
};
