/** Small string helpers shared by the parsers and the rules. */

const SPACE_RUN = /[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;

/** Collapses runs of spaces; keeps single line breaks (from `<br>`), trimming the space around them. */
export function collapseSpace(text: string): string {
  return text
    .replace(SPACE_RUN, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

// Decoration trimmed from each end. A loop rather than /[…]+$/, which is quadratic on a long run of these characters.
const LEADING_DECORATION = /^[\s\-–—*•·|»«›‹→←>#:]+/;
const TRAILING_DECORATION = /[\s\-–—•·|»«›‹→←]/;

function trimTrailingDecoration(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_DECORATION.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The form rule phrases are matched against: NFKC, lower case, one space
 * between words, typographic quotes and apostrophes made plain, decoration
 * (bullets, arrows, pipes) trimmed from both ends.
 */
export function normalizeForMatch(text: string): string {
  const spaced = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(LEADING_DECORATION, '');
  return trimTrailingDecoration(spaced).trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in a text. Chinese and Japanese are written without spaces: there,
 * every two characters count as a word (a common rule of thumb), so a
 * sentence weighs about what its translation would.
 */
export function wordCount(text: string): number {
  let n = 0;
  let cjk = 0;
  const spaced = text.replace(CJK, () => {
    cjk++;
    return ' ';
  });
  WORD.lastIndex = 0;
  while (WORD.exec(spaced)) n++;
  return n + Math.ceil(cjk / 2);
}
