/**
 * Main-content detection for text dumps: the article is the densest run of
 * prose in the dump. Each block gets a value — its unlinked words if it
 * reads as prose (weighed by its function words, whether it stands alone,
 * whether it stops mid-sentence), a cost if it is a link, a short label or
 * clutter another rule removed — and the article is the run of blocks with
 * the largest sum (a maximum-sum subarray, in one pass). Menus, sidebars
 * and footers before and after it are dropped; clutter inside it is left
 * to the other rules.
 *
 * Runs after the clutter rules, so a share menu or a comment form already
 * marks where the article stops. HTML has its own detector (main-content);
 * on a whole page this rule only ends the article at a related-posts or
 * comment section inside the chosen container. When the run holds too
 * little of the dump's prose, nothing is removed.
 */
import type { Element } from 'domhandler';
import type { Block } from '../model.js';
import { RELATED_SECTION } from './cross-links.js';
import { functionWordWeight, referenceDensity } from './lib/function-words.js';
import { BARE_URL_LINE, wordsIn } from './lib/lines.js';
import { phraseSet } from './lib/phrases.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

/** Cost of a block another rule removed: enough to mark an edge, not enough to split an article at a "See also" line. */
const REMOVED_COST = 4;
const MIN_PROSE_SHARE = 0.5;
const LIST_WEIGHT = 0.3;
/** Cost of a short line that reads as a label, per word (up to six words). */
const LABEL_COST = 0.5;

/** A short line with this share of function words or more reads as language, not as a label. */
const SHORT_LINE_FUNCTION_WORDS = 0.3;

/**
 * A paragraph with no text of its own kind on either side — a teaser's
 * excerpt between its headline and the next card's label — counts for
 * this share. An article's paragraphs come in runs, or lead into a list.
 */
const ISOLATED_WEIGHT = 0.5;
/**
 * A comment section ends the article once this share of the run's prose
 * came before it: a thread may outweigh a short post, but "3 comments" in
 * the meta line above the post has no prose before it.
 */
const COMMENTS_AFTER_SHARE = 0.25;
/** Comment markers in a row of the run, at least, that make a thread: "Comments", then a "… said:" line per comment. */
const COMMENT_THREAD_MARKERS = 3;
/** Blocks within which two comment markers make a comment section's header ("167 comments", "Top rated comments"). */
const COMMENT_HEADER_SPAN = 4;
/** Prose after a related-posts marker, as a share of the prose before it, below which the marker ends the article. */
const RELATED_TAIL_SHARE = 0.5;
/**
 * A paragraph that stops mid-sentence — a teaser's excerpt cut at so many
 * characters — counts for this share. An article's paragraphs end as
 * sentences do (in any script), or open a list with a colon.
 */
const UNFINISHED_WEIGHT = 0.5;
const FINISHED = /[.!?:;。！？؟।۔։።]["'”’»)\]]*$/u;
/** Standing alone says something only in a dump where some paragraphs stand together. */
const MIN_TOGETHER = 2;
/** A short line that continues text: a sentence, or one that opens a list ("The new hours are:"). */
const CONTINUES_TEXT = /[.!:;,…]$/;

/**
 * Which prose blocks stand alone, or undefined when that says nothing: in a
 * dump where no two paragraphs stand together (a short post between share
 * lines and promos) it is the article's way, not a teaser's.
 */
function isolatedProse(ctx: RuleContext): Uint8Array | undefined {
  const isolated = new Uint8Array(ctx.blocks.length);
  let together = 0;
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (ctx.removed(i) || !ctx.isProse(i)) continue;
    if (!textNeighbour(ctx, i, -1) && !textNeighbour(ctx, i, 1)) {
      isolated[i] = 1;
    } else together++;
  }
  return together >= MIN_TOGETHER ? isolated : undefined;
}

/**
 * Whether the nearest kept block before (step -1) or after (step 1) block `i`, within [from, to),
 * is prose or a line that continues text.
 */
function textNeighbour(ctx: RuleContext, i: number, step: 1 | -1, from = 0, to = ctx.blocks.length): boolean {
  for (let j = i + step; j >= from && j < to; j += step) {
    if (ctx.removed(j) || ctx.blocks[j]!.text.length === 0) continue;
    return ctx.isProse(j) || CONTINUES_TEXT.test(ctx.blocks[j]!.text);
  }
  return false;
}

/** Lines of verse in a row at least, and words of a line: a stanza. */
const STANZA_LINES = 3;
const VERSE_LINE_WORDS = [3, 12] as const;

/**
 * Lines of verse: three short lines or more in a row, none a link, that together read as language
 * (their function words; no language known, no verse). A poem's or a song's lines end without punctuation as a menu's labels do, but a
 * menu's labels are not language, and a teaser's headline stands between its byline and excerpt,
 * not among other such lines.
 */
function verseLines(ctx: RuleContext): Uint8Array {
  const verse = new Uint8Array(ctx.blocks.length);
  const isVerse = (i: number): boolean => {
    const b = ctx.blocks[i]!;
    const words = ctx.words(i);
    return b.kind === 'paragraph' && !ctx.isProse(i) && words >= VERSE_LINE_WORDS[0] && words <= VERSE_LINE_WORDS[1] && ctx.linkDensity(i) === 0;
  };
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= STANZA_LINES) {
      // The stanza as a whole reads as language; a line of it may not ("Its lamp a steady gold").
      let density = 0;
      for (const i of run) density += ctx.stopwordDensity(i) ?? 0;
      if (density / run.length >= SHORT_LINE_FUNCTION_WORDS) for (const i of run) verse[i] = 1;
    }
    run = [];
  };
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (ctx.removed(i)) {
      flush();
      continue;
    }
    if (isVerse(i)) run.push(i);
    else flush();
  }
  flush();
  return verse;
}

/** Words of the shorter line of a pair, at least, for one line to repeat the other's start. */
const REPEATED_LINE_WORDS = 4;

/**
 * Lines printed twice in a row, once cut short or with a label added: a teaser card's headline as
 * its image's alt text and as its link ("Seals Counted From The Air NEW RECORD", then
 * "Seals Counted From The Air"), or a description cut at so many characters above the text it
 * cuts. A text browser prints a card so; an article does not say a thing twice in a row.
 */
