/** Small string helpers shared by the parsers and the rules. */
import { isSpace } from './small-regex.js';
import { onFirstUse } from './first-use.js';
import { codeAt } from './chars.js';

/** Anything collapseSpace would change besides trimming the ends: a space other than ' ', a run of spaces, a line break. */
const NEEDS_COLLAPSE = /[\t\n\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]| {2}/;

/** The spaces collapseSpace collapses: `[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]`. */
function isCollapsible(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Collapses runs of spaces; keeps single line breaks (from `<br>`), trimming the space around them.
 * Between two other characters, a run of spaces and line breaks becomes one line break if it holds
 * one, else one space (as `.replace(/[ \t…]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n')`
 * would make it, in one pass); then the ends are trimmed.
 */
export function collapseSpace(text: string): string {
  // Most text has single spaces only: then collapsing changes nothing and only the ends are trimmed.
  if (!NEEDS_COLLAPSE.test(text)) return text.trim();
  let out = '';
  let from = 0; // start of the text not yet copied
  let gap = 0; // in a run: 1 spaces only, 2 a line break in it
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = codeAt(text, i);
    const breaks = c === 10;
    if (!breaks && !isCollapsible(c)) {
      if (gap) {
        out += gap === 2 ? '\n' : ' ';
        from = i;
        gap = 0;
      }
      continue;
    }
    if (!gap) out += text.slice(from, i);
    gap = breaks || gap === 2 ? 2 : 1;
  }
  out += gap ? (gap === 2 ? '\n' : ' ') : text.slice(from);
  return out.trim();
}

/** What collapseSpace folds into a run: its collapsible spaces and the line break. */
const inRun = (c: number): boolean => c === 10 || isCollapsible(c);

/**
 * `collapseSpace(text).length` without the collapsed copy (a link's text is counted, not kept). Each run
 * counts one character; the ends go as `trim` takes them from the collapsed text: runs, which it prints
 * as a space or a line break, and the white space it keeps as it is (U+1680, U+2028, U+2029, U+FEFF).
 */
export function collapsedLength(text: string): number {
  if (!NEEDS_COLLAPSE.test(text)) return trimmedLength(text);
  let start = 0;
  let end = text.length;
  while (start < end && (inRun(codeAt(text, start)) || isSpace(codeAt(text, start)))) start++;
  while (end > start && (inRun(codeAt(text, end - 1)) || isSpace(codeAt(text, end - 1)))) end--;
  let length = 0;
  for (let i = start; i < end; i++) {
    length++;
    if (inRun(codeAt(text, i))) while (i + 1 < end && inRun(codeAt(text, i + 1))) i++;
  }
  return length;
}

