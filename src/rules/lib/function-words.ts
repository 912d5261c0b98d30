/**
 * Function words weigh a paragraph: at the density of the document's own
 * fuller prose it counts in full, at half of it or less barely at all.
 * Headline lists, teaser titles and keyword lines read as sentences but
 * carry few function words. The reference is the document's own, so lists
 * of different lengths and languages of different styles need no tuning.
 */
import type { RuleContext } from '../types.js';

const FUNCTION_WORDS_NONE = 0.5;
const FUNCTION_WORDS_FULL = 1;
const FUNCTION_WORDS_FLOOR = 0.1;
/** The reference: the upper quartile of prose blocks' densities, word-weighted; the article's prose is the fuller part. */
const REFERENCE_QUANTILE = 0.75;

/** The stop-word density of the document's fuller prose, or undefined when its language is unknown. */
export function referenceDensity(ctx: RuleContext): number | undefined {
  const densities: Array<[density: number, words: number]> = [];
  let total = 0;
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (!ctx.isProse(i)) continue;
    const density = ctx.stopwordDensity(i);
    if (density === undefined) return undefined;
    densities.push([density, ctx.words(i)]);
    total += ctx.words(i);
  }
  densities.sort((a, b) => a[0] - b[0]);
  let seen = 0;
  for (const [density, words] of densities) if ((seen += words) >= total * REFERENCE_QUANTILE) return density || undefined;
  return undefined;
}

/** How much block `i`'s words count, from 0.1 to 1, by its function words against the reference. */
export function functionWordWeight(ctx: RuleContext, i: number, reference: number | undefined): number {
  const density = ctx.stopwordDensity(i);
  if (density === undefined || reference === undefined) return 1;
  const ratio = density / reference;
  const weight = (ratio - FUNCTION_WORDS_NONE) / (FUNCTION_WORDS_FULL - FUNCTION_WORDS_NONE);
  return Math.max(FUNCTION_WORDS_FLOOR, Math.min(1, weight));
}