function repeatedLines(ctx: RuleContext): Uint8Array {
  const repeated = new Uint8Array(ctx.blocks.length);
  for (let i = 0; i + 1 < ctx.blocks.length; i++) {
    const a = ctx.blocks[i]!;
    const b = ctx.blocks[i + 1]!;
    if (a.kind === 'heading' || b.kind === 'heading' || a.text.length === b.text.length) continue;
    const [long, short] = a.text.length > b.text.length ? [a, b] : [b, a];
    if (long.text.startsWith(short.text) && ctx.words(short.index) >= REPEATED_LINE_WORDS) repeated[i] = repeated[i + 1] = 1;
  }
  return repeated;
}

/** Share of a block in links, below which a sentence with links in it still reads as text. */
const LINKED_SENTENCE_SHARE = 0.95;
const LINKED_SENTENCE_WORDS = 8;

/**
 * A sentence with a name or a title linked inside it ("James Doe has left the show."): it opens and
 * ends as a sentence and is not all link. No evidence either way, where a menu's or a teaser's link
 * line costs its words.
 */
function linkedSentence(block: Block, words: number, linkShare: number): boolean {
  return linkShare < LINKED_SENTENCE_SHARE && words >= LINKED_SENTENCE_WORDS && FINISHED.test(block.text) && /^\P{Ll}/u.test(block.text);
}

function blockValue(
  ctx: RuleContext,
  i: number,
  reference: number | undefined,
  isolated: Uint8Array | undefined,
  verse: Uint8Array,
  repeated: Uint8Array,
  teasers: Uint8Array | undefined,
): number {
  if (ctx.removed(i)) return -REMOVED_COST;
  if (repeated[i]) return -ctx.words(i);
  // A line of verse is the article's as often as not: no evidence either way.
  if (verse[i]) return 0;
  const block = ctx.blocks[i]!;
  const words = ctx.words(i);
  const linkShare = ctx.linkDensity(i);
  if (linkShare > 0.5) return linkedSentence(block, words, linkShare) ? 0 : -words;
  // A teaser card's headline glued to its excerpt is a link to another story, however well its excerpt reads.
  if (teasers?.[i]) return -Math.min(words, 6) * LABEL_COST;
  // Paragraphs carry articles; bulleted prose is as often a teaser list ("- Headline Excerpt…").
  if (ctx.isProse(i)) {
    const alone = isolated?.[i] ? ISOLATED_WEIGHT : 1;
    const unfinished = FINISHED.test(block.text) ? 1 : UNFINISHED_WEIGHT;
    return words * (1 - linkShare) * (block.kind === 'list-item' ? LIST_WEIGHT : 1) * functionWordWeight(ctx, i, reference) * alone * unfinished;
  }
  // Headings and table rows are the article's as often as not: no evidence either way.
  if (block.kind === 'heading' || block.kind === 'table-cell') return 0;
  // Short lines: a list item or a one-line paragraph of the article costs little; a label costs more.
  if (closingLine(block.text)) return 0;
  // A list item that reads as language (an ingredient, a step: "3 cups of flour") costs nothing; a label does.
  const functionWords = ctx.stopwordDensity(i);
  if (block.kind === 'list-item' && words >= 3 && functionWords !== undefined && functionWords >= SHORT_LINE_FUNCTION_WORDS) return 0;
  // A list item keeps the lower cost: a recipe's "- 3 eggs" is as short as a menu's label.
  return -Math.min(words, 6) * LABEL_COST;
}

/** Words of a teaser card, headline and excerpt, at most: a longer paragraph is not searched (most of a dump's text). */
const TEASER_WORDS = 80;
/** Teaser cards with their headlines glued to their excerpts, at least, that make a listing: one such line is an accident. */
const GLUED_TEASER_CARDS = 3;

/** The paragraphs that are teaser cards glued together (see gluedTeaser), or undefined if too few are. */
function gluedTeasers(ctx: RuleContext): Uint8Array | undefined {
  let marks: Uint8Array | undefined;
  let found = 0;
  for (let i = 0; i < ctx.blocks.length; i++) {
    const block = ctx.blocks[i]!;
    if (block.kind !== 'paragraph' || ctx.words(i) > TEASER_WORDS || ctx.removed(i) || !gluedTeaser(block.text)) continue;
    (marks ??= new Uint8Array(ctx.blocks.length))[i] = 1;
    found++;
  }
  return found >= GLUED_TEASER_CARDS ? marks : undefined;
}

/** A teaser's headline: its words, the one run into the excerpt among them, at least and at most; most capitalised. */
const TEASER_HEADLINE_WORDS = [4, 20] as const;
const TEASER_CAPITALISED_SHARE = 0.75;
/** Words of a teaser's excerpt after its headline, at least. */
const TEASER_EXCERPT_WORDS = 8;
/** Small letters before a join's capital, at least: a name's inner capital follows fewer ("MacBook", "AirPods"). */
const JOIN_SMALL_LETTERS = 4;
/**
 * A join anywhere in a text (see joinsHeadline), in Latin-1 letters: the cheap test first, without `u`, whose
 * property classes made the search over every paragraph of a dump cost a tenth of its clean.
 */
