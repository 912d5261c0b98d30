/**
 * HTML to a DOM: the tree that htmlparser2's `Parser` and domhandler's `DomHandler` build together (what
 * `cheerio/slim` runs), built by one object straight from htmlparser2's tokenizer. Those two hand each
 * event on through optional callbacks, keep the open elements twice (htmlparser2's newest first, with an
 * `unshift` a tag, quadratic on deep pages), cut out and lower-case every name into new strings, and track
 * offsets that domhandler reads only when asked to. This follows their rules event for event (which tags
 * close which, void and foreign elements, text joined across entities and pieces) and drops the rest.
 * Against that pair over the benchmark pages: 0.86x the tree's time, 0.93-0.94x a page's whole clean
 * (docs/speed.md, "One tree builder"). tests/parse/dom.test.ts checks its trees against theirs, whole and in pieces.
 */
import type { ChildNode, Document as DomDocument, Element, ParentNode, Text } from 'domhandler';
import { domhandler, htmlparser2 } from '../lazy.js';
import { nameIn } from './names.js';
import { skippingTokenizer } from './tokenizer.js';

const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const DD_DT_TAGS = new Set(['dd', 'dt']);
const RT_RP_TAGS = new Set(['rt', 'rp']);

/** htmlparser2's table: an opening tag of the key closes open elements of these names on top of the stack. */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name): [string, ReadonlySet<string>] => [name, FORM_TAGS]),
  ...['dd', 'dt'].map((name): [string, ReadonlySet<string>] => [name, DD_DT_TAGS]),
  ...['rt', 'rp'].map((name): [string, ReadonlySet<string>] => [name, RT_RP_TAGS]),
  ...['tbody', 'tfoot'].map((name): [string, ReadonlySet<string>] => [name, TABLE_SECTION_TAGS]),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
  ].map((name): [string, ReadonlySet<string>] => [name, P_TAG]),
]);

const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content is foreign (`<x/>` closes), and those inside it whose content is HTML again. */
const FOREIGN_ELEMENTS = new Set(['math', 'svg']);
const HTML_INTEGRATION_ELEMENTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Where an instruction's name (`!DOCTYPE`, `?xml`) ends. */
const NAME_END = /\s|\//;

/**
 * Past this depth the open elements of each name are counted (see openAt), until the stack is back under
 * SHALLOW: a short stack is searched whole at each closing tag, which costs less than counting.
 */
const DEEP = 64;
const SHALLOW = 32;

type Classes = ReturnType<typeof domhandler>;

/**
 * The tokenizer's callbacks, building the tree as they come. `names` are htmlparser2's open elements (void
 * ones never enter), `parents` domhandler's (the elements a node is added to): the two differ while a tag's
 * attributes are read, and at an input's end.
 */
class TreeBuilder {
  readonly root: DomDocument;
  private readonly classes: Classes;
  /** The pieces still to be sliced from; `bufferOffset` is where the first of them starts in the input. */
  private readonly buffers: string[] = [];
  private first = 0;
  private bufferOffset = 0;
  private readonly names: string[] = [];
  /** While the stack is deep: how many of its elements have each name (see openAt). */
  private openCounts: Map<string, number> | undefined;
  /** Whether the content of the innermost foreign or integration element is foreign: false at the top. */
  private readonly foreign: boolean[] = [false];
  private readonly parents: ParentNode[];
  /**
   * The children of the open parents so far, each parent's after its own parent's (the first `childCount`),
   * and where each parent's start. A parent is given its children as one array of their number when it
   * closes: grown a push at a time, each array held room for 17 (V8 grows an empty array so), and most
   * elements have one to three children.
   */
  private readonly children: ChildNode[] = [];
  private childCount = 0;
  private readonly childrenFrom: number[] = [0];
  /** The tag being opened, and its attributes until the tag ends. */
  private tagname = '';
  private attribs: Record<string, string> | null = null;
  private attribname = '';
  private attribvalue = '';
  /** The text node just added, which the next piece of text (after an entity, or in the next piece) is joined to. */
  private lastText: Text | null = null;

