/**
 * A backtracking matcher for the small regex subset rule phrase lists compile to
 * (literals, `\s`, `\d`, classes, `(?:…|…)`, `?`, `*`, `+`, `{m,n}`, lazy or not,
 * `^` and `$` at the ends), with JavaScript's semantics. V8 spends milliseconds
 * compiling each phrase regex on first use, and again when it tiers one up to
 * machine code: a one-file run paid most of its rule time in regex compilation.
 * This matcher parses an alternative only when a text starts as it does, and hands
 * over to a RegExp once used often enough to be worth compiling. Flags
 * other than `u` and `y`, or a source outside the subset, get a real RegExp (for an
 * alternative outside it, made when a text first reaches that alternative).
 */
import { compiledToMachineCode } from './first-use.js';
import { codeAt } from './chars.js';

/** What the rules use of a RegExp; a RegExp is one too. */
export interface SmallRegex {
  lastIndex: number;
  test(text: string): boolean;
  exec(text: string): { readonly 0: string; readonly index: number } | null;
}

/** Matches at `i`, then calls `next` with the end; the first end `next` accepts, or -1. */
type Matcher = (s: string, i: number, next: (end: number) => number) => number;

class Unsupported extends Error {}

/** A RegExp for `source` and `flags`, or an equivalent small matcher when the source is in the subset. */
export function smallRegex(source: string, flags = ''): SmallRegex {
  if (!/^u?y?$/.test(flags)) return new RegExp(source, flags);
  try {
    return new Compiled(source, flags.includes('u'), flags.includes('y'));
  } catch (error) {
    if (error instanceof Unsupported) return new RegExp(source, flags);
    throw error;
  }
}

/** JavaScript's `\s`: white space and line terminators. */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

const CLASS_ESCAPES: Record<string, (c: number) => boolean> = {
  s: isSpace,
  S: (c) => !isSpace(c),
  d: isDigit,
  D: (c) => !isDigit(c),
  w: isWordChar,
  W: (c) => !isWordChar(c),
};
const CHAR_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, 0: 0 };
/** Characters that stand for themselves after a backslash (in `u` mode, only these may be escaped; `-` only in a class). */
const SYNTAX_CHARS = '^$\\.*+?()[]{}|/';

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * Uses after which a pattern is V8's. A one-file run tests most phrase groups a few times, a batch thousands. This
 * matcher's closures are many, and V8 compiles them again and again on its helper threads while a batch warms up:
 * with 256 here, the 181 benchmark pages' whole-process run (`-j 1`) took 20.9 billion instructions (callgrind,
 * all threads, two runs each), with 32 19.5 (16: 19.3), while a one-file run took 0.6-0.9% more.
 */
const NATIVE_AFTER_USES = 32;

class Compiled implements SmallRegex {
  lastIndex = 0;
  private readonly match: Matcher;
  private readonly anchoredStart: boolean;
  private readonly anchoredEnd: boolean;
  /** Set after NATIVE_AFTER_USES, or when an alternative turns out to be outside the subset: then a RegExp does all the work. */
  private fallback: RegExp | undefined;
  private uses = 0;

  constructor(
    private readonly original: string,
    private readonly unicode: boolean,
    private readonly sticky: boolean,
  ) {
    let body = original;
    this.anchoredStart = body.startsWith('^');
    if (this.anchoredStart) body = body.slice(1);
    // A `$` after a backslash stays in the body, where the parser reads it or gives up.
    this.anchoredEnd = body.endsWith('$') && !body.endsWith('\\$');
    if (this.anchoredEnd) body = body.slice(0, -1);
    this.match = lazyAlternatives(body, unicode);
  }

  test(text: string): boolean {
    if (this.fallback) {
      // RegExp's own test: no match array to build (and without `y`, no lastIndex to keep in step).
      if (!this.sticky) return this.fallback.test(text);
      this.fallback.lastIndex = this.lastIndex;
      const found = this.fallback.test(text);
      this.lastIndex = this.fallback.lastIndex;
      return found;
    }
    return this.exec(text) !== null;
  }