const JOIN_ANYWHERE = /[a-zß-öø-ÿ]{4}[A-ZÀ-ÖØ-Þ]|\d\d[A-ZÀ-ÖØ-Þ]/;
// Made on first use, as every pattern with a property class is (text/first-use.ts): a run that never sees a
// candidate line does not pay for building them.
const SMALL = onFirstUse(() => /^\p{Ll}$/u);
const CAPITAL = onFirstUse(() => /^\p{Lu}$/u);
const HEADLINE_WORD_CHAR = onFirstUse(() => /^[\p{L}\d,.'’-]$/u);
/** Long words (four letters or more) of a teaser's headline, at least. */
const TEASER_LONG_WORDS = 3;
const CAPITALISED = onFirstUse(() => /^[\p{Lu}\d"'‘“(]/u);
/** How a teaser's excerpt ends: a sentence's end, an ellipsis, a quotation's close. */
const EXCERPT_ENDS = '.!?…"”)';

/**
 * A teaser card as a converter prints it, its headline run into its excerpt: "Customers Leave Without Paying At Troy
 * SteakhouseA party of six left …". Four words or more in title case, one that runs on into a capital after four small
 * letters, and a sentence after it. A brand name's capital ("MacBook", "AirPods") follows fewer small letters, and a
 * headline that names one has no sentence after it.
 */
function gluedTeaser(text: string): boolean {
  // Most paragraphs have no small letters run into a capital anywhere: one search turns them away.
  if (!text || !EXCERPT_ENDS.includes(text[text.length - 1]!) || !JOIN_ANYWHERE.test(text)) return false;
  const words = text.split(' ');
  const last = Math.min(words.length - TEASER_EXCERPT_WORDS - 1, TEASER_HEADLINE_WORDS[1] - 1);
  let capitalised = 0;
  let long = 0;
  for (let k = 0; k <= last; k++) {
    const word = words[k]!;
    if (k >= TEASER_HEADLINE_WORDS[0] - 1 && joinsHeadline(word)) return long >= TEASER_LONG_WORDS && capitalised >= long * TEASER_CAPITALISED_SHARE;
    // Short words ("of", "to", "in") stay small in title case.
    if (word.length > 3) {
      long++;
      if (CAPITALISED().test(word)) capitalised++;
    }
  }
  return false;
}

/**
 * Whether a word is a headline's last word run into an excerpt's first: four small letters (or two digits), then a
 * capital and small letters to its end ("SteakhouseA", "250,000The", "DetroitOfficially,"). A name's inner capital
 * follows fewer small letters ("MacBook") or more capitals follow it; a domain ("ohneQ.de"), brackets or a code
 * ("(AVBFernwärmeV)") are no join.
 */
function joinsHeadline(word: string): boolean {
  let end = word.length;
  if (end > 0 && ',;:'.includes(word[end - 1]!)) end--;
  let capital = end - 1;
  while (capital >= 0 && SMALL().test(word[capital]!)) capital--;
  if (capital < JOIN_SMALL_LETTERS || !CAPITAL().test(word[capital]!)) return false;
  const before = word.slice(capital - JOIN_SMALL_LETTERS, capital);
  const joined = [...before].every((c) => SMALL().test(c)) || /^\d\d$/.test(before.slice(-2));
  if (!joined) return false;
  for (let i = 0; i < capital; i++) if (!HEADLINE_WORD_CHAR().test(word[i]!)) return false;
  return true;
}

/** A line that closes a paragraph or a post: it ends as a sentence does. */
const CLOSING_LINE = /[.!?:]$/;
/** The line under an embedded post: "— Jane Doe (@jdoe) November 19, 2019". It closes the quote above it. */
const EMBED_ATTRIBUTION = /^[—–―]\s?[^\n]{1,80}\(@\w{1,30}\)\s+\S[^\n]{2,40}$/u;

function closingLine(text: string): boolean {
  return CLOSING_LINE.test(text) || EMBED_ATTRIBUTION.test(text);
}

/** What may follow the article's last paragraph and still be the article's: a table or list it introduced, a closing line. */
function closesArticle(block: Block): boolean {
  return block.kind === 'table-cell' || block.kind === 'list-item' || (block.kind !== 'heading' && closingLine(block.text));
}

/** A list item, a table row, or a numbered line: an item of a list. */
function listLike(block: Block): boolean {
  return block.kind === 'list-item' || block.kind === 'table-cell' || NUMBERED.test(block.text);
}

/** Items with a figure in them, or of one shape, as a share of a list's items, that make it a list of data. */
const DATA_ITEMS_SHARE = 0.5;
const DIGIT = onFirstUse(() => /\p{Nd}/u);
const NOT_PUNCTUATION = onFirstUse(() => /[\p{L}\p{N}\p{M}\s]+/gu);

/**
 * Whether list items read as data — results, dates, figures, "Team (Group A): 10th appearance" —
 * rather than headlines: of three or more, most have a figure in them, or most share one
 * punctuation pattern. Headlines of other posts have neither.
 */
function dataList(items: readonly Block[]): boolean {
  // Two items are too few to show a pattern.
  if (items.length < 3) return false;
  let figures = 0;
  const shapes = new Map<string, number>();
  for (const item of items) {
    if (DIGIT().test(item.text)) figures++;
    const shape = item.text.replace(NOT_PUNCTUATION(), '');
    if (shape) shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  const sameShape = Math.max(0, ...shapes.values());
  return Math.max(figures, sameShape) >= items.length * DATA_ITEMS_SHARE;
}

/** Words in a section heading at most. */
const SECTION_HEADING_WORDS = 8;

/**
 * A section heading over a list, at the article's end ("Qualified teams", "Tour dates"): a short
 * line that is no link, with two list items or table rows under it that are no links either. A
 * text dump prints an HTML heading as a plain line, so its kind says nothing.
 */
function opensList(ctx: RuleContext, i: number): boolean {
  const block = ctx.blocks[i]!;
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return false;
  if (ctx.linkDensity(i) > 0.5 || ctx.words(i) > SECTION_HEADING_WORDS || CONTINUES_TEXT.test(block.text)) return false;
  for (let j = i + 1; j <= i + 2; j++) {
    if (j >= ctx.blocks.length || ctx.removed(j) || !listLike(ctx.blocks[j]!) || ctx.linkDensity(j) > 0.5) return false;
  }
  return true;
}

const ANNOUNCES = /:\s*$/;
/** An image as a text browser prints it: its alt text or file name in brackets. */
const IMAGE_LINE = /^\[[^\]\n]{0,200}\]$/;
/** "1) …", "2. …": an item of a numbered list, which dumps print as a plain line. */
const NUMBERED = /^\d{1,3}[.)] \S/;
/** A list item (bulleted or numbered), a table row, a short link line (an item's shop link), an item's image or stray markup, under an announcing paragraph. */
function announcedItem(ctx: RuleContext, i: number): boolean {
  const block = ctx.blocks[i]!;
  if (block.kind === 'list-item' || block.kind === 'table-cell' || NUMBERED.test(block.text)) return true;
  if (block.kind !== 'paragraph' || ctx.words(i) > 12) return false;
  // A line of stray markup ("**" left of an emphasis the converter split) has no words, and goes on with the list.
  return ctx.words(i) === 0 || ctx.linkDensity(i) > 0.5 || BARE_URL_LINE.test(block.text) || IMAGE_LINE.test(block.text);
}

/** Words of a data line at most: "12 June – Outer island @ north pier (weather permitting)". */
const DATA_LINE_WORDS = 16;
/** Lines with a figure, at least, and their share of the lines, that make lines printed without bullets a list of data. */
const DATA_LINES_FIGURES = 4;
const DATA_LINES_SHARE = 0.6;

/** An image's file name or a slug, as a text browser prints it: one token with a figure ("harbour-2024-01", "IMG_2041"). */
const FILE_NAME = /^[^\s\d]*\d\S*$/u;

/**
 * A short line that is no link: a line of a list printed without bullets, or a label over it
 * ("Ingredients"). An image's alt text or file name is no data.
 */
function shortPlainLine(ctx: RuleContext, i: number): boolean {
  const text = ctx.blocks[i]!.text;
  if (ctx.removed(i) || ctx.words(i) === 0 || ctx.words(i) > DATA_LINE_WORDS || ctx.linkDensity(i) > 0.5) return false;
  return !IMAGE_LINE.test(text) && !(FILE_NAME.test(text) && /[-_]/.test(text));
}

/** A list item's number, a count in parentheses at a line's end ("Ferry fares to rise (148)"), an image's size or name in brackets: no data. */
const NOT_DATA = /^\d{1,3}[.)]\s|\(\d[\d.,]*\)$|\[[^\][]*\]/gu;

function hasFigure(text: string): boolean {
  return DIGIT().test(text) && DIGIT().test(text.replace(NOT_DATA, ''));
}

/**
 * Where lines of data after the article's last paragraph end: tour dates, opening hours, prices,
 * results, printed as plain lines (a converter drops the list markup, and the text output of a page
 * prints its list so). They follow the article and most have a figure in them; a sidebar's headlines
 * and labels mostly have none, and a listing's dates alternate with headlines. The lines after the
 * last one with a figure stay out.
 */
function dataLinesAfter(ctx: RuleContext, to: number): number {
  let end = to;
  while (end < ctx.blocks.length && shortPlainLine(ctx, end)) end++;
  // A line repeated (a gallery's caption per image) counts once.
  const withFigures = new Set<string>();
  let last = to;
  for (let i = to; i < end; i++) {
    if (!hasFigure(ctx.blocks[i]!.text)) continue;
    withFigures.add(ctx.blocks[i]!.text);
    last = i + 1;
  }
  const figures = withFigures.size;
  return figures >= DATA_LINES_FIGURES && figures >= (last - to) * DATA_LINES_SHARE ? last : to;
}

/** A recipe card's ingredients heading, and the heading of its method. */
const INGREDIENTS = phraseSet(['ingredients', 'ingredients:', 'zutaten', 'zutaten:', 'ingrédients', 'ingrédients :', 'ingredientes', 'ingredientes:', 'ingredienti', 'ingredienti:', 'składniki', 'składniki:', 'ingrediënten']);
const METHOD = phraseSet([
  'directions', 'directions:', 'instructions', 'instructions:', 'method', 'method:', 'preparation', 'steps', 'zubereitung', 'zubereitung:',
  'anleitung', 'préparation', 'préparation :', 'preparación', 'preparación:', 'elaboración', 'modo de preparo', 'modo de preparação',
  'preparazione', 'procedimento', 'przygotowanie', 'bereiding', 'bereidingswijze',
]);
/** Blocks between the article's last paragraph and a recipe card's ingredients, at most, and words of prose among them (the card's summary). */
const RECIPE_CARD_REACH = 40;
const RECIPE_CARD_PROSE = 40;
/** Words of an ingredient's line at most, and of a step's. */
const INGREDIENT_WORDS = 20;
const STEP_WORDS = 80;

/** Invisible separators recipe plugins put around their lines, and a step's photo printed after its sentence. */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff]/g;
const TRAILING_IMAGE = /\[[^\][\n]{0,200}\]$/;

/** A line of a recipe card: an ingredient (short, or a list item), or after the method's heading a step (a list item or a sentence), or an image. */
function recipeLine(ctx: RuleContext, i: number, method: boolean): boolean {
  const block = ctx.blocks[i]!;
  const text = block.text.replace(INVISIBLE, '').trim();
  if (IMAGE_LINE.test(text)) return true;
  if (!method) return block.kind === 'list-item' || ctx.words(i) <= INGREDIENT_WORDS;
  return ctx.words(i) <= STEP_WORDS && (block.kind === 'list-item' || NUMBERED.test(text) || CLOSING_LINE.test(text.replace(TRAILING_IMAGE, '').trimEnd()));
}

/**
 * Where a recipe card after the article ends: its ingredients under their heading, and the method after them.
 * A food blog tells the story first, then prints the card (title, times, servings, "Ingredients", "Directions"):
 * the card is the article's, however little prose its lines hold. Only when the ingredients' heading comes within
 * a few blocks of the article's end, with little prose and no comment or related section between.
 */
function recipeCardEnd(ctx: RuleContext, to: number): number {
  const n = ctx.blocks.length;
  let ingredients = -1;
  let prose = 0;
  for (let j = to; j < Math.min(n, to + RECIPE_CARD_REACH); j++) {
    if (sectionMarker(ctx, j)) return to;
    if (ctx.removed(j)) continue;
    if (INGREDIENTS.test(ctx.norm(j))) {
      ingredients = j;
      break;
    }
    if (ctx.isProse(j) && (prose += ctx.words(j)) > RECIPE_CARD_PROSE) return to;
  }
  if (ingredients < 0) return to;
  let end = ingredients + 1;
  let method = false;
  for (; end < n && !sectionMarker(ctx, end); end++) {
    if (ctx.removed(end)) continue;
    if (METHOD.test(ctx.norm(end))) method = true;
    else if (!recipeLine(ctx, end, method)) break;
  }
  return end;
}

/** A best run worth less than this holds too little prose to be sure of: a dump whose article is a table or a list. */
const WEAK_RUN = 70;
/** Lines of data, at least, that make a table or list an article's body. */
const DATA_BODY_LINES = 8;
/** Words of such a line on average, at least: a row says something ("3 | North pier | 19:40 | daily"); an archive's "May 2024 (3)" does not. */
const DATA_ROW_WORDS = 3;

/**
 * Gives each line of a long table or list of data, from its first line with a figure, the value of its
 * words, as prose has: a page of results or dates has no paragraphs to carry it, and a sidebar's blurbs
 * would otherwise win. Only data above the best run of prose (`before`) counts: below it, data is a
 * sidebar's as often, and must not take a short post's place. Counts in parentheses, list numbers and
 * figures in image names are no data (see hasFigure), so a "most commented" list with its counts is none.
 */
function valueDataBodies(ctx: RuleContext, values: number[], before: number): void {
  // Each run of short lines once: its data from its first line with a figure (a heading with a year in it, too).
  for (let from = 0; from < before; ) {
    let to = from;
    while (to < ctx.blocks.length && shortPlainLine(ctx, to)) to++;
    let body = from;
    while (body < to && !hasFigure(ctx.blocks[body]!.text)) body++;
    if (body < to && body < before) {
      const end = dataLinesAfter(ctx, body);
      if (end - body >= DATA_BODY_LINES && wordsIn(ctx, body, end) >= (end - body) * DATA_ROW_WORDS) {
        for (let j = body; j < end; j++) values[j] = ctx.words(j);
      }
    }
    from = Math.max(to, from + 1);
  }
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

/** Whether block `i` was removed as a comment section or a related-posts block: where an article ends. */
function sectionMarker(ctx: RuleContext, i: number): 'comments' | 'related' | undefined {
  const removal = ctx.removedBy(i);
  if (removal?.rule === 'comment-stubs') return 'comments';
  if (removal?.rule === 'cross-links' && removal.reason === RELATED_SECTION) return 'related';
  return undefined;
}

/**
 * A comment thread is prose too, and a run of prose can carry on into it.
 * The run is cut at the first comment marker with a good part of the run's
 * prose above it, or related-posts marker with most of it above and little
 * below — a marker near the top ("3 comments" in the post's meta line)
 * cuts nothing.
 */
function cutAtSectionEnd(ctx: RuleContext, from: number, to: number): number {
  const markers = Array.from({ length: to - from }, (_, k) => sectionMarker(ctx, from + k));
  // Comment markers from each block on: a thread has one per comment ("Jane on May 3 said:").
  const commentsAfter = new Array<number>(to - from + 1).fill(0);
  for (let k = to - from - 1; k >= 0; k--) commentsAfter[k] = commentsAfter[k + 1]! + (markers[k] === 'comments' ? 1 : 0);
  let total = 0;
  for (let i = from; i < to; i++) if (!ctx.removed(i) && ctx.isProse(i)) total += ctx.words(i);
  let seen = 0;
  for (let i = from; i < to; i++) {
    const k = i - from;
    if (markers[k] === 'comments') {
      // A thread (this marker and more after it, or the section's header: another marker right after
      // it) ends a short post too, once some of its prose came first.
      const header = commentsAfter[k]! - commentsAfter[Math.min(to - from, k + COMMENT_HEADER_SPAN)]! >= 2;
      const thread = (commentsAfter[k]! >= COMMENT_THREAD_MARKERS || header) && seen > 0;
      if (seen >= total * COMMENTS_AFTER_SHARE || thread) return i;
    } else if (markers[k] === 'related') {
      // A box between paragraphs of one element sits inside the article, however little of it follows (a page's tree tells).
      if (betweenSiblingParagraphs(ctx, i, from, to)) continue;
      // A related-posts box with as much prose after it as half what came before sits inside the article (news sites set them between paragraphs).
      if (seen >= total * 0.5 && total - seen < seen * RELATED_TAIL_SHARE) return i;
      // Cards after it, each excerpt alone between its widgets, are no article going on, however many.
      if (seen > 0 && !proseStandsTogether(ctx, i + 1, to)) return i;
    }
    if (!ctx.removed(i) && ctx.isProse(i)) seen += ctx.words(i);
  }
  return to;
}

/**
 * Whether block `i` sits in a box of its own between two kept paragraphs that are children of one element
 * (the nearest before and after it, within [from, to)): news sites set related-posts boxes so inside the
 * article's body, and the article goes on after it, however short its tail.
 */
function betweenSiblingParagraphs(ctx: RuleContext, i: number, from: number, to: number): boolean {
  const paragraphAt = (j: number): boolean => !ctx.removed(j) && ctx.blocks[j]!.kind === 'paragraph' && ctx.isProse(j);
  let before = i - 1;
  while (before >= from && !paragraphAt(before)) before--;
  let after = i + 1;
  while (after < to && !paragraphAt(after)) after++;
  if (before < from || after >= to) return false;
  const parent = ctx.blocks[before]!.element?.parent;
  if (!parent || ctx.blocks[after]!.element?.parent !== parent) return false;
  // The box is an element of its own among them; a heading set flat among the paragraphs ("You may also like…", then
  // excerpts as paragraphs) is no box, and what follows it is the listing.
  return ctx.blocks[i]!.element?.parent !== parent;
}

/** Whether any prose block in [from, to) has prose (or a line continuing text) next to it, within [from, to). */
function proseStandsTogether(ctx: RuleContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (ctx.removed(j) || !ctx.isProse(j)) continue;
    if (textNeighbour(ctx, j, -1, from, to) || textNeighbour(ctx, j, 1, from, to)) return true;
  }
  return false;
}

/** Comment markers in one run, at least, that make a comment form: its heading, a notice and the fields' labels. */
const COMMENT_FORM_MARKERS = 4;
/** Kept blocks between two runs of comment markers of one thread, at most: a comment's own lines. */
const COMMENT_MARKER_GAP = 4;
/** Value of the best run above a comment section, at least, for it to be an article: about forty words of prose standing alone. */
const ARTICLE_ABOVE_COMMENTS = 15;

/**
 * Where the dump's first comment section opens, from block `from` on, or -1: a comment form (four comment
 * markers or more in a row, blocks other rules removed aside), or a thread (two runs of markers or more with at
 * most a comment's few lines between them: "Anna says:", a comment, "Reply", "Tom says:"). A post's meta line
 * ("12 Comments", "Leave a comment", "Share") is one short run.
 */
function commentSectionStart(ctx: RuleContext, from: number): number {
  let threadStart = -1;
  let runStart = -1;
  let runMarkers = 0;
  let runs = 0;
  let gap = 0;
  for (let i = from; i < ctx.blocks.length; i++) {
    if (sectionMarker(ctx, i) === 'comments') {
      if (runStart < 0) {
        // A new run of markers: of the same thread when only a comment's lines stand since the last one.
        if (threadStart < 0 || gap > COMMENT_MARKER_GAP) {
          threadStart = i;
          runs = 0;
        }
        runStart = i;
        runMarkers = 0;
        runs++;
      }
      runMarkers++;
      gap = 0;
      if (runMarkers >= COMMENT_FORM_MARKERS) return runStart;
      if (runs >= 2) return threadStart;
    } else if (!ctx.removed(i)) {
      runStart = -1;
      gap++;
    }
  }
  return -1;
}

/**
 * Whether the comment section at `i` opens with two markers or more within a few blocks: a form's heading and
 * notice, or a thread's count and first commenter. A post's meta line above its article ("Leave a comment")
 * is one marker alone.
 */
function commentHeaderAt(ctx: RuleContext, i: number): boolean {
  let markers = 0;
  for (let j = i; j < Math.min(ctx.blocks.length, i + COMMENT_HEADER_SPAN); j++) if (sectionMarker(ctx, j) === 'comments') markers++;
  return markers >= 2;
}

/** Words of a line, at most, that a converter broke off the sentence the next line goes on with. */
const BROKEN_LINE_WORDS = 12;

/**
 * Where the article starts when its first paragraph opens in lower case, going on with the line above it: a
 * sentence a converter broke over two lines ("The poster competition for children" / "takes place for the
 * sixth time …"). That line is the article's first words.
 */
function continuedFrom(ctx: RuleContext, from: number): number {
  const above = from - 1;
  // Two small letters: "iPhone" and "eBay" open sentences too.
  if (above < 0 || ctx.removed(above) || !/^\p{Ll}\p{Ll}/u.test(ctx.blocks[from]!.text)) return from;
  const line = ctx.blocks[above]!;
  const continued = line.kind === 'paragraph' && ctx.words(above) <= BROKEN_LINE_WORDS && !CONTINUES_TEXT.test(line.text) && ctx.linkDensity(above) <= 0.5;
  return continued ? above : from;
}

/** How many lines above the article's first paragraph its standfirst is looked for: past a byline, a date, a credit. */
const LEAD_REACH = 6;
/** A standfirst's words: a sentence or two that sum the article up. */
const LEAD_WORDS = [10, 80] as const;
/** Words of a line between a standfirst and the article, at most: a date, a name, a picture's credit. */
const LEAD_GAP_WORDS = 8;
/** How a standfirst ends: a sentence's end, a quotation's close. */
const LEAD_END = /[.!?…"”»]$/;

/**
 * The article's standfirst: a paragraph of a sentence or two above its byline, date or picture. The densest run
 * starts under those short lines, whose values are below nothing, so it left the standfirst above it. Looked for
 * from the run's first block up, past short lines only (a heading, a longer line or a link ends the search);
 * its index, or -1.
 */
function standfirstAbove(ctx: RuleContext, from: number, start: number): number {
  for (let i = from - 1, seen = 0; i >= start && seen < LEAD_REACH; i--, seen++) {
    if (ctx.removed(i)) continue;
    const b = ctx.blocks[i]!;
    const words = ctx.words(i);
    if (b.kind === 'paragraph' && words >= LEAD_WORDS[0] && words <= LEAD_WORDS[1] && ctx.linkDensity(i) === 0 && ctx.isProse(i) && LEAD_END.test(b.text)) {
      return proseAbove(ctx, i, start) || isTrail(b.text) || !sumsUp(ctx, i, from) ? -1 : i;
    }
    if (b.kind === 'heading' || words > LEAD_GAP_WORDS || isLinkLine(ctx, i)) return -1;
  }
  return -1;
}

/** A breadcrumb trail's separators, two of which make a line a trail ("Home » Recipes » Cakes » …"). */
const TRAIL_SEPARATORS = [' » ', ' > ', ' › '];

function isTrail(text: string): boolean {
  let found = 0;
  for (const separator of TRAIL_SEPARATORS) {
    for (let at = text.indexOf(separator); at >= 0 && found < 2; at = text.indexOf(separator, at + separator.length)) found++;
  }
  return found >= 2;
}

/** Long words a standfirst shares with the article, at least, and as a share of its own long words. */
const LEAD_SHARED_WORDS = 3;
const LEAD_SHARED_SHARE = 0.4;
/** How much of the article a standfirst's words are looked for in: its first paragraphs. */
const LEAD_BODY_BLOCKS = 12;
/** A long word (six letters or more), by its first five: "Fährverbindung" and "Fährverbindungen" are one. */
const LONG_WORD = onFirstUse(() => /\p{L}{6,}/gu);

function longWordStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const m of text.toLowerCase().matchAll(LONG_WORD())) stems.add(m[0].slice(0, 5));
  return stems;
}

