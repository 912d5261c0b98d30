/**
 * Phrase lists, each meaning one anchored regular expression (`source`).
 * Phrases are written as people see them ("Share on Facebook", "{n}
 * comments", "Click to share on {*}") and matched against a block's
 * normalised text as a whole, never as a substring: literal phrases in
 * character tries (see literal-trie.ts), those with a wildcard in small
 * regexes grouped by the ends of the texts they can match.
 */
import { normalizeForMatch } from '../../text/normalize.js';
import { isSpace, smallRegex, type SmallRegex } from '../../text/small-regex.js';
import { codeAt } from '../../text/chars.js';
import { LiteralTrie } from './literal-trie.js';

/** Longest text a phrase test looks at: labels are short, and it bounds any backtracking. */
export const MAX_LABEL_CHARS = 200;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One phrase as a regex source: `{n}` is a number, `{*}` any short text. */
export function phraseSource(phrase: string): string {
  const exact = normalizeForMatch(phrase)
    .split(/(\{n\}|\{\*\})/)
    .map((part) => (part === '{n}' ? '\\d[\\d.,]*[km]?' : part === '{*}' ? '[^\\n]{1,100}?' : escapeRegExp(part)))
    .join('');
  // After a wildcard the closing colon or ellipsis is what tells "Anna said..." from a sentence
  // ending "… he said": there it stays required. Elsewhere it is optional and may be spaced.
  const source = phrase.includes('{*}')
    ? exact
    : exact.replace(/(?:\\\.\\\.\\\.|…)$/, '(?:\\.\\.\\.|…)?').replace(/\s?:$/, '\\s?:?').replace(/([^.!?:)*])$/, '$1[.!]?');
  return source.replace(/ /g, '\\s?');
}

/** Whether a phrase (in its normal form) has a wildcard: then it is matched by a regex, else by a LiteralTrie. */
function hasWildcard(norm: string): boolean {
  return norm.includes('{n}') || norm.includes('{*}');
}

/**
 * The texts a literal phrase (in its normal form, without wildcards) matches by phraseSource's endings, as
 * LiteralTrie phrases (a space matches one white-space character or none): an ellipsis of either kind or
 * none; a colon, spaced or not, or none; after a word, a "." or "!" or none. Checked against phraseSource by
 * the phrase-set property tests.
 */
export function literalForms(norm: string): string[] {
  const ellipsis = norm.endsWith('...') ? 3 : norm.endsWith('…') ? 1 : 0;
  if (ellipsis) {
    const base = norm.slice(0, -ellipsis);
    return [base, `${base}...`, `${base}…`];
  }
  if (norm.endsWith(':')) {
    const base = norm.slice(0, norm.endsWith(' :') ? -2 : -1);
    return [`${base} `, `${base} :`];
  }
  if (norm && !'.!?)*'.includes(norm[norm.length - 1]!)) return [norm, `${norm}.`, `${norm}!`];
  return [norm];
}

export interface PhraseSet {
  /** Whether the whole normalised text is one of the phrases. */
  test(norm: string): boolean;
  readonly source: string;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  return new CompiledPhraseSet([...new Set(phrases)]);
}

/** What a group of phrases compiles to. */
type GroupTest = Pick<SmallRegex, 'test'>;

// Many small regexes, each compiled on first use, in place of one of hundreds of alternatives:
// V8 compiles a big one in tens of milliseconds (a one-file run would pay that for every set),
// and a text is only tried against the phrases that can match it (see bucketKey).
// smallRegex: these sources need no V8 regex compilation (see small-regex.ts).
const compileGroup = (group: readonly string[]): SmallRegex => smallRegex(`^(?:${group.map(phraseSource).join('|')})$`, 'u');

/**
 * A wildcard-first group ("{*} said..."): it can only match a text ending with one of its phrases' literal tails.
 * The most common last character (a full stop) brings it every sentence, which the tails turn away natively.
 */
class TailedGroup implements GroupTest {
  private readonly tails: readonly string[];
  private re: SmallRegex | undefined;

  constructor(private readonly group: readonly string[]) {
    this.tails = group.map(literalTail);
  }

  test(norm: string): boolean {
    for (let k = 0; k < this.tails.length; k++) if (norm.endsWith(this.tails[k]!)) return (this.re ??= compileGroup(this.group)).test(norm);
    return false;
  }
}

/**
 * The literal text every match of a phrase starts with: its normal form up to the first space (which matches
 * `\s?`), wildcard, or character that phraseSource may make optional at the end (`:`, `.`, `…`).
 */
export function literalHead(phrase: string): string {
  const norm = normalizeForMatch(phrase);
  let end = 0;
  while (end < norm.length && !' {:.…'.includes(norm[end]!)) end++;
  return norm.slice(0, end);
}

/** Characters after the first that a group's heads are told apart by, at most. */
const HEAD_WIDTH = 3;

