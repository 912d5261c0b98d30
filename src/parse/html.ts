/**
 * HTML to blocks, in one walk of the htmlparser2 tree. Scripts (but for the
 * text of a JSON-LD script that may hold the article body), styles,
 * templates, comments and hidden elements are skipped as the walk meets them;
 * every other text node lands in the block of its nearest block-level
 * element. The walk also records which blocks each element holds, so a rule
 * that removes an element removes exactly those blocks.
 */
import { compile } from './selectors.js';
import type { AnyNode, Element, Document as DomDocument } from 'domhandler';
import { makeBlock, type Block, type BlockKind, type Document } from '../model.js';
import { collapsedLength, collapseSpace, trimmedLength } from '../text/normalize.js';
import { parseDom } from './dom.js';
import { isLinkedDataType, mayHoldArticleBody } from './linked-data.js';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Elements whose content is never article text. Not `head`: its own elements (title, meta, link, script,
 * style) are skipped one by one, and a page without `</head>` and `<body>` has its whole body inside it in
 * htmlparser2's tree, where a browser would have closed the head at the first element that cannot be in it.
 * Not `noscript` either: it is what a reader without scripts sees, a scraper among them, and some pages
 * that draw their article with a script hold it there only; what else it says ("Please enable JavaScript")
 * is for the rules.
 * `rt` and `rp`: a ruby annotation's reading and its fallback parentheses. Japanese pages for learners set
 * the reading of each word in kana over it ("<ruby>漢字<rt>かんじ</rt></ruby>"); read inline, every such word
 * would be followed by its reading ("漢字かんじ"), which no reader sees as the sentence.
 */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video',
  'select', 'option', 'textarea', 'input', 'button', 'map', 'frameset', 'frame', 'link', 'meta', 'title', 'dialog',
  'rt', 'rp',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * An element's attribute. Each element's attributes are an object of its own shape, and a read V8 compiled
 * for the shapes it had seen sends the walk back to its interpreter at the next new one, to be compiled again
 * (blocksOf six times over the 181 pages). All of the walk's reads go through this one function, which sees
 * every shape from the first page on, so V8 compiles it for any shape at once.
 */
function attribute(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

export function isHidden(el: Element): boolean {
  if (attribute(el, 'hidden') !== undefined) return true;
  if (attribute(el, 'aria-hidden') === 'true') return true;
  const style = attribute(el, 'style');
  return style !== undefined && HIDDEN_STYLE.test(style);
}

function kindOf(stack: readonly Element[], quoteDepth: number, preDepth: number): { kind: BlockKind; level?: number } {
  for (let i = stack.length - 1; i >= 0; i--) {
    const name = stack[i]!.name;
    if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') {
      return { kind: 'heading', level: Number(name[1]) };
    }
    if (name === 'li' || name === 'dt' || name === 'dd') return { kind: 'list-item' };
    if (name === 'td' || name === 'th') return { kind: 'table-cell' };
    if (name === 'figcaption' || name === 'caption') return { kind: 'caption' };
    // A paragraph inside a list item (`<li><p>`) is the item's text.
    if (name === 'p') {
      const parent = stack[i - 1]?.name;
      if (parent === 'li' || parent === 'dd' || parent === 'dt') return { kind: 'list-item' };
      break;
    }
    if (name === 'pre' || name === 'blockquote') break;
  }
  if (preDepth > 0) return { kind: 'code' };
  if (quoteDepth > 0) return { kind: 'quote' };
  return { kind: 'paragraph' };
}

/**
 * The walk's open elements, one frame each, as columns rather than an object per element: a page has
 * thousands of elements and a walk is never deeper than its deepest one, so the columns are made once
 * a page and a frame costs no allocation.
 */
class Frames {
  depth = 0;
  readonly node: Element[] = [];
  /** Markdown to close the element with (`](href)` for a link, `**` for bold…), if it opened any. */
  readonly mdClose: Array<string | undefined> = [];
  /** Where the walk goes on among the element's siblings when it closes. */
  readonly next: number[] = [];
  /** The block count when the element was entered. */
  readonly start: number[] = [];
  readonly block: boolean[] = [];
  /** Raw characters of the open block's text when the element was entered. */
  readonly startChars: number[] = [];