/**
 * Whether line `i` sums up the article that starts at `from`: a standfirst names what the article is about, so
 * most of its long words are the article's too. A sign-up or shop prompt, a licence, a picture's description
 * share few.
 */
function sumsUp(ctx: RuleContext, i: number, from: number): boolean {
  const lead = longWordStems(ctx.blocks[i]!.text);
  if (lead.size < LEAD_SHARED_WORDS) return false;
  let body = '';
  for (let j = from; j < Math.min(ctx.blocks.length, from + LEAD_BODY_BLOCKS); j++) if (!ctx.removed(j)) body += `${ctx.blocks[j]!.text}\n`;
  const article = longWordStems(body);
  let shared = 0;
  for (const stem of lead) if (article.has(stem)) shared++;
  return shared >= LEAD_SHARED_WORDS && shared >= lead.size * LEAD_SHARED_SHARE;
}

/**
 * Whether prose stands within LEAD_REACH lines above line `i`: a standfirst follows the headline and the labels above
 * it, where the last card of a teaser listing above the article has the one before it (its headline, its byline).
 */
function proseAbove(ctx: RuleContext, i: number, start: number): boolean {
  for (let j = i - 1; j >= Math.max(start, i - LEAD_REACH); j--) if (!ctx.removed(j) && ctx.isProse(j)) return true;
  return false;
}