/** The key of `width` - 1 characters of a text after its first (the group's own): 2 or 3 a width. */
function headKey(text: string, width: number): number {
  return width === 2 ? codeAt(text, 1) : codeAt(text, 1) * 0x10000 + codeAt(text, 2);
}

/**
 * A group of phrases that start with the same character (see LazyBuckets), tested only on texts whose next
 * characters start one of its phrases too: every match starts with its phrase's literal head, so no text
 * turned away could match. A short label tried against every set met a group of its first letter in more than
 * half of the tests (880,000 a pass over the benchmark dumps), and matched in one test of eighty.
 */
class HeadedGroup implements GroupTest {
  private re: SmallRegex | undefined;

  constructor(
    private readonly group: readonly string[],
    private readonly width: number,
    private readonly heads: ReadonlySet<number>,
  ) {}

  test(norm: string): boolean {
    if (norm.length < this.width || !this.heads.has(headKey(norm, this.width))) return false;
    return (this.re ??= compileGroup(this.group)).test(norm);
  }
}

/** A first-letter group's test: gated by its phrases' heads when each has two characters or more. */
function firstLetterGroup(group: readonly string[]): GroupTest {
  const heads = group.map(literalHead);
  const width = Math.min(HEAD_WIDTH, ...heads.map((h) => h.length));
  if (width < 2) return compileGroup(group);
  return new HeadedGroup(group, width, new Set(heads.map((h) => headKey(h, width))));
}

/**
 * A set's literal phrases in a trie, and its wildcard phrases by the end of a text they can match, grouped on
 * first test (see bucketKey).
 */
interface Groups {
  /** Literal phrases' forms by their first character, each group's trie made on first use. */
  readonly literals: LazyBuckets<string, LiteralTrie>;
  /** Forms that start with a space, which matches white space or nothing: tried on every text (few sets have any). */
  readonly spaced: LiteralTrie | undefined;
  readonly first: LazyBuckets<Keyed, GroupTest>;
  readonly last: LazyBuckets<Keyed, GroupTest>;
  readonly number: LazyGroup;
  readonly any: LazyGroup;
}

/**
 * A class, not closures made per set: every set's test is then the same code with the same shapes, and V8
 * optimises the calls inside it (bucket look-ups, group tests) for all sets at once.
 */
class CompiledPhraseSet implements PhraseSet {
  // Grouped on first test: a run that never tests this set (HTML-only, say) never normalises its phrases.
  private groups: Groups | undefined;

  constructor(private readonly unique: readonly string[]) {}

  get source(): string {
    return `^(?:${this.unique.map(phraseSource).join('|')})$`;
  }

  test(norm: string): boolean {
    const length = norm.length;
    if (length > MAX_LABEL_CHARS) return false;
    const groups = (this.groups ??= this.groupsOf());
    // Every kind of string comes here: its ends are read through codeAt, so only within the text. An empty
    // text has neither end and keys as -1, as do phrases without a literal first or last character.
    const head = length ? codeAt(norm, 0) : -1;
    return (
      groups.literals.at(head)?.matchesWhole(norm) === true ||
      groups.spaced?.matchesWhole(norm) === true ||
      groups.first.at(head)?.test(norm) === true ||
      (head >= 48 && head <= 57 && groups.number.get()?.test(norm) === true) ||
      groups.last.at(length ? codeAt(norm, length - 1) : -1)?.test(norm) === true ||
      groups.any.get()?.test(norm) === true
    );
  }

  private groupsOf(): Groups {
    const literal: string[] = [];
    const spaced: string[] = [];
    const wild: string[] = [];
    for (const phrase of this.unique) {
      const norm = normalizeForMatch(phrase);
      if (hasWildcard(norm)) wild.push(phrase);
      else for (const form of literalForms(norm)) (form.startsWith(' ') ? spaced : literal).push(form);
    }
    const keyed: Keyed[] = wild.map((p) => [bucketKey(p), p] as const);
    const ofKind = (kind: BucketKind): Keyed[] => keyed.filter(([k]) => k.kind === kind);
    const phrases = (group: readonly Keyed[]): string[] => group.map(([, p]) => p);
    return {
      literals: new LazyBuckets(literal, (form) => form[0], (group) => new LiteralTrie(group)),
      spaced: spaced.length ? new LiteralTrie(spaced) : undefined,
      first: new LazyBuckets(ofKind('first'), ([k]) => k.char, (group) => firstLetterGroup(phrases(group))),
      last: new LazyBuckets(ofKind('last'), ([k]) => k.char, (group) => new TailedGroup(phrases(group))),
      number: new LazyGroup(phrases(ofKind('number'))),
      any: new LazyGroup(phrases(ofKind('any'))),
    };
  }
}

/**
 * What a phrase's every match ends with: its text after the last wildcard and the last space (a space matches
 * `\s?`, so only what follows the last one is verbatim). Only for phrases that end in literal text.
 */