  exec(text: string): { 0: string; index: number } | null {
    if (this.fallback) return this.viaFallback(text);
    // Used this often, it is worth V8's compilation: its machine code is faster than this matcher.
    if (++this.uses > NATIVE_AFTER_USES) return this.toNative(text);
    const accept = this.anchoredEnd ? (end: number) => (end === text.length ? end : -1) : (end: number) => end;
    let first = this.sticky ? this.lastIndex : 0;
    // As V8 does in `u` mode: a start inside a surrogate pair moves back to the pair.
    if (this.unicode && first > 0 && first < text.length && isSurrogatePair(text, first - 1)) first--;
    // `^` without the `m` flag holds at the start of the text only.
    if (this.anchoredStart && first > 0) first = text.length + 1;
    for (let start = first; start <= text.length; start = this.advance(text, start)) {
      let end: number;
      try {
        end = this.match(text, start, accept);
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
        return this.toNative(text);
      }
      if (end >= 0) {
        if (this.sticky) this.lastIndex = end;
        return { 0: text.slice(start, end), index: start };
      }
      if (this.sticky || this.anchoredStart) break;
    }
    if (this.sticky) this.lastIndex = 0;
    return null;
  }

  private toNative(text: string): RegExpExecArray | null {
    this.fallback = compiledToMachineCode(new RegExp(this.original, `${this.unicode ? 'u' : ''}${this.sticky ? 'y' : ''}`));
    return this.viaFallback(text);
  }

  private viaFallback(text: string): RegExpExecArray | null {
    this.fallback!.lastIndex = this.lastIndex;
    const m = this.fallback!.exec(text);
    this.lastIndex = this.fallback!.lastIndex;
    return m;
  }

  private advance(s: string, i: number): number {
    return i + (this.unicode && i + 1 < s.length && isSurrogatePair(s, i) ? 2 : 1);
  }
}

/** What can end an alternative or a class: the scan skips the literal text between them natively. */
const STRUCTURE = /[\\[\]()|]/g;

/** The top-level alternatives of `body` (inside one group spanning it all), or undefined when it does not balance. */
function alternativesOf(body: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  let firstClose = -1;
  let inClass = false;
  STRUCTURE.lastIndex = 0;
  for (let m = STRUCTURE.exec(body); m; m = STRUCTURE.exec(body)) {
    const i = m.index;
    const c = m[0];
    if (c === '\\') STRUCTURE.lastIndex = i + 2;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return undefined;
      if (depth === 0 && firstClose < 0) firstClose = i;
    } else if (c === '|' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0 || inClass) return undefined;
  parts.push(body.slice(from));
  // `(?:a|b|c)`, as phrase sets are written: its alternatives.
  if (parts.length === 1 && body.startsWith('(?:') && firstClose === body.length - 1) return alternativesOf(body.slice(3, -1));
  return parts;
}

/** The literal characters an alternative starts with (plain, or syntax characters escaped). */
const LITERAL_START = /^(?:[^\\^$.*+?()[\]{}|]|\\[$^\\.*+?()[\]{}|/])*/;

/** The text a match of `alternative` must start with: its leading literal, less a last character a quantifier makes optional. */
function literalStart(alternative: string): string {
  const raw = LITERAL_START.exec(alternative)![0];
  let prefix = raw.replace(/\\([^])/g, '$1');
  if ('?*+{'.includes(alternative[raw.length] ?? '') && prefix) {
    const last = prefix.charCodeAt(prefix.length - 1);
    prefix = prefix.slice(0, last >= 0xdc00 && last <= 0xdfff ? -2 : -1);
  }
  return prefix;
}

/**
 * The alternatives of `body`, each parsed the first time a text starts with its leading
 * literal: a phrase set has hundreds, and a text can match only the few that start as it does.
 */