/** Prose above the title outweighing the best run under it this many times over: the title is not the article's. */
const TITLE_OUTWEIGHED = 2;

/** How far after the title the article's first paragraphs are looked for, in blocks. */
const TITLE_REACH = 12;

/**
 * The article's title: the dump's one top-level heading, when prose follows
 * it closely. Pages give the headline the only `<h1>`, and the body comes
 * under it; a dump with several top-level headings (a site name, a listing)
 * gives no such anchor.
 */
function titleIndex(ctx: RuleContext): number {
  let title = -1;
  for (let i = 0; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i]!;
    if (b.kind !== 'heading' || b.level !== 1) continue;
    if (title >= 0) return -1;
    title = i;
  }
  if (title < 0) return -1;
  for (let i = title + 1; i < Math.min(ctx.blocks.length, title + 1 + TITLE_REACH); i++) {
    if (ctx.removed(i) || !ctx.isProse(i)) continue;
    // An article begins with paragraphs; a teaser's headline has one excerpt under it, alone.
    if (textNeighbour(ctx, i, -1) || textNeighbour(ctx, i, 1)) return title;
  }
  return -1;
}

/**
 * A related-posts heading that opens its own element (a `<section>` or `<aside>` of cards under
 * "You may also like") takes that element with it, however much teaser prose it holds.
 */