  push(node: Element, next: number, start: number, block: boolean, startChars: number, mdClose: string | undefined): void {
    const d = this.depth++;
    this.node[d] = node;
    this.next[d] = next;
    this.start[d] = start;
    this.block[d] = block;
    this.startChars[d] = startChars;
    this.mdClose[d] = mdClose;
  }
}

/** Inline elements worth a record: the ones a selector can name. */
const recordInline = (el: Element): boolean => el.name === 'a' || attribute(el, 'class') !== undefined || attribute(el, 'id') !== undefined;

/** An inline element removes its block only when it is most of it ("Filed under <a>News</a>"). */
export const INLINE_SHARE_OF_BLOCK = 0.6;

const MD_SPECIAL = /[\\`*_[\]]/g;
/** Whether a text holds a character MD_SPECIAL escapes: most do not, and a test is cheaper than a replace. */
const HAS_MD_SPECIAL = /[\\`*_[\]]/;
/** The characters tidyMarkdown acts on. */
const MD_SYNTAX = /[\\`*[\]]/;

/** Inline Markdown an element opens and closes with, outside `<pre>`. */
function inlineMarkdown(el: Element): readonly [string, string] | undefined {
  switch (el.name) {
    case 'a': {
      const href = attribute(el, 'href')?.trim();
      if (!href || /^(?:javascript|data):/i.test(href) || href === '#') return undefined;
      return ['[', `](${/[\s()<>]/.test(href) ? `<${href.replace(/[<>\s]/g, encodeURIComponent)}>` : href})`];
    }
    case 'code':
    case 'kbd':
    case 'samp':
      return ['`', '`'];
    case 'strong':
    case 'b':
      return ['**', '**'];
    case 'em':
    case 'i':
      return ['*', '*'];
    default:
      return undefined;
  }
}

/**
 * The block's inline Markdown, tidied: links without text dropped, space
 * moved out of brackets and emphasis. Undefined when a block boundary cut an
 * inline element in two (a link around a `<div>`): then plain text is safer.
 */
export function tidyMarkdown(raw: string): string | undefined {
  // Spaces collapsed first, so the patterns below meet single spaces only (and cannot backtrack on runs).
  // Each pattern is tried only when its text holds a literal every match of it holds: most blocks' Markdown
  // is a link or two, and a native search costs less than a pattern's (tests/parse/tidy-markdown.test.ts).
  let md = collapseSpace(raw);
  if (md.includes('[](') || md.includes('[ ](')) md = md.replace(/\[ ?\]\([^)\n]{0,2000}\)/g, '');
  if (md.includes('[ ')) md = md.replace(/\[ /g, ' [');
  if (md.includes(' ](')) md = md.replace(/ \]\(/g, ']( ');
  if (md.includes('****') || md.includes('** **')) md = md.replace(/\*\*( ?)\*\*/g, '$1');
  md = collapseSpace(md);
  if (md.includes(']( ')) md = md.replace(/\]\( /g, '](');
  let skeleton = md;
  if (skeleton.includes('\\')) skeleton = skeleton.replace(/\\./g, '');
  if (skeleton.includes('`')) skeleton = skeleton.replace(/`[^`]*`/g, '');
  if (skeleton.includes('](')) skeleton = skeleton.replace(/\[[^\]\n]{0,2000}\]\((?:<[^>\n]{0,2000}>|[^)\s]{0,2000})\)/g, '');
  const balanced = !/[[\]]/.test(skeleton) && countOf(skeleton, '`') % 2 === 0 && countOf(skeleton, '*') % 2 === 0;
  return balanced ? md : undefined;
}

