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
 * too little of the page's prose, or holds only a few sentences, nothing is
 * removed: when unsure, keep.
 */
import type { Element } from 'domhandler';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

/** Class and id tokens of regions that are not the article (matched at word boundaries). */
const BOILERPLATE_TOKENS =
  onFirstUse(() => /(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|sidebar|side-bar|aside|widgets?|footer|site-footer|masthead|header|site-header|topbar|toolbar|comments?|commentlist|disqus|related|recommended|recirc|more-stories|trending|popular|most-read|share|sharing|social|newsletter|subscribe|subscription|signup|promo|promotion|sponsored|advert|advertisement|ads?|ad-slot|banner|cookie|cookies|consent|gdpr|modal|popup|overlay|pagination|pager|tags|tag-list|author-bio|about-author|byline|skip-link|screen-reader-text|visually-hidden|sr-only|outbrain|taboola)(?=$|[\s_-])/i);

/** Class and id tokens that name an article body. */
const CONTENT_TOKENS =
  onFirstUse(() => /(?:^|[\s_-])(?:article-?body|article-?content|article-?text|articletext|entry-?content|post-?content|post-?body|post-?entry|post-?text|story-?body|story-?content|body-?text|article__body|article__content|content-?body|main-?content|blog-?post|hentry|single-?post)(?=$|[\s_-])/i);

const STRUCTURED_CONTENT = new Set(['article', 'main']);

/**
 * Class and id tokens of a recipe's ingredient list. Its lines are short and in tables or lists, which
 * count for little here; a recipe's article is its ingredients as much as its method.
 */
const INGREDIENT_TOKENS = onFirstUse(() => /(?:^|[\s_-])(?:ingredients?|zutaten|ingredientes|ingrédients|ingredienti|składniki)(?=$|[\s_-])/i);

/** Text every INGREDIENT_TOKENS match holds, in the cases class names use: most elements name none, and a literal test is cheap. */
const INGREDIENT_HINT = /gredi|GREDI|grédi|utaten|kładnik/;

/** Tags an ingredient list comes in, its box or the list itself: other elements are not looked at (most are links, paragraphs, cells). */
const INGREDIENT_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'tbody', 'article', 'dl']);

/** Whether an element holds a recipe's ingredients, by schema.org markup or by name. */
function holdsIngredients(el: Element): boolean {
  if (!INGREDIENT_TAGS.has(el.name)) return false;
  const a = el.attribs;
  if (a.itemprop === 'recipeIngredient' || a.itemprop === 'ingredients') return true;
  const named = (a.class !== undefined && INGREDIENT_HINT.test(a.class)) || (a.id !== undefined && INGREDIENT_HINT.test(a.id));
  return named && namedBy(el, INGREDIENT_TOKENS());
}

/** Below this share of the page's prose words, the chosen container is not trusted. */
const MIN_PROSE_SHARE = 0.2;
/**
 * Nor below this many prose words (two or three sentences): a container that small is a stray paragraph
 * (a comment form's notice, one card of a gallery) on a page whose article is not told in paragraphs
 * (a table of results, a gallery of captioned cards), more often than it is the article.
 */
const MIN_CONTAINER_WORDS = 40;

/**
 * Whether a token pattern matches the element's id, class or role. One attribute at a time, not the three
 * joined by spaces: no token holds a space, so no match could span two of them, and a string made per
 * element (and flattened again for the pattern) was a good share of what the rule allocated.
 */
function namedBy(el: Element, tokens: RegExp): boolean {
  const a = el.attribs;
  return (a.id !== undefined && tokens.test(a.id)) || (a.class !== undefined && tokens.test(a.class)) || (a.role !== undefined && tokens.test(a.role));
}

/** What kind of text a block is, for scoring containers. */
function blockClass(ctx: RuleContext, i: number): 'prose' | 'list-prose' | 'links' | 'neutral' | 'other' {
  const block = ctx.blocks[i]!;
  const density = ctx.linkDensity(i);
  const paragraphLike = block.kind === 'paragraph' || block.kind === 'quote' || block.kind === 'code';
  // A long list item with links in it is a teaser or a roundup item of the article: no evidence either way.
  if (!paragraphLike && density < 0.85 && ctx.words(i) >= 16) return density < 0.2 ? 'list-prose' : 'neutral';
  if (density > 0.5) return 'links';
  if (!ctx.isProse(i)) return 'other';
  // Paragraphs carry articles; list items and cells carry teasers and menus as often as content,
  // so they count for little (a list inside the article rides along with its paragraphs).
  if (paragraphLike) return 'prose';
  return density < 0.2 ? 'list-prose' : 'neutral';
}

