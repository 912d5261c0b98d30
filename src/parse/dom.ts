/**
 * HTML to a DOM, with htmlparser2 and domhandler (what `cheerio/slim` runs),
 * in linear time however deep the nesting. htmlparser2 keeps its open
 * elements as an array with the newest first and `unshift`s onto it, so each
 * open tag costs as much as the depth: a 100,000-deep page is quadratic. Past
 * a depth of DEEP the parser is given a stack with the same interface whose
 * top is the array's end, so pushes and pops are O(1).
 */
import type { Document as DomDocument } from 'domhandler';
import { domhandler, htmlparser2 } from '../lazy.js';
import { namingParser } from './parser.js';
import { skippingTokenizer } from './tokenizer.js';

/** Whether a property name is an array index (`/^\d+$/` without a regex: the parser reads `[0]` at every tag). */
function isIndex(prop: string): boolean {
  if (prop.length === 0) return false;
  for (let k = 0; k < prop.length; k++) {
    const c = prop.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * An array-like stack, newest first, as htmlparser2 uses it: `[0]` and `[i]`
 * read from the top, `unshift`/`shift` push and pop, `indexOf` counts from the
 * top, `length = 0` clears. Stored oldest first, so all of those are O(1)
 * (`indexOf` is as cheap as the distance from the top).
 */
function topFirstStack<T>(initial: readonly T[]): T[] {
  const items = [...initial].reverse();
  const methods = {
    unshift: (...values: T[]): number => {
      for (let k = values.length - 1; k >= 0; k--) items.push(values[k]!);
      return items.length;
    },
    shift: (): T | undefined => items.pop(),
    indexOf: (value: T): number => {
      for (let k = items.length - 1; k >= 0; k--) if (items[k] === value) return items.length - 1 - k;
      return -1;
    },
  };
  return new Proxy([] as T[], {
    get(_target, prop) {
      if (prop === 'length') return items.length;
      if (typeof prop === 'string' && prop in methods) return methods[prop as keyof typeof methods];
      if (typeof prop === 'string' && isIndex(prop)) return items[items.length - 1 - Number(prop)];
      return undefined;
    },
    set(_target, prop, value) {
      // Only `length = n` is written: keep the n newest entries.
      if (prop !== 'length') return false;
      items.splice(0, Math.max(0, items.length - Number(value)));
      return true;
    },
  });
}

/**
 * Depth past which the parser's stacks become top-first stacks. Below it htmlparser2's own arrays
 * are faster (a proxy's traps cost more than shifting a short array); past it they would go quadratic.
 */
const DEEP = 256;

/**
 * Parses a whole HTML document or fragment as cheerio's htmlparser2 entry does: given as one string, or as
 * pieces in order (see `decodeInPieces`), which htmlparser2 reads as a stream and builds the same tree from.
 */
export function parseDom(html: string | readonly string[]): DomDocument {
  const handler = new (domhandler().DomHandler)();
  const parser = new (parserClass())(handler, { Tokenizer: tokenizerClass() });
  // Internal fields of htmlparser2 10: swapped only while they are what this code expects.
  const internals = parser as unknown as { stack: unknown; foreignContext: unknown };
  // The stacks until they are swapped, or the parse is done (see "Page closures" below).
  let unswapped: ParserStacks | undefined;
  if (Array.isArray(internals.stack) && Array.isArray(internals.foreignContext)) {
    unswapped = internals as ParserStacks;
    // The parser calls this right after pushing an element's name, and reads its stacks afresh after.
    (handler as { onopentagname?: () => void }).onopentagname = () => {
      if (!unswapped || unswapped.stack.length <= DEEP) return;
      unswapped.stack = topFirstStack(unswapped.stack);
      unswapped.foreignContext = topFirstStack(unswapped.foreignContext);
      unswapped = undefined;
    };
  }
  try {
    if (typeof html === 'string') parser.write(html);
    else for (const piece of html) parser.write(piece);
    endDroppingTextBeforeStart(parser);
  } finally {
    unswapped = undefined;
  }
  return handler.root;
}

let tokenizer: ReturnType<typeof skippingTokenizer> | undefined;
/** The skipping tokenizer (./tokenizer.ts), made once htmlparser2 is loaded. */
const tokenizerClass = (): ReturnType<typeof skippingTokenizer> => (tokenizer ??= skippingTokenizer(htmlparser2().Tokenizer));

let parserWithNames: ReturnType<typeof namingParser> | undefined;
/** The parser with shared names (./parser.ts), made once htmlparser2 is loaded. */
const parserClass = (): ReturnType<typeof namingParser> => (parserWithNames ??= namingParser(htmlparser2().Parser));

/** htmlparser2's open elements' names and whether each is foreign (SVG, MathML), newest first. */
interface ParserStacks {
  stack: string[];
  foreignContext: boolean[];
}

/*
 * Page closures: why the closures that parseDom hands the parser let go of it once the parse is done. While
 * parseDom runs unoptimised, a closure it stores on the parser's objects stays alive through the young
 * collections after the page (a closure it only calls does not: both measured), and through what it captured,
 * so did the parser and the page's whole tree: each young collection copied the last page and moved it to the
 * old generation, which only a full collection freed. parseDom runs once a page, so V8 optimises it late: in a
 * 4,000-file batch after 6.7 s, and never in a run over a few hundred pages. Measured with pretenuring off, as
 * batches run: 640 KB a page left in the old generation, against 14 KB with the captures cleared; in the batch,
 * young collections of 4-6 ms each until parseDom was optimised, 0.6-0.9 ms after (README.md, "Speed").
 */

/**
 * Ends the parse as `parser.end()` does, without the text event htmlparser2 (10 to 12) makes of an input
 * that stops inside a closing tag, after its name (`…</a x`): its tokenizer then reports text from index
 * -1, which the parser reads as whatever its buffers hold there (the input's last character, or another
 * piece's). A browser drops the unfinished tag, and so does this.
 */
function endDroppingTextBeforeStart(parser: InstanceType<ReturnType<typeof htmlparser2>['Parser']>): void {
  // An internal method of htmlparser2's, the tokenizer's callback: replaced only while it is one.
  const internals = parser as unknown as { ontext: unknown };
  const ontext = internals.ontext;
  if (typeof ontext !== 'function') {
    parser.end();
    return;
  }
  // The parser, until the parse is done (see "Page closures" above).
  let reading: typeof parser | undefined = parser;
  internals.ontext = (start: number, end: number): void => {
    if (start >= 0 && reading) ontext.call(reading, start, end);
  };
  try {
    parser.end();
  } finally {
    reading = undefined;
  }
}
