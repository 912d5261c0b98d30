/**
 * A case-insensitive Unicode regex of the form `^(?:word|word|…)…`, compiled for only the words a
 * text can start with: V8 spends milliseconds compiling a long `iu` alternation on its first use,
 * and most texts start with none of the words.
 */
import { compiledToMachineCode } from '../../text/first-use.js';
import { codeAt } from '../../text/chars.js';

/** The characters outside ASCII that `iu` folds to an ASCII one: ſ (U+017F) to s, the Kelvin sign (U+212A) to k. */
const FOLDS_TO_ASCII = new Map([[0x17f, 0x73], [0x212a, 0x6b]]);

/** Whether `text` starts with `prefix` (ASCII lower-case letters and spaces) as an `iu` regex compares them. */
function startsAs(text: string, prefix: string): boolean {
  if (text.length < prefix.length) return false;
  for (let j = 0; j < prefix.length; j++) {
    const p = prefix.charCodeAt(j);
    const t = codeAt(text, j);
    if (t !== p && !(p !== 0x20 && (t | 0x20) === p) && FOLDS_TO_ASCII.get(t) !== p) return false;
  }
  return true;
}

/**
 * `build(words).exec`, where `build` makes a regex with flags `iu` that starts `^(?:` with the words
 * as alternatives, each matching its own characters. A word can only match a text that starts as its
 * leading ASCII letters and spaces do; when the text's first character is ASCII, a word starting
 * with another character cannot match it either (only ſ and the Kelvin sign fold to ASCII, and no
 * word may start with those). Such a text gets a regex of the words it could match (in their order,
 * so the same alternative wins), or none when there are none; any other text, the full regex.
 */
export function execByFirstLetter(words: readonly string[], build: (words: readonly string[]) => RegExp): (text: string) => RegExpExecArray | null {
  for (const w of words) {
    // (An ASCII word's first character must be a letter: the prefixes below hold letters and spaces only.)
    if (!/^[A-Za-z\u0080-\uffff]/.test(w) || FOLDS_TO_ASCII.has(w.charCodeAt(0))) throw new Error(`execByFirstLetter: a word must start with a letter: ${JSON.stringify(w)}`);
  }
  const prefixes = words.map((w) => (/^[A-Za-z ]*/.exec(w)![0]).toLowerCase());
  // A prefix starts with a lower-case letter, which only that letter in either case matches: each text
  // tries the words its first letter starts (in their order), not all of them.
  const byFirst: number[][] = Array.from({ length: 26 }, () => []);
  prefixes.forEach((prefix, k) => {
    if (prefix !== '') byFirst[prefix.charCodeAt(0) - 0x61]!.push(k);
  });
  const byCandidates = new Map<string, RegExp>();
  let full: RegExp | undefined;
  return (text) => {
    const first = text.charCodeAt(0);
    if (!(first < 0x80)) return text === '' ? null : (full ??= compiledToMachineCode(build(words))).exec(text);
    const letter = (first | 0x20) - 0x61;
    if (letter < 0 || letter >= 26) return null;
    const candidates: number[] = [];
    for (const k of byFirst[letter]!) if (startsAs(text, prefixes[k]!)) candidates.push(k);
    if (candidates.length === 0) return null;
    const key = candidates.join(',');
    let regex = byCandidates.get(key);
    if (!regex) byCandidates.set(key, (regex = compiledToMachineCode(build(candidates.map((k) => words[k]!)))));
    return regex.exec(text);
  };
}