function* relatedSections(ctx: RuleContext): Iterable<Verdict> {
  const ranges = ctx.doc.elementBlocks;
  if (!ranges) return;
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (sectionMarker(ctx, i) !== 'related') continue;
    const parent = ctx.blocks[i]!.element?.parent;
    const range = parent ? ranges.get(parent as Element) : undefined;
    if (!range) continue;
    const [first, end] = range;
    let opens = true;
    for (let j = first; j < i; j++) if (!ctx.removed(j) && ctx.words(j) > 0) opens = false;
    if (!opens || end <= i + 1) continue;
    let kept = false;
    for (let j = i + 1; j < end; j++) kept ||= !ctx.removed(j);
    if (kept) yield { from: i + 1, to: end, reason: 'related-posts section' };
    i = end - 1;
  }
}

/** Words of a label at most, after a page's last paragraph ("Mehr zum Thema", "Share this page", "Back to the list"). */
const TRAILING_LABEL_WORDS = 6;
const SENTENCE_OR_LEAD_IN = /[.!?:]$/;

/**
 * The short labels that end a page, after its last paragraph and up to `end`: the site's furniture left inside
 * the container ("Related topics", "Back to the list", "Share this page", "Advertisement"). Read from the end
 * back: a list item, a table cell, a quote, code, a longer line or a sentence keeps itself and what is above
 * it (an article may end with a list, a table or a short closing sentence), and so does a plain line set among
 * the article's paragraphs, in their element (a sign-off, a source, a product's name); a heading or a link
 * there is furniture still.
 */