export function literalTail(phrase: string): string {
  const parts = normalizeForMatch(phrase).split(/\{n\}|\{\*\}/);
  const last = parts[parts.length - 1]!;
  return last.slice(last.lastIndexOf(' ') + 1);
}

/** A regex over all the phrases, compiled on first use; undefined when there are none. */
class LazyGroup {
  private re: SmallRegex | undefined;

  constructor(private readonly phrases: readonly string[]) {}

  get(): SmallRegex | undefined {
    return this.phrases.length ? (this.re ??= compileGroup(this.phrases)) : undefined;
  }
}

type BucketKind = 'first' | 'last' | 'number' | 'any';
interface BucketKey {
  readonly kind: BucketKind;
  readonly char: string;
}
/** A phrase with its bucket. */
type Keyed = readonly [BucketKey, string];

/**
 * Which texts a phrase can match, by its ends: one that starts with a literal only texts
 * starting with that character; `{n}…` only texts starting with a digit; `{*}…x` (a wildcard
 * first) only texts ending with its last character x; the rest any text.
 */
function bucketKey(phrase: string): BucketKey {
  const norm = normalizeForMatch(phrase);
  if (norm.startsWith('{n}')) return { kind: 'number', char: '' };
  if (!norm.startsWith('{*}')) return { kind: 'first', char: norm[0] ?? '' };
  return norm.endsWith('{*}') || norm.endsWith('{n}') ? { kind: 'any', char: '' } : { kind: 'last', char: norm[norm.length - 1]! };
}

/** A one-character key as its UTF-16 code unit; -1 for the empty key. */
function codeOf(key: string): number {
  return key.length ? key.charCodeAt(0) : -1;
}

/**
 * Groups items by a key (their first character) and compiles each group into a regex the
 * first time that key's code unit is asked for. Order within a group is the items' order, so an
 * alternation's first-match behaviour is unchanged.
 */
class LazyBuckets<T, R> {
  private readonly groups = new Map<number, T[]>();
  // By code unit, ASCII in an array: every text tested asks, and most ask for a character that
  // starts no phrase (remembered as null).
  private readonly ascii = new Array<R | null | undefined>(128);
  private readonly other = new Map<number, R | null>();

  constructor(items: readonly T[], keyOf: (item: T) => string | undefined, private readonly compile: (group: T[]) => R) {
    for (const item of items) {
      const key = codeOf(keyOf(item) ?? '');
      const group = this.groups.get(key);
      if (group) group.push(item);
      else this.groups.set(key, [item]);
    }
  }

  /** `code`: a UTF-16 code unit, or -1 (the empty key, and an empty text's). */
  at(code: number): R | undefined {
    if (code >= 0 && code < 128) {
      let re = this.ascii[code];
      if (re === undefined) this.ascii[code] = re = this.compiledFor(code);
      return re ?? undefined;
    }
    let re = this.other.get(code);
    if (re === undefined) this.other.set(code, (re = this.compiledFor(code)));
    return re ?? undefined;
  }

  private compiledFor(key: number): R | null {
    const group = this.groups.get(key);
    return group ? this.compile(group) : null;
  }
}

/** What may stand between glued labels: JavaScript's `\s` and `|/•·,;–—-`. */
function isLabelSeparator(c: number): boolean {
  return c === 124 || c === 47 || c === 44 || c === 59 || c === 45 || c === 0xb7 || c === 0x2022 || c === 0x2013 || c === 0x2014 || isSpace(c);
}

/**
 * Reads a line that a converter glued together from labels
 * ("Email ThisBlogThis!Share to TwitterShare to Facebook") as the list of
 * labels it is made of, or undefined if anything else is in it. Greedy,
 * longest label first, one pass: no backtracking. A label's space matches one
 * white-space character or none.
 */
export function labelSequence(labels: readonly string[]): (norm: string) => string[] | undefined {
  // Labels by their first character, ranked longest first (so the lowest rank at a place is the longest
  // label there), each group's trie made when a text first asks for it, as phrase sets' are.
  let byFirst: LazyBuckets<string, LiteralTrie> | undefined;
  return (norm) => {
    const len = norm.length;
    if (len > MAX_LABEL_CHARS) return undefined;
    byFirst ??= new LazyBuckets([...new Set(labels.map(normalizeForMatch))].sort((a, b) => b.length - a.length), (l) => l[0], (group) => new LiteralTrie(group));
    const found: string[] = [];
    let at = 0;
    while (at < len) {
      while (at < len && isLabelSeparator(codeAt(norm, at))) at++;
      if (at >= len) break;
      const end = byFirst.at(codeAt(norm, at))?.lowestRankAt(norm, at) ?? -1;
      if (end <= at) return undefined;
      found.push(norm.slice(at, end));
      at = end;
    }
    return found.length ? found : undefined;
  };
}