// Decoration trimmed from each end. A loop rather than /[…]+$/, which is quadratic on a long run of these characters.
const LEADING_DECORATION = /^[\s\-–—*_•·|»«›‹→←>#:]+/;
const TRAILING_DECORATION = /[\s\-–—_•·|»«›‹→←]/;

function trimTrailingDecoration(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_DECORATION.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
const NON_ASCII = /[^\x00-\x7f]/;
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/**
 * The form rule phrases are matched against: NFKC, lower case, one space
 * between words, typographic quotes and apostrophes made plain, decoration
 * (bullets, arrows, pipes) trimmed from both ends.
 */
export function normalizeForMatch(text: string): string {
  let t: string;
  if (NON_ASCII.test(text)) {
    t = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
  } else {
    // ASCII is its own NFKC form and holds no typographic quotes.
    t = text.toLowerCase();
  }
  if (SPACE_TO_COLLAPSE.test(t)) t = t.replace(/\s+/g, ' ');
  t = trimTrailingDecoration(t.replace(LEADING_DECORATION, '')).trim();
  // A text browser prints a button or a link as "[ 167 comments ]": the label is inside.
  if (t.startsWith('[') && t.endsWith(']') && t.indexOf(']') === t.length - 1 && t.lastIndexOf('[') === 0) t = t.slice(1, -1).trim();
  return t;
}

const WORD_CHAR = onFirstUse(() => /^[\p{L}\p{N}]$/u);
/** For each UTF-16 code unit below 0x10000: 0 not yet known, 1 a letter or digit, 2 not. */
let wordTable: Uint8Array | undefined;

function isWordUnit(c: number): boolean {
  wordTable ??= new Uint8Array(0x10000);
  let k = wordTable[c]!;
  if (k === 0) {
    // A lone surrogate is no letter (as in a `u` regex, which reads it as a code point of its own).
    // ASCII (letters and digits only) and General Punctuation (U+2000–U+206F: none) answered without
    // WORD_CHAR, which costs a run's first text a millisecond to compile; tests/text check them all.
    if (c < 0x80) k = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 2;
    else if (c >= 0x2000 && c <= 0x206f) k = 2;
    else k = c < 0xd800 || c > 0xdfff ? (WORD_CHAR().test(String.fromCharCode(c)) ? 1 : 2) : 2;
    wordTable[c] = k;
  }
  return k === 1;
}

/** Length of the surrogate pair at `i` when `codePoint` (a one-character `u` pattern, made on first use) accepts it, else 0. */
export function surrogatePairAt(text: string, i: number, codePoint: () => RegExp): number {
  const c = codeAt(text, i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 0;
  const d = codeAt(text, i + 1);
  return d >= 0xdc00 && d <= 0xdfff && codePoint().test(text.slice(i, i + 2)) ? 2 : 0;
}

/**
 * Calls `each` with the start and end of each maximal run of letters and digits in a text, as
 * `text.matchAll(/[\p{L}\p{N}]+/gu)` finds them, in one pass without a regex or the runs' strings.
 */
export function forEachLetterRun(text: string, each: (start: number, end: number) => void): void {
  const len = text.length;
  let i = 0;
  while (i < len) {
    let end = i;
    for (;;) {
      if (end < len && isWordUnit(codeAt(text, end))) end++;
      else {
        const pair = end < len ? surrogatePairAt(text, end, WORD_CHAR) : 0;
        if (!pair) break;
        end += pair;
      }
    }
    if (end > i) {
      each(i, end);
      i = end;
    } else i++;
  }
}

/** Han, Hiragana and Katakana in the Basic Multilingual Plane: written without spaces between words. */
function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Words: maximal runs of letters and digits (`/[\p{L}\p{N}]+/gu`), counted in
 * one pass without a regex. Chinese and Japanese are written without spaces:
 * there every two characters count as a word (a common rule of thumb), so a
 * sentence weighs about what its translation would.
 */
export function wordCount(text: string): number {
  let n = 0;
  let cjk = 0;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = codeAt(text, i);
    let w: boolean;
    if (c < 128) {
      const l = c | 32;
      w = (c >= 48 && c <= 57) || (l >= 97 && l <= 122);
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = codeAt(text, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        w = WORD_CHAR().test(text.slice(i, i + 2));
        i++;
      } else {
        w = false;
      }
    } else if (isCjk(c)) {
      cjk++;
      w = false;
    } else {
      w = isWordUnit(c);
    }
    if (w && !inWord) n++;
    inWord = w;
  }
  return n + Math.ceil(cjk / 2);
}

/**
 * Calls `each` with the start and end of each token `value.split(/\s+/)` gives (empty ones at white-space
 * ends too), without the regex, the array or the token strings: every element's class attribute is split
 * on every page, and most of its tokens are only checked for a shape (see ElementIndex in rules/engine.ts).
 */
export function forEachTokenSpan(value: string, each: (start: number, end: number) => void): void {
  const len = value.length;
  let start = 0;
  let i = 0;
  while (i < len) {
    if (!isSpace(codeAt(value, i))) {
      i++;
      continue;
    }
    each(start, i);
    while (i < len && isSpace(codeAt(value, i))) i++;
    start = i;
  }
  each(start, len);
}

/** `text.trim().length` without the trimmed copy: `trim` removes what `\s` matches. */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(codeAt(text, start))) start++;
  while (end > start && isSpace(codeAt(text, end - 1))) end--;
  return end - start;
}