function trailingLabels(ctx: RuleContext, end: number): number[] {
  let last = end - 1;
  while (last >= 0 && (ctx.removed(last) || !ctx.isProse(last))) last--;
  if (last < 0) return [];
  const labels: number[] = [];
  const articleParent = ctx.blocks[last]!.element?.parent;
  for (let i = end - 1; i > last; i--) {
    if (ctx.removed(i)) continue;
    const block = ctx.blocks[i]!;
    if (block.kind === 'list-item' || block.kind === 'table-cell' || block.kind === 'quote' || block.kind === 'code') break;
    if (articleParent && block.element?.parent === articleParent && block.kind !== 'heading' && ctx.linkDensity(i) <= 0.5) break;
    if (ctx.words(i) > TRAILING_LABEL_WORDS || SENTENCE_OR_LEAD_IN.test(block.text.trimEnd())) break;
    labels.push(i);
  }
  return labels.reverse();
}

/**
 * The short labels above the article's title (its one `<h1>`) inside the chosen container: a site or language
 * switcher, a share button, a section's name. Read from the title back, up to a longer line, a sentence, a
 * heading or prose: a standfirst or a second heading above the title keeps itself and what is above it. A
 * heading of the lowest levels (h4 to h6) is a menu's label there, as short as the others.
 */
const MENU_HEADING_LEVEL = 4;

function labelsBeforeTitle(ctx: RuleContext, from: number): number[] {
  let title = -1;
  for (let i = from; i < ctx.blocks.length; i++) {
    if (ctx.removed(i)) continue;
    if (ctx.isProse(i)) break;
    if (ctx.blocks[i]!.kind === 'heading' && ctx.blocks[i]!.level === 1) {
      title = i;
      break;
    }
  }
  const labels: number[] = [];
  for (let i = title - 1; i >= from; i--) {
    if (ctx.removed(i)) continue;
    const block = ctx.blocks[i]!;
    if ((block.kind === 'heading' && (block.level ?? 1) < MENU_HEADING_LEVEL) || block.kind === 'quote' || block.kind === 'code' || block.kind === 'table-cell') break;
    if (ctx.words(i) > TRAILING_LABEL_WORDS || SENTENCE_OR_LEAD_IN.test(block.text.trimEnd())) break;
    labels.push(i);
  }
  return labels.reverse();
}

/**
 * On a whole HTML page, main-content has chosen the container; a related-posts or comment section
 * inside it, after the article's prose, still ends the article, and so do short labels after its
 * last paragraph.
 */
