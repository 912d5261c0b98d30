/**
 * The one model both parsers end in: an ordered list of blocks. Rules judge
 * blocks (or, on HTML, the elements that hold them); renderers print the
 * blocks nobody removed.
 */
import type { Element } from 'domhandler';

export type InputFormat = 'html' | 'text';

export const BLOCK_KINDS = [
  'heading',
  'paragraph',
  'list-item',
  'quote',
  'code',
  'table-cell',
  'caption',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export interface Block {
  /** Position in the document's block list. */
  readonly index: number;
  readonly kind: BlockKind;
  /** Visible text, whitespace collapsed (line breaks kept for `<br>`, `<pre>` and poems). */
  readonly text: string;
  /** How many characters of `text` are link text (an `<a>`, a Markdown link, a bare URL). */
  readonly linkChars: number;
  /** Heading level 1–6, for headings. */
  readonly level?: number;
  /** For HTML: the element the block's text sits in (its nearest block-level ancestor). */
  readonly element?: Element;
  /** For text dumps: the line number (1-based) the block starts on. No rule reads it (see `sameForRules`). */
  readonly line?: number;
  /**
   * The block's text as inline Markdown — links with their targets, code
   * spans, emphasis — when that differs from `text`. For Markdown output only:
   * rules judge `text`.
   */
  readonly markdown?: string;
  /** List items: nesting depth (0 for a top-level list) and, in an ordered list, the item's number. */
  readonly list?: { readonly depth: number; readonly number?: number };
  /**
   * Table cells (HTML) or rows (text dumps, `wholeRow`, cells joined by " | "):
   * which table of the document (0-based) and which row of it.
   */
  readonly table?: { readonly id: number; readonly row: number; readonly wholeRow?: boolean };
}

/** What a parser gives for a new block: its index, kind, text and link characters, and the optional fields it has. */
export type BlockFields = Pick<Block, 'index' | 'kind' | 'text' | 'linkChars'> & Partial<Pick<Block, 'level' | 'element' | 'line' | 'markdown' | 'list' | 'table'>>;

/**
 * A block with every field present (undefined where it has none), in one order: blocks of one shape.
 * Rules read a few fields of every block in their hottest loops, and V8 compiles those reads for the
 * shapes it has seen: blocks built field by field, as each had them, came in many shapes, and each new
 * one threw the compiled rules back to the interpreter (a "wrong map" deoptimization) to be compiled again.
 */
export function makeBlock(fields: BlockFields): Block {
  return {
    index: fields.index,
    kind: fields.kind,
    text: fields.text,
    linkChars: fields.linkChars,
    level: fields.level,
    element: fields.element,
    line: fields.line,
    markdown: fields.markdown,
    list: fields.list,
    table: fields.table,
  };
}

export interface Document {
  readonly format: InputFormat;
  readonly blocks: readonly Block[];
  readonly title?: string;
  /** Whether the HTML was a whole page (with `<html>`/`<body>`) rather than a fragment. */
  readonly wholePage: boolean;
  /** Text only: the text of a page's blocks that rinse kept, read back as a dump (see clean.ts). */
  readonly ownPageText?: boolean;
  /**
   * HTML only: which blocks each element holds, as [first, end) indexes. An
   * inline element is listed with its block when its text is most of it.
   * Tag and attribute names are in lower case, as htmlparser2 gives them.
   */
  readonly elementBlocks?: ReadonlyMap<Element, readonly [number, number]>;
  /** HTML only: the texts of the page's JSON-LD scripts that may hold an `articleBody` (see parse/linked-data.ts). No rule reads them. */
  readonly linkedData?: readonly string[];
  /** HTML only: the elements matching a CSS selector, for selector rules. */
  readonly select?: (selector: string) => readonly Element[];
}

/**
 * Whether rules see two documents alike: the same blocks, field for field but for their line numbers (which no
 * rule reads: they say where a block stood in the text it was read from), and the same facts of the document.
 */
export function sameForRules(a: Document, b: Document): boolean {
  if (a.format !== b.format || a.title !== b.title || a.wholePage !== b.wholePage || a.ownPageText !== b.ownPageText) return false;
  if (a.elementBlocks !== b.elementBlocks || a.select !== b.select || a.blocks.length !== b.blocks.length) return false;
  for (let i = 0; i < a.blocks.length; i++) if (!sameBlockForRules(a.blocks[i]!, b.blocks[i]!)) return false;
  return true;
}

function sameBlockForRules(a: Block, b: Block): boolean {
  return (
    a.index === b.index &&
    a.kind === b.kind &&
    a.text === b.text &&
    a.linkChars === b.linkChars &&
    a.level === b.level &&
    a.element === b.element &&
    a.markdown === b.markdown &&
    a.list?.depth === b.list?.depth &&
    a.list?.number === b.list?.number &&
    (a.list === undefined) === (b.list === undefined) &&
    a.table?.id === b.table?.id &&
    a.table?.row === b.table?.row &&
    a.table?.wholeRow === b.table?.wholeRow &&
    (a.table === undefined) === (b.table === undefined)
  );
}
