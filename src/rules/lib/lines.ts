/** Block-level helpers shared by rules that match whole lines. */
import type { PhraseSet } from './phrases.js';
import type { RuleContext, Verdict } from '../types.js';

/** A line that is only a web address (`<…>` around it as Markdown autolinks print it). */
export const BARE_URL_LINE = /^<?(?:https?:\/\/|www\.)[^\s<>"]+>?$/iu;

/** A text's first word, up to its first space (the whole text when it has none). */
export function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** Words of the blocks [from, to), removed or not. */
export function wordsIn(ctx: RuleContext, from: number, to: number): number {
  let words = 0;
  for (let i = from; i < to; i++) words += ctx.words(i);
  return words;
}

/**
 * Whether the blocks [from, to) hold more than `max` words, counted only until they do: a selector's element
 * may be a page's whole sidebar, and a limit of a few dozen words is passed within its first blocks.
 */
export function moreWordsThan(ctx: RuleContext, from: number, to: number, max: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) if ((words += ctx.words(i)) > max) return true;
  return false;
}

/** The share of a document's prose words (removed blocks too) that lie in the blocks `inside` accepts; 0 when it has no prose. */
export function proseShare(ctx: RuleContext, inside: (i: number) => boolean): number {
  let all = 0;
  let matched = 0;
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (!ctx.isProse(i)) continue;
    const words = ctx.words(i);
    all += words;
    if (inside(i)) matched += words;
  }
  return all ? matched / all : 0;
}

/** The first block from `i` on (step 1) or back (step -1) that no rule removed: -1 or the block count when there is none. */
export function keptFrom(ctx: RuleContext, i: number, step: 1 | -1): number {
  while (i >= 0 && i < ctx.blocks.length && ctx.removed(i)) i += step;
  return i;
}

/** Every kept block whose whole text is one of the phrases. */
export function* matchingLines(ctx: RuleContext, phrases: PhraseSet, reason: string, maxWords = 20): Iterable<Verdict> {
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (ctx.removed(i) || ctx.words(i) > maxWords) continue;
    if (phrases.test(ctx.norm(i))) yield { from: i, to: i + 1, reason };
  }
}

/** Every kept block that `test` accepts. */
export function* linesWhere(ctx: RuleContext, test: (i: number) => boolean, reason: string): Iterable<Verdict> {
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (!ctx.removed(i) && test(i)) yield { from: i, to: i + 1, reason };
  }
}