const LIST_PROSE_WEIGHT = 0.3;

/** Tags whose repetition marks a listing of cards rather than paragraphs (each with its place in a parent's groups). */
const CARD_TAGS = new Map(['article', 'div', 'section', 'li', 'figure'].map((tag, i) => [tag, i]));
const MIN_CARDS = 3;

/** Longest card a teaser listing holds, in words. */
const MAX_CARD_WORDS = 100;

/**
 * Block ranges of teaser cards: three or more short sibling elements of one
 * tag and class, each with a link in it ("related posts", "more stories").
 * A listing of other stories can hold more prose than a short article.
 */
function repeatedCards(ctx: RuleContext): Array<readonly [number, number]> {
  const ranges = ctx.doc.elementBlocks;
  if (!ranges) return [];
  const isCard = (from: number, to: number): boolean => {
    let link = false;
    let words = 0;
    for (let i = from; i < to; i++) {
      link ||= ctx.blocks[i]!.linkChars > 0;
      words += ctx.words(i);
    }
    return link && words <= MAX_CARD_WORDS;
  };
  // Siblings by parent, then by tag (CARD_TAGS' place) and class, with no key string made (and hashed) per element,
  // gathered from the elements that hold blocks (only those can be cards) rather than from every child of their
  // parents. Cards only mark ranges, so their order does not matter.
  const byParent = new Map<unknown, Array<Map<string, Array<readonly [number, number]>> | undefined>>();
  ranges.forEach((range, el) => {
    const parent = el.parent;
    const tag = CARD_TAGS.get(el.name);
    const cls = el.attribs.class;
    if (!parent || tag === undefined || !cls) return;
    let groups = byParent.get(parent);
    if (!groups) byParent.set(parent, (groups = []));
    const byClass = (groups[tag] ??= new Map());
    const group = byClass.get(cls);
    if (group) group.push(range);
    else byClass.set(cls, [range]);
  });
  const cards: Array<readonly [number, number]> = [];
  for (const groups of byParent.values()) {
    for (const byClass of groups) {
      if (!byClass) continue;
      for (const group of byClass.values()) {
        if (group.length >= MIN_CARDS && group.every(([from, to]) => isCard(from, to))) cards.push(...group);
      }
    }
  }
  return cards;
}

/** Per-block values; boilerplate regions (by tag, class or id) count against a container. */
function blockValues(ctx: RuleContext): { values: Float64Array; prose: Float64Array; openProse: number } {
  const n = ctx.blocks.length;
  const classes = new Array<ReturnType<typeof blockClass> | undefined>(n);
  for (let i = 0; i < n; i++) classes[i] = ctx.removed(i) ? undefined : blockClass(ctx, i);
  // One walk over the elements: the regions named as boilerplate (judged below, once prose is counted), and the
  // ingredient lists, whose lines count as the article's text as prose does. forEach, not for…of: no [key, value]
  // array made per element (this rule allocated more than any other).
  const ingredients = new Uint8Array(n);
  const named: number[] = [];
  ctx.doc.elementBlocks?.forEach(([from, to], el) => {
    if (el.name === 'nav' || el.name === 'footer' || el.name === 'aside' || namedBy(el, BOILERPLATE_TOKENS())) named.push(from, to);
    else if (holdsIngredients(el)) ingredients.fill(1, from, to);
  });
  const prose = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (classes[i] === 'prose') prose[i] = ctx.words(i);
    else if (classes[i] === 'list-prose') prose[i] = ctx.words(i) * LIST_PROSE_WEIGHT;
    else if (ingredients[i] && classes[i] !== undefined && classes[i] !== 'links') {
      prose[i] = ctx.words(i);
      classes[i] = 'prose';
    }
  }
  const proseSums = prefixSums(prose);
  const total = proseSums[n]!;
  // +1/-1 at range ends, so each block knows whether a boilerplate region covers it.
  const cover = new Int32Array(n + 1);
  for (let k = 0; k < named.length; k += 2) {
    const from = named[k]!;
    const to = named[k + 1]!;
    // A boilerplate word on a region holding most of the prose is an accident of naming
    // ("page-content and-w-sidebar", "gdpr-IntroParagraph"), not evidence.
    if (proseSums[to]! - proseSums[from]! > total * 0.5) continue;
    cover[from]!++;
    cover[to]!--;
  }
  for (const [from, to] of repeatedCards(ctx)) {
    if (proseSums[to]! - proseSums[from]! > total * 0.5) continue;
    cover[from]!++;
    cover[to]!--;
  }
  const values = new Float64Array(n);
  let inBoilerplate = 0;
  let openProse = 0;
  for (let i = 0; i < n; i++) {
    inBoilerplate += cover[i]!;
    if (inBoilerplate === 0) openProse += prose[i]!;
    const words = ctx.words(i);
    switch (classes[i]) {
      case 'prose':
      case 'list-prose':
        values[i] = inBoilerplate > 0 ? -words * 0.5 : prose[i]! * (1 - ctx.linkDensity(i));
        break;
      case 'links':
        values[i] = -words;
        break;
      case 'neutral':
        break;
      case 'other':
        values[i] = ctx.blocks[i]!.kind === 'heading' ? 0 : -Math.min(words, 10) * 0.25;
        break;
      default:
    }
  }
  return { values, prose, openProse };
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!;
  return sums;
}

