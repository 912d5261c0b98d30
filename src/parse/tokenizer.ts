/**
 * htmlparser2's tokenizer with skipping: the same tokens, read faster. htmlparser2 reads its input a
 * character at a time through one `switch` on its state, and most characters of a page are ones its
 * state ignores: text waiting for `<` or `&`, a quoted attribute value waiting for its quote or `&`,
 * a script, style or comment waiting for the first character of its end. This subclass moves `index`
 * straight to the last such character with a native search (`indexOf`), and leaves every character
 * that does something to htmlparser2's own methods. So it emits the same callbacks at the same
 * offsets, whole or in pieces (tests/parse/tokenizer.test.ts checks the trees against htmlparser2's).
 * (Skipping through tag and attribute names too measured nothing: they are a few characters each.)
 */
import type { Tokenizer as BaseTokenizer } from 'htmlparser2';

/** The fields and methods of htmlparser2 10's tokenizer this reads or overrides (private in its types). */
interface TokenizerInternals {
  buffer: string;
  /** The character being read, counted from the first piece's start. */
  index: number;
  /** Where `buffer`, the piece being read, starts in the whole input. */
  offset: number;
  readonly decodeEntities: boolean;
  write(chunk: string): void;
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
}

type TokenizerClass = new (options: { xmlMode?: boolean; decodeEntities?: boolean }, callbacks: unknown) => TokenizerInternals;

const OVERRIDDEN = ['write', 'fastForwardTo', 'stateText', 'handleInAttributeValue'] as const;

const LT = 0x3c;
const AMP = 0x26;

/**
 * A subclass of htmlparser2's `Tokenizer` that skips, for `new Parser(handler, { Tokenizer })`; htmlparser2's
 * own class when its internals are not those of version 10, which this reads.
 */
export function skippingTokenizer(base: typeof BaseTokenizer): typeof BaseTokenizer {
  const Base = base as unknown as TokenizerClass;
  if (!OVERRIDDEN.every((name) => typeof (Base.prototype as unknown as Record<string, unknown>)[name] === 'function')) return base;

  class SkippingTokenizer extends Base {
    /** Whether this instance has the fields it reads; otherwise it only defers to htmlparser2. */
    private readonly skips: boolean;
    /**
     * Where the next `&` in `buffer` is at or after the last search (`buffer.length` if none). Text and
     * attribute values both look for it, and the index only moves on, so each piece is searched once,
     * not once a text: a page without `&` would otherwise be searched to its end at every text.
     */
    private nextAmpersand = -1;

    constructor(options: { xmlMode?: boolean; decodeEntities?: boolean }, callbacks: unknown) {
      super(options, callbacks);
      this.skips = typeof this.buffer === 'string' && typeof this.index === 'number' && typeof this.offset === 'number';
    }

    override write(chunk: string): void {
      this.nextAmpersand = -1;
      super.write(chunk);
    }

    /** As htmlparser2's, with a native search: to `c`, or to the piece's last character when it has none. */
    override fastForwardTo(c: number): boolean {
      if (!this.skips) return super.fastForwardTo(c);
      const at = this.indexOrEnd(c, this.index + 1 - this.offset);
      const found = at < this.buffer.length;
      this.index = (found ? at : this.buffer.length - 1) + this.offset;
      return found;
    }

    /** Text: on to the next `<` or `&` (htmlparser2 does so itself only when it decodes no entities). */
    override stateText(c: number): void {
      if (c === LT || c === AMP || !this.decodeEntities || !this.skips) return super.stateText(c);
      const from = this.index + 1 - this.offset;
      this.skipBefore(Math.min(this.indexOrEnd(LT, from), this.ampersandFrom(from)));
    }

    /** A quoted attribute value: on to its closing quote or the next `&`. */
    override handleInAttributeValue(c: number, quote: number): void {
      if (c === quote || c === AMP || !this.decodeEntities || !this.skips) return super.handleInAttributeValue(c, quote);
      const from = this.index + 1 - this.offset;
      this.skipBefore(Math.min(this.indexOrEnd(quote, from), this.ampersandFrom(from)));
    }

    /** Leaves `index` on the character before `at` (a position in `buffer`): the parse loop steps onto `at`. */
    private skipBefore(at: number): void {
      this.index = at - 1 + this.offset;
    }

    private indexOrEnd(c: number, from: number): number {
      const at = this.buffer.indexOf(String.fromCharCode(c), from);
      return at < 0 ? this.buffer.length : at;
    }

    private ampersandFrom(from: number): number {
      if (this.nextAmpersand < from) this.nextAmpersand = this.indexOrEnd(AMP, from);
      return this.nextAmpersand;
    }
  }
  return SkippingTokenizer as unknown as typeof BaseTokenizer;
}