  constructor(classes: Classes) {
    this.classes = classes;
    this.root = new classes.Document([]);
    this.parents = [this.root];
  }

  write(piece: string): void {
    this.buffers.push(piece);
  }

  /** The piece that holds the input's `start`, letting go of the pieces before it. */
  private pieceAt(start: number): string {
    while (start - this.bufferOffset >= this.buffers[this.first]!.length) {
      this.bufferOffset += this.buffers[this.first]!.length;
      this.buffers[this.first++] = '';
    }
    return this.buffers[this.first]!;
  }

  /** The input from `start` to `end`, across pieces (htmlparser2's `getSlice`). */
  private slice(start: number, end: number): string {
    let text = this.pieceAt(start).slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[this.first]!.length) {
      text += this.pieceAt(this.bufferOffset + this.buffers[this.first]!.length).slice(0, end - this.bufferOffset);
    }
    return text;
  }

  /** The tag or attribute name from `start` to `end`, lower-cased (./names.ts). */
  private name(start: number, end: number): string {
    const piece = this.pieceAt(start);
    if (end - this.bufferOffset <= piece.length) return nameIn(piece, start - this.bufferOffset, end - this.bufferOffset);
    const text = this.slice(start, end);
    return nameIn(text, 0, text.length);
  }

  private addNode(node: ChildNode): void {
    const top = this.parents.length - 1;
    if (this.childCount > this.childrenFrom[top]!) {
      const previous = this.children[this.childCount - 1]!;
      node.prev = previous;
      previous.next = node;
    }
    this.children[this.childCount++] = node;
    node.parent = this.parents[top]!;
    this.lastText = null;
  }

  private addText(data: string): void {
    if (this.lastText) {
      this.lastText.data += data;
      return;
    }
    const node = new this.classes.Text(data);
    this.addNode(node);
    this.lastText = node;
  }

  /** A comment is a node of its own: domhandler joins comments only within one, which the tokenizer reports whole. */
  private addComment(data: string): void {
    this.addNode(new this.classes.Comment(data));
  }

  private openElement(name: string, attribs: Record<string, string>): void {
    const element: Element = new this.classes.Element(name, attribs);
    this.addNode(element);
    this.parents.push(element);
    this.childrenFrom.push(this.childCount);
  }

  /** Gives the innermost open parent its children, and lets go of it. */
  private closeParent(): void {
    const parent = this.parents.pop()!;
    const from = this.childrenFrom.pop()!;
    if (this.childCount > from) {
      parent.children = this.children.slice(from, this.childCount);
      this.childCount = from;
    }
  }

  /** Closes every parent still open, the document last: an input's end. */
  finish(): DomDocument {
    while (this.parents.length > 0) this.closeParent();
    return this.root;
  }

  private closeElement(): void {
    this.lastText = null;
    // The document itself stays: only an input's end closes more than was opened.
    if (this.parents.length > 1) this.closeParent();
  }

  private emitOpenTag(name: string): void {
    this.tagname = name;
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      while (this.names.length > 0 && impliesClose.has(this.names[this.names.length - 1]!)) {
        this.popName();
        this.closeElement();
      }
    }
    if (!VOID_ELEMENTS.has(name)) {
      this.pushName(name);
      if (FOREIGN_ELEMENTS.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.push(false);
    }
    this.attribs = {};
  }

  private endOpenTag(): void {
    if (this.attribs) {
      this.openElement(this.tagname, this.attribs);
      this.attribs = null;
    }
    if (VOID_ELEMENTS.has(this.tagname)) this.closeElement();
    this.tagname = '';
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    // A self-closing tag is on top of the stack.
    if (this.names[this.names.length - 1] === name) {
      this.closeElement();
      this.popName();
    }
  }

  private pushName(name: string): void {
    this.names.push(name);
    if (this.openCounts) this.openCounts.set(name, (this.openCounts.get(name) ?? 0) + 1);
    else if (this.names.length > DEEP) {
      this.openCounts = new Map();
      for (const open of this.names) this.openCounts.set(open, (this.openCounts.get(open) ?? 0) + 1);
    }
  }

  private popName(): void {
    const name = this.names.pop()!;
    if (!this.openCounts) return;
    this.openCounts.set(name, this.openCounts.get(name)! - 1);
    if (this.names.length < SHALLOW) this.openCounts = undefined;
  }

  /**
   * Where the innermost open element of that name is among `names`, or -1. htmlparser2 searches the whole
   * stack for each closing tag, so stray ones under deep nesting (`</span>`, or `</p>`, which opens and
   * closes a paragraph of its own) cost the depth each: quadratic. A deep stack's names are counted, and a
   * name none of its elements has is not searched for; one that is found is popped with all above it.
   */
  private openAt(name: string): number {
    if (this.openCounts && !this.openCounts.get(name)) return -1;
    return this.names.lastIndexOf(name);
  }

  // The tokenizer's callbacks (htmlparser2 10's `Callbacks`).

  ontext(start: number, end: number): void {
    // An input that stops inside a closing tag, after its name (`…</a x`), ends with text from -1, which
    // would be whatever the buffers hold there: a browser drops the unfinished tag, and so does this.
    if (start < 0) return;
    this.addText(this.slice(start, end));
  }

  ontextentity(codePoint: number): void {
    this.addText(String.fromCodePoint(codePoint));
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.name(start, end));
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1]) this.closeCurrentTag();
    else this.endOpenTag();
  }

  onclosetag(start: number, end: number): void {
    const name = this.name(start, end);
    if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.pop();
    if (!VOID_ELEMENTS.has(name)) {
      const at = this.openAt(name);
      if (at >= 0) {
        while (this.names.length > at) {
          this.popName();
          this.closeElement();
        }
      } else if (name === 'p') {
        // `</p>` with no `<p>` open: an empty paragraph, as a browser makes.
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // `</br>`: a `<br>`.
      this.openElement('br', {});
      this.closeElement();
    }
  }

  onattribname(start: number, end: number): void {
    this.attribname = this.name(start, end);
  }

  onattribdata(start: number, end: number): void {
    this.attribvalue += this.slice(start, end);
  }

  onattribentity(codePoint: number): void {
    this.attribvalue += String.fromCodePoint(codePoint);
  }

  onattribend(): void {
    // The first of an attribute given twice counts, as in a browser.
    if (this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, this.attribname)) this.attribs[this.attribname] = this.attribvalue;
    this.attribvalue = '';
  }

  ondeclaration(start: number, end: number): void {
    this.addInstruction('!', this.slice(start, end));
  }

  onprocessinginstruction(start: number, end: number): void {
    this.addInstruction('?', this.slice(start, end));
  }

  private addInstruction(mark: string, value: string): void {
    const at = value.search(NAME_END);
    const name = (at < 0 ? value : value.slice(0, at)).toLowerCase();
    this.addNode(new this.classes.ProcessingInstruction(mark + name, mark + value));
  }

  oncomment(start: number, end: number, endOffset: number): void {
    this.addComment(this.slice(start, end - endOffset));
  }

  oncdata(start: number, end: number, endOffset: number): void {
    // HTML reads CDATA as a comment.
    this.addComment(`[CDATA[${this.slice(start, end - endOffset)}]]`);
  }

  onend(): void {
    // Elements still open stay in the tree as they are: `finish` gives them their children.
  }
}

let tokenizer: ReturnType<typeof skippingTokenizer> | undefined;
/** The skipping tokenizer (./tokenizer.ts), made once htmlparser2 is loaded. */
const tokenizerClass = (): ReturnType<typeof skippingTokenizer> => (tokenizer ??= skippingTokenizer(htmlparser2().Tokenizer));

/**
 * Parses a whole HTML document or fragment as cheerio's htmlparser2 entry does: given as one string, or as
 * pieces in order (see `decodeInPieces`), which are read as a stream into the same tree.
 */
export function parseDom(html: string | readonly string[]): DomDocument {
  const builder = new TreeBuilder(domhandler());
  const reader = new (tokenizerClass())({}, builder);
  for (const piece of typeof html === 'string' ? [html] : html) {
    builder.write(piece);
    reader.write(piece);
  }
  reader.end();
  return builder.finish();
}
