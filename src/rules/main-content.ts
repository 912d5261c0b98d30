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
const BOILERPLATE_WORDS =
  'nav|navbar|navigation|menu|menus|breadcrumbs?|sidebar|side-bar|aside|widgets?|footer|site-footer|masthead|header|site-header|topbar|toolbar|comments?|commentlist|disqus|related|recommended|recirc|more-stories|trending|popular|most-read|share|sharing|social|newsletter|subscribe|subscription|signup|promo|promotion|sponsored|advert|advertisement|ads?|ad-slot|banner|cookie|cookies|consent|gdpr|modal|popup|overlay|pagination|pager|tags|tag-list|author-bio|about-author|byline|skip-link|screen-reader-text|visually-hidden|sr-only|outbrain|taboola';
const tokenPattern = (words: string): RegExp => new RegExp(`(?:^|[\\s_-])(?:${words})(?=$|[\\s_-])`, 'i');
const BOILERPLATE_TOKENS = onFirstUse(() => tokenPattern(BOILERPLATE_WORDS));
/** The same, but for a plain "header": an article's lead sits in the article's header, beside its headline. */
const BOILERPLATE_BUT_HEADER = onFirstUse(() => tokenPattern(BOILERPLATE_WORDS.replace('|header|', '|')));

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

/**
 * Class and id tokens of an article's lead (standfirst, teaser, intro): the paragraph under the headline
 * that sums the story up. Pages often set it beside the body, in the headline's box, where the container
 * leaves it out; it is written by the article's author and is part of the article.
 */
const LEAD_TOKENS = onFirstUse(
  () =>
    /(?:^|[\s_-])(?:lead|lede|leadtext|intro|introduction|intro-?text|standfirst|teaser|teaser-?text|excerpt|summary|subtitle|subheadline|sub-headline|dek|deck|chapo|chapeau|sapo|abstract|ingress|ingressz|perex|entradilla|bajada|copete|sumario|sottotitolo|sommario|vorspann|anriss|einleitung|linha-?fina|zajawka|description)(?=$|[\s_-])/i,
);

/** Text every LEAD_TOKENS match holds, in lower case: most class names hold none, and a literal test is cheap. */
const LEAD_HINT = /le[ad]|intro|standf|tease|excerpt|summ|subt|subh|sub-h|dek|deck|chap|sapo|abstr|ingres|perex|entradi|bajada|copete|sottot|sommar|vorspann|anriss|einleit|fina|zajaw|descr/i;

/** Blocks a lead may stand above the container (a byline, a date, a picture and its caption, share buttons). */
const MAX_LEAD_GAP = 8;
/** A lead is a paragraph or two: longer, it is a story of its own (a teaser of another article, a box). */
const MIN_LEAD_WORDS = 10;
const MAX_LEAD_WORDS = 150;
/** Prose between the lead and the container: more than a caption's worth, and the lead is not next to the article. */
const MAX_PROSE_BETWEEN = 30;
const SENTENCE_END = /[.!?…。！？]["'”’»)]*$/u;

/** Whether an element, or one of its ancestors, is named or tagged as a region that is not the article. */
function inBoilerplate(el: Element): boolean {
  for (let e: Element | null = el; e && e.type === 'tag'; e = e.parent as Element | null) {
    if (e.name === 'nav' || e.name === 'footer' || e.name === 'aside' || namedBy(e, BOILERPLATE_BUT_HEADER())) return true;
  }
  return false;
}

/** Whether a sibling of the element has its tag and class: one of a row of cards, not a page's one lead. */
function hasTwin(el: Element): boolean {
  const parent = el.parent;
  if (!parent || !el.attribs.class) return false;
  for (const sibling of parent.children) {
    if (sibling !== el && sibling.type === 'tag' && (sibling as Element).name === el.name && (sibling as Element).attribs.class === el.attribs.class) return true;
  }
  return false;
}

/**
 * The blocks of the article's lead just above the container, when the page names one: the outermost element
 * named as a lead that ends at most MAX_LEAD_GAP blocks above it, with nothing but a caption's worth of prose
 * between, outside any boilerplate region, alone of its kind, and read as a sentence or two of unlinked text.
 */
function leadAbove(ctx: RuleContext, container: number, prose: Float64Array): readonly [number, number] | undefined {
  let lead: readonly [number, number] | undefined;
  ctx.doc.elementBlocks?.forEach((range, el) => {
    const [from, to] = range;
    if (to > container || to < container - MAX_LEAD_GAP || from >= to) return;
    if (lead && (from > lead[0] || (from === lead[0] && to <= lead[1]))) return;
    const a = el.attribs;
    const hinted = (a.class !== undefined && LEAD_HINT.test(a.class)) || (a.id !== undefined && LEAD_HINT.test(a.id));
    if (!hinted || !namedBy(el, LEAD_TOKENS()) || !isLead(ctx, from, to)) return;
    let between = 0;
    for (let i = to; i < container; i++) between += prose[i]!;
    if (between > MAX_PROSE_BETWEEN || inBoilerplate(el) || hasTwin(el)) return;
    lead = range;
  });
  return lead;
}

/** Whether blocks read as a lead: a sentence or two of unlinked text, none of it a list or a table. */
function isLead(ctx: RuleContext, from: number, to: number): boolean {
  let words = 0;
  let linked = 0;
  let chars = 0;
  for (let i = from; i < to; i++) {
    const block = ctx.blocks[i]!;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') return false;
    words += ctx.words(i);
    linked += block.linkChars;
    chars += block.text.length;
  }
  if (words < MIN_LEAD_WORDS || words > MAX_LEAD_WORDS || linked > chars * 0.2) return false;
  return SENTENCE_END.test(ctx.blocks[to - 1]!.text) || words >= 2 * MIN_LEAD_WORDS;
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
  const lead = from > 0 ? leadAbove(ctx, from, prose) : undefined;
  if (lead) {
    if (lead[0] > 0) yield { from: 0, to: lead[0], reason: 'before the article container' };
    if (lead[1] < from) yield { from: lead[1], to: from, reason: 'before the article container' };
  } else if (from > 0) yield { from: 0, to: from, reason: 'before the article container' };
  if (to < ctx.blocks.length) yield { from: to, to: ctx.blocks.length, reason: 'after the article container' };
}

export const mainContent: Rule = {
  id: 'main-content',
  category: 'main-content',
  description: 'Whole HTML pages: keeps the element that holds the article (scored by prose, link density and semantic markup) and drops the rest',
  text: textVerdicts,
};