/** How many times a character occurs in a text (as `text.match(/c/g)?.length ?? 0`, without the array). */
function countOf(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

export interface HtmlParseOptions {
  /**
   * Also give each block its inline Markdown (`Block.markdown`: links, emphasis, code spans). Only the
   * Markdown output reads it, and making it cost 5–9% of a page's whole clean: a run for text or JSON
   * skips it. Default true.
   */
  readonly markdown?: boolean;
}

/** The blocks of a parsed tree, and which blocks each element holds. */
export function blocksOf(root: DomDocument, options: HtmlParseOptions = {}): Pick<Document, 'blocks' | 'elementBlocks' | 'wholePage' | 'linkedData'> {
  const withMarkdown = options.markdown ?? true;
  const blocks: Block[] = [];
  const elementBlocks = new Map<Element, readonly [number, number]>();
  // Inline elements closed inside the open block, with their raw text length.
  let pendingInline: Array<readonly [Element, number]> = [];
  let pendingChars = 0;
  const blockStack: Element[] = [];
  // The open block's raw text, and how many pieces it has (a piece may be empty). Appended to, not collected in
  // an array and joined: most blocks are one text node, whose string then is the block's raw text as it is.
  let raw = '';
  let pieces = 0;
  // The open block's Markdown, once it differs from `raw` (an escape, a mark, an image's space): most blocks'
  // Markdown is their raw text, and a second copy of the same text cost a compare per block.
  let rawMd: string | undefined;
  const pushMd = withMarkdown ? (md: string): void => void (rawMd = (rawMd ?? raw) + md) : (): void => {};
  let mdCodeDepth = 0; // inside an inline code span: text is not escaped
  let linkChars = 0;
  let linkDepth = 0;
  let quoteDepth = 0;
  let preDepth = 0;
  let wholePage = false;
  const linkedData: string[] = [];
  // For Markdown: ordered-list numbers, list depth, table ids and rows.
  const itemNumber = new Map<Element, number>();
  const listCounter = new Map<Element, number>();
  const tableId = new Map<Element, number>();
  const tableRows = new Map<Element, number>();
  const rowOf = new Map<Element, number>();

  const nearest = (names: readonly string[]): Element | undefined => {
    for (let k = blockStack.length - 1; k >= 0; k--) if (names.includes(blockStack[k]!.name)) return blockStack[k];
    return undefined;
  };
  const structure = (kind: BlockKind): Pick<Block, 'list' | 'table'> => {
    if (kind === 'list-item') {
      const li = nearest(['li', 'dt', 'dd']);
      let lists = 0;
      for (const e of blockStack) if (e.name === 'ul' || e.name === 'ol') lists++;
      const depth = Math.max(0, lists - 1);
      const number = li ? itemNumber.get(li) : undefined;
      return { list: { depth, ...(number !== undefined ? { number } : {}) } };
    }
    if (kind === 'table-cell') {
      const tr = nearest(['tr']);
      const table = nearest(['table']);
      if (tr && table) return { table: { id: tableId.get(table) ?? 0, row: rowOf.get(tr) ?? 0 } };
    }
    return {};
  };

  const flush = (): void => {
    if (pieces === 0) return;
    if (pendingChars === 0) {
      // Only white space since the last block (the indentation between block tags, mostly): its text would
      // collapse to nothing, so there is no block.
      raw = '';
      pieces = 0;
      rawMd = undefined;
      pendingInline = [];
      linkChars = 0;
      return;
    }
    const blockRaw = raw;
    const blockMd = rawMd ?? raw;
    const rawChars = pendingChars;
    const inline = pendingInline;
    raw = '';
    pieces = 0;
    rawMd = undefined;
    pendingInline = [];
    pendingChars = 0;
    // trimEnd, not /\s+$/: that pattern is quadratic on a long run of spaces inside the text.
    const text = preDepth > 0 ? blockRaw.replace(/^\n+/, '').trimEnd() : collapseSpace(blockRaw);
    const links = Math.min(linkChars, text.length);
    linkChars = 0;
    if (!text) return;
    const { kind, level } = kindOf(blockStack, quoteDepth, preDepth);
    const element = blockStack[blockStack.length - 1];
    const index = blocks.length;
    // Markdown the same as the text, with no Markdown syntax in it, means nothing was escaped or marked
    // up: tidyMarkdown would only collapse the space, giving `text` back, and no `markdown` is kept.
    const markdown = !withMarkdown || preDepth > 0 || (blockMd === blockRaw && !MD_SYNTAX.test(blockRaw)) ? undefined : tidyMarkdown(blockMd);
    const { list, table } = structure(kind);
    blocks.push(makeBlock({ index, kind, text, linkChars: links, level: level || undefined, element, markdown: markdown !== text ? markdown : undefined, list, table }));
    for (const [el, chars] of inline) {
      if (chars >= rawChars * INLINE_SHARE_OF_BLOCK) elementBlocks.set(el, [index, index + 1]);
    }
  };

  const addText = (data: string): void => {
    if (withMarkdown) {
      if (preDepth > 0 || mdCodeDepth > 0 || !HAS_MD_SPECIAL.test(data)) {
        if (rawMd !== undefined) rawMd += data;
      } else pushMd(data.replace(MD_SPECIAL, '\\$&'));
    }
    raw += data;
    pieces++;
    pendingChars += trimmedLength(data);
    if (linkDepth > 0) linkChars += collapsedLength(data);
  };

  const frames = new Frames();
  const children = (root.children ?? []) as AnyNode[];
  let siblings: AnyNode[] = children;
  let i = 0;
  // Iterative depth-first walk: a 100,000-deep page must not overflow the stack.
  for (;;) {
    if (i >= siblings.length) {
      if (frames.depth === 0) break;
      const f = --frames.depth;
      const el = frames.node[f]!;
      const mdClose = frames.mdClose[f];
      const start = frames.start[f]!;
      const block = frames.block[f]!;
      if (mdClose) pushMd(mdClose);
      if (mdClose === '`') mdCodeDepth--;
      if (block) {
        flush();
        blockStack.pop();
      }
      if (el.name === 'a') linkDepth--;
      else if (el.name === 'blockquote') quoteDepth--;
      else if (el.name === 'pre') preDepth--;
      if (blocks.length > start) elementBlocks.set(el, [start, blocks.length]);
      else if (!block && pendingChars > frames.startChars[f]! && recordInline(el)) pendingInline.push([el, pendingChars - frames.startChars[f]!]);
      siblings = f > 0 ? (frames.node[f - 1]!.children as AnyNode[]) : children;
      i = frames.next[f]!;
      continue;
    }
    const node = siblings[i++]!;
    if (node.type === 'text') {
      addText((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type === 'script') {
      const json = linkedDataText(node as Element);
      if (json !== undefined) linkedData.push(json);
      continue;
    }
    if (node.type !== 'tag') continue; // comments, directives, CDATA; style has its own type
    const el = node as Element;
    const name = el.name;
    if (name === 'html' || name === 'body') wholePage = true;
    if (SKIPPED_TAGS.has(name) || isHidden(el)) {
      // A skipped block-level element still ends the text before it: "a<ul hidden>…</ul>b" is two blocks, not "ab".
      if (BLOCK_TAGS.has(name)) flush();
      continue;
    }
    if (name === 'br') {
      raw += '\n';
      pieces++;
      if (rawMd !== undefined) rawMd += '\n';
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) {
      flush();
      if (name === 'table') tableId.set(el, tableId.size);
      else if (name === 'tr') {
        const table = nearest(['table']);
        if (table) {
          rowOf.set(el, tableRows.get(table) ?? 0);
          tableRows.set(table, (tableRows.get(table) ?? 0) + 1);
        }
      } else if (name === 'li' && (el.parent as Element | null)?.name === 'ol') {
        const ol = el.parent as Element;
        const start = Number.parseInt(attribute(ol, 'start') ?? '1', 10);
        const n = listCounter.get(ol) ?? (Number.isFinite(start) ? start : 1);
        itemNumber.set(el, n);
        listCounter.set(ol, n + 1);
      }
      blockStack.push(el);
    }
    const md = !withMarkdown || preDepth > 0 ? undefined : inlineMarkdown(el);
    if (md) pushMd(md[0]);
    if (md?.[0] === '`') mdCodeDepth++;
    if (name === 'a') linkDepth++;
    else if (name === 'blockquote') quoteDepth++;
    else if (name === 'pre') preDepth++;
    else if (name === 'img' || name === 'hr' || name === 'wbr') {
      // Void elements: nothing inside, but an image between words is a word break.
      if (block) {
        blockStack.pop();
      } else if (name === 'img') {
        // Markdown has no space for an image: from here the block's Markdown differs from its text.
        if (withMarkdown) rawMd ??= raw;
        raw += ' ';
        pieces++;
      }
      continue;
    }
    frames.push(el, i, blocks.length, block, pendingChars, md?.[1]);
    siblings = el.children as AnyNode[];
    i = 0;
  }
  flush();
  return { blocks, elementBlocks, wholePage, ...(linkedData.length ? { linkedData } : {}) };
}

/** A JSON-LD script's text, when it may hold an article body (see linked-data.ts); else undefined. */
function linkedDataText(script: Element): string | undefined {
  if (!isLinkedDataType(attribute(script, 'type'))) return undefined;
  const text = textContent(script);
  return mayHoldArticleBody(text) ? text : undefined;
}

/** `html`: one string, or its pieces in order (see parseDom). */
export function parseHtml(html: string | readonly string[], options: HtmlParseOptions = {}): Document {
  const root = parseDom(html);
  const { blocks, elementBlocks, wholePage, linkedData } = blocksOf(root, options);
  // The element list is built on the first query only: the rule engine matches selectors through
  // `elementBlocks`, so a page pays for this walk only when a library user calls `select`.
  let elements: Element[] | undefined;
  const select = (selector: string): Element[] => {
    const test = compiledSelector(selector);
    return (elements ??= elementsOf(root)).filter((el) => test(el));
  };
  const title = titleOf(root, blocks);
  return { format: 'html', blocks, elementBlocks, wholePage, select, ...(title ? { title } : {}), ...(linkedData ? { linkedData } : {}) };
}

/**
 * Every element in document order, walked with an explicit stack. Selectors run over this list
 * rather than through `$(selector)`: domutils' search shifts and unshifts an array as deep as
 * the tree at every node, which is quadratic on a 100,000-deep page.
 */
export function elementsOf(root: DomDocument): Element[] {
  const out: Element[] = [];
  const pending: AnyNode[] = [...(root.children as AnyNode[])].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    out.push(el);
    for (let k = el.children.length - 1; k >= 0; k--) pending.push(el.children[k] as AnyNode);
  }
  return out;
}

type ElementTest = (el: Element) => boolean;
/** Compiled once per selector: rule selectors are few and run on every page. */
const compiled = new Map<string, ElementTest>();

function compiledSelector(selector: string): ElementTest {
  let test = compiled.get(selector);
  if (!test) {
    test = compile<AnyNode, Element>(selector) as ElementTest;
    compiled.set(selector, test);
  }
  return test;
}

const SITE_NAME_SEPARATOR = /\s[|\-–—•·:»]\s/;

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/**
 * In one walk that stops once both are found, the first `<meta property="og:title">` or
 * `<meta name="twitter:title">` and the first `<title>`, in document order (anywhere, as the
 * selectors `meta[property="og:title"], meta[name="twitter:title"]` and `title` would find them).
 */
function titleElements(root: DomDocument): { meta?: Element; title?: Element } {
  let meta: Element | undefined;
  let title: Element | undefined;
  const stack: Array<{ nodes: AnyNode[]; at: number }> = [{ nodes: root.children as AnyNode[], at: 0 }];
  while (stack.length && !(meta && title)) {
    const top = stack[stack.length - 1]!;
    if (top.at >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const node = top.nodes[top.at++]!;
    if (!isElement(node)) continue;
    if (node.name === 'meta') meta ??= attribute(node, 'property') === 'og:title' || attribute(node, 'name') === 'twitter:title' ? node : undefined;
    else if (node.name === 'title') title ??= node;
    if (node.children.length) stack.push({ nodes: node.children as AnyNode[], at: 0 });
  }
  return { ...(meta ? { meta } : {}), ...(title ? { title } : {}) };
}

/** A node's text as cheerio's `.text()` gives it: every text node inside, comments left out. */
function textContent(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type === 'comment' || !('children' in node)) return '';
  let text = '';
  for (const child of node.children as AnyNode[]) text += textContent(child);
  return text;
}

/** The article's title: `og:title`, else the first `<h1>`, else `<title>` without the site name. */
export function titleOf(root: DomDocument, blocks: readonly Block[]): string | undefined {
  const found = titleElements(root);
  const og = found.meta && Object.prototype.hasOwnProperty.call(found.meta.attribs, 'content') ? found.meta.attribs.content : undefined;
  if (og && collapseSpace(og)) return collapseSpace(og);
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  if (h1) return h1.text;
  const title = collapseSpace(found.title ? textContent(found.title) : '');
  if (!title) return undefined;
  // "Story headline | Site Name": the longest part is the headline.
  const parts = title.split(SITE_NAME_SEPARATOR);
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}
