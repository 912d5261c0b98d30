/**
 * The language of a document, told by its function words, and the share of
 * a block's words that are function words ("stop-word density"). Running
 * prose in any language is about half function words — "the", "of", "and";
 * headlines, menus, tag lists and captions are mostly content words. jusText
 * (Pomikálek 2011) classifies boilerplate on this; so do we.
 *
 * The lists come from the `stopword` package. The language is the one whose
 * list covers most of a sample of the document's words; a document whose
 * words no list covers well (Chinese, Japanese, Thai: no spaces between
 * words; or too little text) has no language, and its blocks no density.
 */
import stopwordLists from 'stopword';
import { FNV_OFFSET, fnvStep } from './hash.js';
import { surrogatePairAt } from './normalize.js';
import { onFirstUse } from './first-use.js';
import { codeAt } from './chars.js';

export interface Language {
  /** ISO 639-3 code, as the stopword package names its lists. */
  readonly code: string;
  readonly stopwords: ReadonlySet<string>;
}

/**
 * Lists left out: scripts written without spaces (zho, jpn, tha, mya),
 * variants of a kept list (porBr), and the package's digit and placeholder lists.
 */
const SKIPPED = new Set(['_123', 'jpn', 'zho', 'tha', 'mya', 'porBr', 'lgg', 'lggNd', 'panGu']);

let languages: Language[] | undefined;
/** The stop-word lists, in the order of `languages`. */
let wordLists: (readonly string[])[] | undefined;
/** Every listed word with the lists that hold it (see listedWordsTable): one lookup a word while detecting. */
let listedWords: WordTable | undefined;

function allLanguages(): Language[] {
  if (languages) return languages;
  const lists = Object.entries(stopwordLists).filter(
    (entry): entry is [string, readonly string[]] => Array.isArray(entry[1]) && !SKIPPED.has(entry[0]),
  );
  wordLists = lists.map(([, words]) => words);
  // A language's own set is made only if it is the one detected (a run needs one of the sixty, and
  // building them all took milliseconds).
  languages = lists.map(([code, words]) => {
    let stopwords: ReadonlySet<string> | undefined;
    return {
      code,
      get stopwords() {
        // The lists are lower case, as listHits and listedWordsTable read them (tests/text check it).
        return (stopwords ??= new Set(words));
      },
    };
  });
  return languages;
}

/**
 * Every listed word with the lists that hold it: a WordTable whose extra cells are the bits of those lists, 32
 * a cell. A detection looks up a thousand words between other work, when little of the table is in the
 * processor's caches: a lookup reads one slot (and, on a hit, the word), where a Map of arrays read five
 * places (bucket, entry, key, array, its elements). A detection's lookups took 75-100 µs against 160-220 µs
 * with the caches emptied between detections, and a pass over text dumps 2-4% less time.
 */
function listedWordsTable(): WordTable {
  if (listedWords) return listedWords;
  // As in listHits: indexed loops over the words as listed (lower case), for a loop that starts cold.
  const lists = wordLists!;
  const table = new WordTable(lists.flat(), Math.ceil(lists.length / 32));
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    for (let k = 0; k < list.length; k++) {
      const at = table.slotOfWord(list[k]!) + 2 + (i >> 5);
      table.cells[at] = table.cells[at]! | (1 << (i & 31));
    }
  }
  return (listedWords = table);
}

/** For each list, how many of `words` it holds (a word listed twice counts once). */
function listHits(words: readonly string[]): Uint32Array {
  const hits = new Uint32Array(wordLists!.length);
  if (listedWords || detections > 1) {
    const table = listedWordsTable();
    for (let j = 0; j < words.length; j++) {
      const at = table.slotOfWord(words[j]!);
      if (at < 0) continue;
      for (let c = 2; c < table.width; c++) {
        // Each set bit is a list holding the word: lowest first, cleared as counted.
        for (let bits = table.cells[at + c]!; bits !== 0; bits ^= bits & -bits) hits[(c - 2) * 32 + 31 - Math.clz32(bits & -bits)]!++;
      }
    }
    return hits;
  }
  // A process's first document (a one-file run's only one): the lists read once against the sample's
  // words, half the time of indexing all 15,000 words, which pays off from the second document on.
  const sampleWords = new Map<string, { count: number; list: number }>();
  for (const w of words) {
    const seen = sampleWords.get(w);
    if (seen) seen.count++;
    else sampleWords.set(w, { count: 1, list: -1 });
  }
  // Indexed loops, and the words as listed (the lists are lower case: tests/text check it): this loop runs cold,
  // in V8's interpreter, where an iterator's steps and a call a word cost more than the lookup.
  const lists = wordLists!;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    for (let k = 0; k < list.length; k++) {
      const seen = sampleWords.get(list[k]!);
      if (seen !== undefined && seen.list !== i) {
        seen.list = i;
        hits[i]! += seen.count;
      }
    }
  }
  return hits;
}
let detections = 0;