function lazyAlternatives(body: string, unicode: boolean): Matcher {
  const sources = alternativesOf(body);
  if (!sources) throw new Unsupported();
  const alternatives = sources.map((source) => ({ source, start: literalStart(source), matcher: undefined as Matcher | undefined }));
  return (s, i, next) => {
    for (const alt of alternatives) {
      if (!s.startsWith(alt.start, i)) continue;
      alt.matcher ??= new Parser(alt.source, unicode).parse();
      const end = alt.matcher(s, i, next);
      if (end >= 0) return end;
    }
    return -1;
  };
}

/** Reads a source (no anchors) into a matcher, or throws Unsupported. */
class Parser {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Matcher {
    const matcher = this.parseAlternation();
    if (this.at !== this.source.length) throw new Unsupported();
    return matcher;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private parseAlternation(): Matcher {
    const options: Matcher[] = [this.parseSequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.parseSequence());
    }
    if (options.length === 1) return options[0]!;
    return (s, i, next) => {
      for (const option of options) {
        const end = option(s, i, next);
        if (end >= 0) return end;
      }
      return -1;
    };
  }

  private parseSequence(): Matcher {
    const items: Matcher[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal) items.push(literalMatcher(literal));
      literal = '';
    };
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') break;
      const atom = this.parseAtom();
      const quantified = this.parseQuantifier(atom.matcher);
      if (quantified === atom.matcher && atom.literal !== undefined) {
        literal += atom.literal;
        continue;
      }
      flush();
      items.push(quantified);
    }
    flush();
    return sequence(items);
  }

  /** One atom; `literal` is set when it is a plain character, so runs of them compare as one string. */
  private parseAtom(): { matcher: Matcher; literal?: string } {
    const c = this.source[this.at++]!;
    if (c === '(') {
      if (!this.source.startsWith('?:', this.at)) throw new Unsupported();
      this.at += 2;
      const inner = this.parseAlternation();
      if (this.peek() !== ')') throw new Unsupported();
      this.at++;
      return { matcher: inner };
    }
    if (c === '[') return { matcher: this.classMatcher(this.parseClass()) };
    if (c === '.') return { matcher: this.classMatcher((x) => !isLineTerminator(x)) };
    if (c === '\\') {
      const e = this.source[this.at++];
      if (e === undefined) throw new Unsupported();
      const cls = CLASS_ESCAPES[e];
      if (cls) return { matcher: this.classMatcher(cls) };
      const ch = CHAR_ESCAPES[e] !== undefined && !(e === '0' && isDigit(this.source.charCodeAt(this.at))) ? String.fromCharCode(CHAR_ESCAPES[e]) : SYNTAX_CHARS.includes(e) ? e : undefined;
      if (ch === undefined) throw new Unsupported();
      return { matcher: literalMatcher(ch), literal: ch };
    }
    if ('^$*+?{}]'.includes(c)) throw new Unsupported();
    let ch = c;
    const code = c.charCodeAt(0);
    if (isSurrogate(code)) {
      // A whole astral character is one literal; a lone surrogate is left to RegExp.
      const low = this.source.charCodeAt(this.at);
      if (!(code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff)) throw new Unsupported();
      ch += this.source[this.at++];
    }
    return { matcher: literalMatcher(ch), literal: ch };
  }

  /** `[…]` after its opening bracket: a test of one character (a code point in `u` mode). */
  private parseClass(): (c: number) => boolean {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const tests: Array<(c: number) => boolean> = [];
    const single = (): number | ((c: number) => boolean) => {
      const c = this.source[this.at++];
      if (c === undefined) throw new Unsupported();
      if (c === '\\') {
        const e = this.source[this.at++];
        if (e === undefined) throw new Unsupported();
        const cls = CLASS_ESCAPES[e];
        if (cls) return cls;
        if (CHAR_ESCAPES[e] !== undefined && e !== '0') return CHAR_ESCAPES[e];
        if (SYNTAX_CHARS.includes(e) || e === '-') return e.charCodeAt(0);
        throw new Unsupported();
      }
      if (c === '[') throw new Unsupported();
      const code = this.source.codePointAt(this.at - 1)!;
      if (isSurrogate(c.charCodeAt(0))) {
        // A whole astral character, in `u` mode; anything else with surrogates is left to RegExp.
        if (!this.unicode || code <= 0xffff) throw new Unsupported();
        this.at++;
      }
      return code;
    };
    while (this.peek() !== ']') {
      if (this.peek() === undefined) throw new Unsupported();
      const from = single();
      const range = this.peek() === '-' && this.source[this.at + 1] !== ']' && this.source[this.at + 1] !== undefined;
      if (typeof from !== 'number') {
        // `[\d-x]` is an error in `u` mode: leave it to RegExp.
        if (range) throw new Unsupported();
        tests.push(from);
      } else if (range) {
        this.at++;
        const to = single();
        if (typeof to !== 'number' || to < from) throw new Unsupported();
        tests.push((c) => c >= from && c <= to);
      } else {
        tests.push((c) => c === from);
      }
    }
    this.at++;
    return (c) => tests.some((t) => t(c)) !== negated;
  }

  private classMatcher(test: (c: number) => boolean): Matcher {
    if (!this.unicode) return (s, i, next) => (i < s.length && test(codeAt(s, i)) ? next(i + 1) : -1);
    return (s, i, next) => {
      if (i >= s.length) return -1;
      const c = s.codePointAt(i)!;
      return test(c) ? next(i + (c > 0xffff ? 2 : 1)) : -1;
    };
  }

  private parseQuantifier(atom: Matcher): Matcher {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unsupported();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min) throw new Unsupported();
      this.at += m[0].length - 1;
    } else return atom;
    this.at++;
    const lazy = this.peek() === '?';
    if (lazy) this.at++;
    return repeat(atom, min, max, lazy);
  }
}

