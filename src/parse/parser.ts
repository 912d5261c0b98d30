/**
 * htmlparser2's `Parser` with its tag and attribute names as shared strings: the same tree, built faster.
 * htmlparser2 cuts each name out of the page and lower-cases it, a new string at every tag and attribute.
 * An attribute's name is then the key it stores the value under, and V8 looks a new string up in its
 * table of property names on every such store; an element's name is looked up in the parser's tables of
 * tags. This subclass hands both on as one lower-cased string a name, already a property name (interned),
 * kept from page to page. It reads htmlparser2 10's internals (tests/parse/parser.test.ts checks its trees
 * against htmlparser2's own), and is htmlparser2's own class when those are not there.
 */
import type { Parser as BaseParser } from 'htmlparser2';

/** The fields and methods of htmlparser2 10's parser this reads or overrides (private in its types). */
interface ParserInternals {
  startIndex: number;
  endIndex: number;
  attribname: string;
  readonly lowerCaseTagNames: boolean;
  readonly lowerCaseAttributeNames: boolean;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  onopentagname(start: number, end: number): void;
  onattribname(start: number, end: number): void;
}

type ParserClass = new (cbs: unknown, options?: unknown) => ParserInternals;

const USED = ['getSlice', 'emitOpenTag', 'onopentagname', 'onattribname'] as const;

/** Names kept at most: pages of made-up names (`data-v-3f2a…`) must not grow the table without end. */
export const NAMES_KEPT = 4096;

/** Each name as cut from a page (interned, so that no page's text is kept alive by it) → its lower-case form, interned. */
const lowerNames = new Map<string, string>();

/**
 * The string V8 keeps in its table of property names for `name`: a store under it finds it there at once.
 * A key of an object without a prototype, so that `__proto__` is a name like any other.
 */
function interned(name: string): string {
  const holder = Object.create(null) as Record<string, number>;
  holder[name] = 0;
  return Object.keys(holder)[0]!;
}

/** `raw` lower-cased, as one string for all its uses. */
export function lowerName(raw: string): string {
  const known = lowerNames.get(raw);
  if (known !== undefined) return known;
  // A full table starts again: a long batch moves from site to site, and the names of the pages at hand come back at once.
  if (lowerNames.size >= NAMES_KEPT) lowerNames.clear();
  const lower = interned(raw.toLowerCase());
  lowerNames.set(raw === lower ? lower : interned(raw), lower);
  return lower;
}

/** How many names are kept now (for tests: never more than NAMES_KEPT). */
export function namesKept(): number {
  return lowerNames.size;
}

/** A subclass of htmlparser2's `Parser` whose tag and attribute names are shared strings; its own class when its internals are not version 10's. */
export function namingParser(base: typeof BaseParser): typeof BaseParser {
  const Base = base as unknown as ParserClass;
  if (!USED.every((name) => typeof (Base.prototype as unknown as Record<string, unknown>)[name] === 'function')) return base;

  // As htmlparser2's own methods, with the name looked up rather than lower-cased anew.
  class NamingParser extends Base {
    override onopentagname(start: number, end: number): void {
      if (!this.lowerCaseTagNames) return super.onopentagname(start, end);
      this.endIndex = end;
      this.emitOpenTag(lowerName(this.getSlice(start, end)));
    }

    override onattribname(start: number, end: number): void {
      if (!this.lowerCaseAttributeNames) return super.onattribname(start, end);
      this.startIndex = start;
      this.attribname = lowerName(this.getSlice(start, end));
    }
  }
  return NamingParser as unknown as typeof BaseParser;
}