const WORD_CODE_POINT = onFirstUse(() => /^[\p{L}\p{M}\p{N}]$/u);
/** For each UTF-16 code unit below 0x10000: 0 not yet known, 1 part of a word (a letter, mark, digit or apostrophe), 2 not. */
let wordUnits: Uint8Array | undefined;

function isWordUnit(c: number): boolean {
  wordUnits ??= new Uint8Array(0x10000);
  let k = wordUnits[c]!;
  if (k === 0) {
    // A lone surrogate is no letter (a `u` regex reads it as a code point of its own).
    const apostrophe = c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x2bc;
    // ASCII (letters and digits only) and General Punctuation (U+2000–U+206F: none) answered without
    // WORD_CODE_POINT, which costs a run's first text a millisecond to compile; tests/text check them all.
    if (c < 0x80) k = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || apostrophe ? 1 : 2;
    else if (c >= 0x2000 && c <= 0x206f) k = apostrophe ? 1 : 2;
    else k = apostrophe || (!isSurrogate(c) && WORD_CODE_POINT().test(String.fromCharCode(c))) ? 1 : 2;
    wordUnits[c] = k;
  }
  return k === 1;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Where the word that starts at `i` of a lower-cased text ends (`i` itself when none starts there): a maximal run of letters, marks, digits and apostrophes. */
function wordEnd(lower: string, i: number): number {
  const len = lower.length;
  let end = i;
  for (;;) {
    if (end < len && isWordUnit(codeAt(lower, end))) end++;
    else {
      const pair = end < len ? surrogatePairAt(lower, end, WORD_CODE_POINT) : 0;
      if (!pair) return end;
      end += pair;
    }
  }
}

/** A typographic apostrophe (‘ ’ ʼ) as the stop-word lists spell it, `'`; any other code unit as it is. */
function plainApostrophe(c: number): number {
  return c === 0x2018 || c === 0x2019 || c === 0x2bc ? 0x27 : c;
}

/**
 * The words of a text, lower-cased, as the stop-word lists spell them: maximal runs of letters,
 * marks, digits and apostrophes (typographic ones made plain), as
 * `text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").match(/[\p{L}\p{M}\p{N}']+/gu)`
 * would find them, in one pass without a regex.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const len = lower.length;
  for (let i = 0; i < len; ) {
    const end = wordEnd(lower, i);
    if (end === i) {
      i++;
      continue;
    }
    let typographic = false;
    for (let k = i; k < end && !typographic; k++) typographic = plainApostrophe(codeAt(lower, k)) !== codeAt(lower, k);
    const word = lower.slice(i, end);
    words.push(typographic ? word.replace(/[\u2018\u2019\u02bc]/g, "'") : word);
    i = end;
  }
  return words;
}

/** FNV-1a of a span of a text, typographic apostrophes hashed as plain ones. */
function spanHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = fnvStep(h, plainApostrophe(codeAt(text, k)));
  return h;
}

/**
 * Words in an open-addressing hash table in one typed array, `width` cells a slot: the word's spanHash, its
 * index in `words` plus one (0: an empty slot), then `extra` cells for the table's owner to fill. Looked up by
 * a span of a text, typographic apostrophes read as plain ones: no string is made for the span, which is what
 * makes stopwordShare cheap (the density of every prose block of every text dump is asked).
 */