/** Whether `s` holds a surrogate pair at `i`; `i + 1` must be within `s` (both reads go through codeAt). */
function isSurrogatePair(s: string, i: number): boolean {
  const hi = codeAt(s, i);
  const lo = codeAt(s, i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function literalMatcher(text: string): Matcher {
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    return (s, i, next) => (s.charCodeAt(i) === code ? next(i + 1) : -1);
  }
  return (s, i, next) => (s.startsWith(text, i) ? next(i + text.length) : -1);
}

function sequence(items: readonly Matcher[]): Matcher {
  if (items.length === 0) return (_s, i, next) => next(i);
  if (items.length === 1) return items[0]!;
  // Right to left: each item continues with the rest of the sequence.
  return items.reduceRight<Matcher>(
    (rest, item) => (s, i, next) => item(s, i, (j) => rest(s, j, next)),
    (_s, i, next) => next(i),
  );
}

/** `atom{min,max}`, greedy or lazy; as in JavaScript, an empty iteration past `min` does not count. */
function repeat(atom: Matcher, min: number, max: number, lazy: boolean): Matcher {
  if (min === 0 && max === 1) {
    return lazy
      ? (s, i, next) => {
          const end = next(i);
          return end >= 0 ? end : atom(s, i, (j) => (j === i ? -1 : next(j)));
        }
      : (s, i, next) => {
          const end = atom(s, i, (j) => (j === i ? -1 : next(j)));
          return end >= 0 ? end : next(i);
        };
  }
  return (s, i, next) => {
    const step = (count: number, at: number): number => {
      const more = (): number => (count < max ? atom(s, at, (j) => (j === at && count >= min ? -1 : step(count + 1, j))) : -1);
      if (count < min) return more();
      if (lazy) {
        const end = next(at);
        return end >= 0 ? end : more();
      }
      const end = more();
      return end >= 0 ? end : next(at);
    };
    return step(0, i);
  };
}
