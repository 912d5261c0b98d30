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
import { surrogatePairAt } from './normalize.js';
import { onFirstUse } from './first-use.js';

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
/** Every listed word, with the indices (into `languages`) of the lists that hold it: one lookup a word while detecting. */
let listsOfWord: Map<string, number[]> | undefined;

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
        // The lists are lower case, as listHits and wordIndex read them (tests/text check it).
        return (stopwords ??= new Set(words));
      },
    };
  });
  return languages;
}

function wordIndex(): Map<string, number[]> {
  if (listsOfWord) return listsOfWord;
  const index = new Map<string, number[]>();
  // As in listHits: indexed loops over the words as listed (lower case), for a loop that starts cold.
  const lists = wordLists!;
  for (let i = 0; i < lists.length; i++) {
    const words = lists[i]!;
    for (let k = 0; k < words.length; k++) {
      const holders = index.get(words[k]!);
      if (holders === undefined) index.set(words[k]!, [i]);
      else if (holders[holders.length - 1] !== i) holders.push(i);
    }
  }
  return (listsOfWord = index);
}

/** For each list, how many of `words` it holds (a word listed twice counts once). */
function listHits(words: readonly string[]): Uint32Array {
  const hits = new Uint32Array(wordLists!.length);
  if (listsOfWord || detections > 1) {
    for (const w of words) for (const index of wordIndex().get(w) ?? []) hits[index]!++;
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
  let i = 0;
  while (i < len) {
    let end = i;
    let typographic = false;
    for (;;) {
      const c = end < len ? lower.charCodeAt(end) : -1;
      if (c >= 0 && isWordUnit(c)) {
        typographic ||= c === 0x2018 || c === 0x2019 || c === 0x2bc;
        end++;
      } else {
        const pair = end < len ? surrogatePairAt(lower, end, WORD_CODE_POINT) : 0;
        if (!pair) break;
        end += pair;
      }
    }
    if (end > i) {
      const word = lower.slice(i, end);
      words.push(typographic ? word.replace(/[\u2018\u2019\u02bc]/g, "'") : word);
      i = end;
    } else i++;
  }
  return words;
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

/** Share of `words` that are `language`'s stop-words (0 for no words). */
export function stopwordDensity(words: readonly string[], language: Language): number {
  if (words.length === 0) return 0;
  let hits = 0;
  const stopwords = language.stopwords;
  for (const w of words) if (stopwords.has(w)) hits++;
  return hits / words.length;
}