function* pageVerdicts(ctx: RuleContext): Iterable<Verdict> {
  yield* relatedSections(ctx);
  let first = -1;
  let last = -1;
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (ctx.removed(i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return;
  const cut = cutAtSectionEnd(ctx, first, last + 1);
  if (cut <= last) yield { from: cut, to: last + 1, reason: 'after the article' };
  for (const i of trailingLabels(ctx, cut)) yield { from: i, to: i + 1, reason: 'label after the article' };
  for (const i of labelsBeforeTitle(ctx, first)) yield { from: i, to: i + 1, reason: 'label above the title' };
}

/**
 * A line that is a link: mostly a Markdown link's text, or an address alone (a sentence that gives an address,
 * "Tickets – https://…", is prose; printed text has no Markdown, so that is all a page's links come back as).
 */
function isLinkLine(ctx: RuleContext, i: number): boolean {
  const density = ctx.linkDensity(i);
  return ctx.blocks[i]!.markdown !== undefined ? density > 0.5 : density > BARE_ADDRESS_SHARE;
}

/** What share of a line an address (a bare URL) takes when it stands alone, trailing punctuation aside. */
const BARE_ADDRESS_SHARE = 0.9;

/**
 * Whether another rule removed a block of the dump, or a line of it is a link: the dump has clutter around its
 * article. In a page's own text read back, only a link counts: the page's rules judged the rest, and a second
 * run, which finds nothing for them to remove, must come to the same verdict.
 */
function clutterFound(ctx: RuleContext): boolean {
  const removals = !ctx.doc.ownPageText;
  for (let i = 0; i < ctx.blocks.length; i++) if ((removals && ctx.removed(i)) || isLinkLine(ctx, i)) return true;
  return false;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  if (ctx.doc.format === 'html' && ctx.doc.wholePage) {
    yield* pageVerdicts(ctx);
    return;
  }
  if (ctx.doc.format !== 'text') return;
  const n = ctx.blocks.length;
  // Nothing around the article to cut in a dump no rule found clutter in and no line of which is a link: an
  // article cleaned already (rinse's own output, read again). When unsure, keep.
  if (!clutterFound(ctx)) return;
  const reference = referenceDensity(ctx);
  const isolated = isolatedProse(ctx);
  const verse = verseLines(ctx);
  const repeated = repeatedLines(ctx);
  const teasers = gluedTeasers(ctx);
  const allValues = Array.from({ length: n }, (_, i) => blockValue(ctx, i, reference, isolated, verse, repeated, teasers));
  // Little prose anywhere: a table or list of data above that prose may be the article (a calendar, standings).
  const prose = bestRun(allValues);
  if (prose[2] < WEAK_RUN) valueDataBodies(ctx, allValues, prose[0]);
  // Under a title, the article is looked for below it only, unless the title is a link and far more
  // prose stands wholly above it: then it was a teaser's headline in a listing below the article.
  const title = titleIndex(ctx);
  let start = title + 1;
  const below = bestRun(start ? allValues.slice(start) : allValues);
  let [runFrom, runEnd] = below;
  if (start > 0 && ctx.linkDensity(title) > 0.5) {
    const above = bestRun(allValues.slice(0, start));
    if (above[2] > below[2] * TITLE_OUTWEIGHED) [start, runFrom, runEnd] = [0, above[0], above[1]];
  }
  // An article comes before its comment section: prose after one is a comment, or a sidebar's or footer's blurb
  // (a dump prints them after the comment form). A short post above a long comment or a sidebar stays the article,
  // and what follows the section then counts for no side in the share of prose below.
  const comments = commentSectionStart(ctx, start);
  let afterComments = n;
  if (comments >= 0 && start + runFrom >= comments) {
    const above = bestRun(allValues.slice(start, comments));
    if (above[2] >= ARTICLE_ABOVE_COMMENTS) [runFrom, runEnd, afterComments] = [above[0], above[1], comments];
    // Too little prose above to pick a run from (a post of a few short lines, a recipe), but a section that opens
    // with a form's or a thread's header, not a post's meta line: all that stands above it is the article.
    else if (commentHeaderAt(ctx, comments)) [runFrom, runEnd, afterComments] = [0, comments - start, comments];
  }
  const from = continuedFrom(ctx, start + runFrom);
  const end = start + runEnd;
  if (end <= from) return;
  // The run stops at its last word of value; a closing line ("That's it."), or a table or list the last paragraph
  // opened, costs nothing and belongs to it.
  let to = end;
  while (to < n && allValues[to] === 0 && !ctx.removed(to) && closesArticle(ctx.blocks[to]!)) to++;
  // A paragraph that ends with a colon announces what follows: the list under it is the article's, links and all
  // (the closing lines above may have taken the paragraph and the list's first items already).
  let announced = false;
  for (let i = end - 1; i < to; i++) announced ||= ANNOUNCES.test(ctx.blocks[i]!.text);
  if (announced) {
    while (to < n && !ctx.removed(to) && announcedItem(ctx, to)) to++;
  }
  // So does a section heading over a list of data (results, dates, figures): no list of links or headlines.
  while (to < n && opensList(ctx, to)) {
    let end = to + 1;
    while (end < n && !ctx.removed(end) && listLike(ctx.blocks[end]!) && ctx.linkDensity(end) <= 0.5) end++;
    if (!dataList(ctx.blocks.slice(to + 1, end))) break;
    to = end;
  }
  to = dataLinesAfter(ctx, to);
  to = recipeCardEnd(ctx, to);
  const runTo = to;
  to = cutAtSectionEnd(ctx, from, to);
  // The run must hold most of the dump's prose, counted as the values count it (a teaser's excerpt for
  // less, and a comment or related section the run was cut at not at all).
  let total = 0;
  let inside = 0;
  for (let i = 0; i < n; i++) {
    const value = allValues[i]!;
    if (value <= 0 || ctx.removed(i) || (i >= to && i < runTo) || i >= afterComments) continue;
    total += value;
    if (i >= from && i < to) inside += value;
  }
  if (inside < total * MIN_PROSE_SHARE && start === 0) return;
  const lead = standfirstAbove(ctx, from, start);
  if (lead >= 0) {
    if (lead > 0) yield { from: 0, to: lead, reason: 'before the article' };
    for (let i = lead + 1; i < from; i++) if (!ctx.removed(i)) yield { from: i, to: i + 1, reason: 'between the standfirst and the article' };
  } else if (from > 0) yield { from: 0, to: from, reason: 'before the article' };
  if (to < n) yield { from: to, to: n, reason: 'after the article' };
}

export const articleRegion: Rule = {
  id: 'article-region',
  category: 'main-content',
  description: 'Text dumps: keeps the densest run of article prose (a maximum-sum run of block values), above the comment section, and drops the menus, sidebars and footers around it; on both dumps and pages, cuts where a comment or related-posts section ends the article, and on pages drops the short labels after its last paragraph',
  text: textVerdicts,
};