class WordTable {
  readonly cells: Int32Array;
  readonly width: number;
  /** Slots less one: the table's size is a power of two. */
  private readonly mask: number;

  constructor(private readonly words: readonly string[], extra = 0) {
    this.width = 2 + extra;
    let slots = 1;
    while (slots < words.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.cells = new Int32Array(slots * this.width);
    for (let n = 0; n < words.length; n++) {
      const word = words[n]!;
      const h = spanHash(word, 0, word.length);
      // A word listed twice has one slot.
      if (this.slotOf(h, word, 0, word.length) >= 0) continue;
      let slot = h & this.mask;
      while (this.cells[slot * this.width + 1] !== 0) slot = (slot + 1) & this.mask;
      this.cells[slot * this.width] = h;
      this.cells[slot * this.width + 1] = n + 1;
    }
  }

  /** Where the slot of the span from `start` to `end` of `text`, whose spanHash is `h`, starts in `cells`; -1 when no word of the table is the span. */
  slotOf(h: number, text: string, start: number, end: number): number {
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * this.width;
      const n = this.cells[at + 1]!;
      if (n === 0) return -1;
      if (this.cells[at] === h && spells(this.words[n - 1]!, text, start, end)) return at;
    }
  }

  /** slotOf a whole word. */
  slotOfWord(word: string): number {
    return this.slotOf(spanHash(word, 0, word.length), word, 0, word.length);
  }
}

/** Whether the span from `start` to `end` of `text` is `word`, typographic apostrophes read as plain ones. */
function spells(word: string, text: string, start: number, end: number): boolean {
  const len = word.length;
  if (len !== end - start) return false;
  for (let k = 0; k < len; k++) if (codeAt(word, k) !== plainApostrophe(codeAt(text, start + k))) return false;
  return true;
}

const stopwordTables = new Map<Language, WordTable>();

/**
 * Share of the words of `text` (as wordsOf finds them, each counted as often as it occurs) that are
 * `language`'s stop-words, 0 for no words: without a string for each word, each word's hash made as it is read.
 */
export function stopwordShare(text: string, language: Language): number {
  let stopwords = stopwordTables.get(language);
  if (!stopwords) stopwordTables.set(language, (stopwords = new WordTable([...language.stopwords])));
  const lower = text.toLowerCase();
  const len = lower.length;
  let words = 0;
  let hits = 0;
  for (let i = 0; i < len; ) {
    let h = FNV_OFFSET;
    let end = i;
    for (let c: number; end < len && isWordUnit((c = codeAt(lower, end))); end++) h = fnvStep(h, plainApostrophe(c));
    // A letter beyond the Basic Multilingual Plane (a surrogate pair): wordEnd reads it, and the hash is made again.
    if (end < len && isHighSurrogate(codeAt(lower, end))) {
      end = wordEnd(lower, i);
      h = spanHash(lower, i, end);
    }
    if (end === i) {
      i++;
      continue;
    }
    words++;
    if (stopwords.slotOf(h, lower, i, end) >= 0) hits++;
    i = end;
  }
  return words ? hits / words : 0;
}

/** Fewer words than this say too little about a language. */
const MIN_SAMPLE_WORDS = 30;
/** How many words are enough to tell the language. */
const MAX_SAMPLE_WORDS = 1000;
/**
 * Below this share of function words the best list is a coincidence (Latin
 * words in a Japanese page, a table of scores); real prose scores 0.3–0.5.
 */
const MIN_COVERAGE = 0.15;

/** The language whose stop-words cover most of `sample`'s words, or undefined when none covers it well. */
export function detectLanguage(sample: readonly string[]): Language | undefined {
  const words = sample.length > MAX_SAMPLE_WORDS ? sample.slice(0, MAX_SAMPLE_WORDS) : sample;
  if (words.length < MIN_SAMPLE_WORDS) return undefined;
  const all = allLanguages();
  detections++;
  const hits = listHits(words);
  let best = 0;
  for (let i = 1; i < all.length; i++) if (hits[i]! > hits[best]!) best = i;
  const bestHits = hits[best]!;
  return bestHits > 0 && bestHits >= words.length * MIN_COVERAGE ? all[best] : undefined;
}