/** A container may grow to an ancestor that keeps this share of its score and adds prose. */
const EXPAND_KEEP = 0.85;

/**
 * The element whose blocks add up to the most, with bonuses for semantic
 * article markup; then grown to an ancestor while that costs little and
 * adds prose (an article broken up by product boxes or pull quotes).
 */
function bestContainer(ctx: RuleContext, values: Float64Array, prose: Float64Array): readonly [number, number] | undefined {
  const ranges = ctx.doc.elementBlocks;
  if (!ranges) return undefined;
  const sums = prefixSums(values);
  const proseSums = prefixSums(prose);
  const proseIn = (range: readonly [number, number]): number => proseSums[range[1]]! - proseSums[range[0]]!;
  const score = (el: Element, range: readonly [number, number]): number => {
    const proseWords = proseIn(range);
    let total = sums[range[1]]! - sums[range[0]]!;
    if (el.attribs.itemprop === 'articleBody' || el.attribs.itemprop === 'text') total += proseWords * 0.5;
    else if (namedBy(el, CONTENT_TOKENS())) total += proseWords * 0.25;
    else if (STRUCTURED_CONTENT.has(el.name) || el.attribs.role === 'main') total += proseWords * 0.1;
    return total;
  };
  let best: Element | undefined;
  let bestScore = 0;
  ranges.forEach((range, el) => {
    if (proseIn(range) === 0) return;
    const s = score(el, range);
    // Equal scores: the tighter container wins.
    if (s > bestScore || (s === bestScore && best && range[1] - range[0] < ranges.get(best)![1] - ranges.get(best)![0])) {
      bestScore = s;
      best = el;
    }
  });
  if (!best) return undefined;
  let range = ranges.get(best)!;
  for (let el = best.parent as Element | null; el && el.type === 'tag'; el = el.parent as Element | null) {
    const wider = ranges.get(el);
    if (!wider) continue;
    const s = score(el, wider);
    if (s < bestScore * EXPAND_KEEP) break;
    if (proseIn(wider) > proseIn(range)) {
      range = wider;
      bestScore = Math.max(bestScore, s);
    }
  }
  return range;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  if (ctx.doc.format !== 'html' || !ctx.doc.wholePage || !ctx.doc.elementBlocks) return;
  const { values, prose, openProse } = blockValues(ctx);
  const container = bestContainer(ctx, values, prose);
  if (!container) return;
  // Prose in comment threads and sidebars counts for less: a short article under a long thread is still the
  // article. At most half the page's prose is set aside, so a misnamed region cannot make any container pass.
  const total = Math.max(openProse, prose.reduce((a, b) => a + b, 0) * 0.5);
  let inside = 0;
  for (let i = container[0]; i < container[1]; i++) inside += prose[i]!;
  if (inside < total * MIN_PROSE_SHARE || inside < MIN_CONTAINER_WORDS) return;
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
