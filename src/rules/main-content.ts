/**
 * Main-content detection for whole HTML pages: find the element that holds
 * the article and drop every block outside it.
 *
 * Each block gets a value: its unlinked words if it reads as prose, minus
 * its words if it is a list of links or sits in a region whose class or id
 * names boilerplate (navigation, sidebar, footer, comments …), a small
 * minus for other short lines. The article container is the element whose
 * blocks add up to the most — the tree form of a maximum-sum run: a
 * wrapper that also takes the menu and the footer pays for them, and an
 * article split over several sibling containers is won by their parent.
 * Semantic markup (`itemprop=articleBody`, `<article>`, content class
 * names) earns a bonus, never a verdict on its own.
 *
 * Fragments and text dumps are left alone. When the container would keep
 * too little of the page's prose, nothing is removed: when unsure, keep.
 */
import type { Element } from 'domhandler';
import type { Rule, RuleContext, Verdict } from './types.js';

/** Class and id tokens of regions that are not the article (matched at word boundaries). */
const BOILERPLATE_TOKENS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|sidebar|side-bar|aside|widgets?|footer|site-footer|masthead|header|site-header|topbar|toolbar|comments?|commentlist|disqus|related|recommended|recirc|more-stories|trending|popular|most-read|share|sharing|social|newsletter|subscribe|subscription|signup|promo|promotion|sponsored|advert|advertisement|ads?|ad-slot|banner|cookie|cookies|consent|gdpr|modal|popup|overlay|pagination|pager|tags|tag-list|author-bio|about-author|byline|skip-link|screen-reader-text|visually-hidden|sr-only|outbrain|taboola)(?=$|[\s_-])/i;

/** Class and id tokens that name an article body. */
const CONTENT_TOKENS =
  /(?:^|[\s_-])(?:article-?body|article-?content|article-?text|articletext|entry-?content|post-?content|post-?body|post-?entry|post-?text|story-?body|story-?content|body-?text|article__body|article__content|content-?body|main-?content|blog-?post|hentry|single-?post)(?=$|[\s_-])/i;

const STRUCTURED_CONTENT = new Set(['article', 'main']);

/** Below this share of the page's prose words, the chosen container is not trusted. */
const MIN_PROSE_SHARE = 0.2;

function attributes(el: Element): string {
  const a = el.attribs;
  return `${a.id ?? ''} ${a.class ?? ''} ${a.role ?? ''}`;
}

/** What kind of text a block is, for scoring containers. */
function blockClass(ctx: RuleContext, i: number): 'prose' | 'list-prose' | 'links' | 'other' {
  const block = ctx.blocks[i]!;
  const density = ctx.linkDensity(i);
  if (density > 0.5) return 'links';
  if (!ctx.isProse(i)) return 'other';
  // Paragraphs carry articles; list items and cells carry teasers and menus as often as content,
  // so they count for little (a list inside the article rides along with its paragraphs).
  if (block.kind === 'paragraph' || block.kind === 'quote' || block.kind === 'code') return 'prose';
  return density < 0.2 ? 'list-prose' : 'links';
}

const LIST_PROSE_WEIGHT = 0.3;

/** Per-block values; boilerplate regions (by tag, class or id) count against a container. */
function blockValues(ctx: RuleContext): { values: Float64Array; prose: Float64Array } {
  const n = ctx.blocks.length;
  const classes = Array.from({ length: n }, (_, i) => (ctx.removed(i) ? undefined : blockClass(ctx, i)));
  const prose = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (classes[i] === 'prose') prose[i] = ctx.words(i);
    else if (classes[i] === 'list-prose') prose[i] = ctx.words(i) * LIST_PROSE_WEIGHT;
  }
  const proseSums = prefixSums(prose);
  const total = proseSums[n]!;
  // +1/-1 at range ends, so each block knows whether a boilerplate region covers it.
  const cover = new Int32Array(n + 1);
  for (const [el, [from, to]] of ctx.doc.elementBlocks ?? []) {
    if (!(el.name === 'nav' || el.name === 'footer' || el.name === 'aside' || BOILERPLATE_TOKENS.test(attributes(el)))) continue;
    // A boilerplate word on a region holding most of the prose is an accident of naming
    // ("page-content and-w-sidebar", "gdpr-IntroParagraph"), not evidence.
    if (proseSums[to]! - proseSums[from]! > total * 0.5) continue;
    cover[from]!++;
    cover[to]!--;
  }
  const values = new Float64Array(n);
  let inBoilerplate = 0;
  for (let i = 0; i < n; i++) {
    inBoilerplate += cover[i]!;
    const words = ctx.words(i);
    switch (classes[i]) {
      case 'prose':
      case 'list-prose':
        values[i] = inBoilerplate > 0 ? -words * 0.5 : prose[i]! * (1 - ctx.linkDensity(i));
        break;
      case 'links':
        values[i] = -words;
        break;
      case 'other':
        values[i] = ctx.blocks[i]!.kind === 'heading' ? 0 : -Math.min(words, 10) * 0.25;
        break;
      default:
    }
  }
  return { values, prose };
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!;
  return sums;
}

/** The element whose blocks add up to the most, with bonuses for semantic article markup. */
function bestContainer(ctx: RuleContext, values: Float64Array, prose: Float64Array): readonly [number, number] | undefined {
  const sums = prefixSums(values);
  const proseSums = prefixSums(prose);
  let best: readonly [number, number] | undefined;
  let bestScore = 0;
  for (const [el, range] of ctx.doc.elementBlocks ?? []) {
    const [from, to] = range;
    const proseWords = proseSums[to]! - proseSums[from]!;
    if (proseWords === 0) continue;
    let score = sums[to]! - sums[from]!;
    const attrs = attributes(el);
    if (el.attribs.itemprop === 'articleBody' || el.attribs.itemprop === 'text') score += proseWords * 0.5;
    else if (CONTENT_TOKENS.test(attrs)) score += proseWords * 0.25;
    else if (STRUCTURED_CONTENT.has(el.name) || el.attribs.role === 'main') score += proseWords * 0.1;
    // Equal scores: the tighter container wins (it is met later in document order only if nested deeper).
    if (score > bestScore || (score === bestScore && best && to - from < best[1] - best[0])) {
      bestScore = score;
      best = range;
    }
  }
  return best;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  if (ctx.doc.format !== 'html' || !ctx.doc.wholePage || !ctx.doc.elementBlocks) return;
  const { values, prose } = blockValues(ctx);
  const container = bestContainer(ctx, values, prose);
  if (!container) return;
  const total = prose.reduce((a, b) => a + b, 0);
  let inside = 0;
  for (let i = container[0]; i < container[1]; i++) inside += prose[i]!;
  if (inside < total * MIN_PROSE_SHARE) return;
  const [from, to] = container;
  if (from > 0) yield { from: 0, to: from, reason: 'before the article container' };
  if (to < ctx.blocks.length) yield { from: to, to: ctx.blocks.length, reason: 'after the article container' };
}

export const mainContent: Rule = {
  id: 'main-content',
  category: 'main-content',
  description: 'Whole HTML pages: keeps the element that holds the article (scored by prose, link density and semantic markup) and drops the rest',
  text: textVerdicts,
};
