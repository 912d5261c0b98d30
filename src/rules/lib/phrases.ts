/**
 * Phrase lists compiled once into one anchored regular expression each.
 * Phrases are written as people see them ("Share on Facebook", "{n}
 * comments", "Click to share on {*}") and matched against a block's
 * normalised text as a whole, never as a substring.
 */
import { normalizeForMatch } from '../../text/normalize.js';

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

export interface PhraseSet {
  /** Whether the whole normalised text is one of the phrases. */
  test(norm: string): boolean;
  readonly source: string;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const source = `^(?:${[...new Set(phrases)].map(phraseSource).join('|')})$`;
  const re = new RegExp(source, 'u');
  return {
    source,
    test: (norm) => norm.length <= MAX_LABEL_CHARS && re.test(norm),
  };
}

/**
 * Reads a line that a converter glued together from labels
 * ("Email ThisBlogThis!Share to TwitterShare to Facebook") as the list of
 * labels it is made of, or undefined if anything else is in it. Greedy,
 * longest label first, one pass: no backtracking.
 */
export function labelSequence(labels: readonly string[]): (norm: string) => string[] | undefined {
  const sorted = [...new Set(labels.map(normalizeForMatch))].sort((a, b) => b.length - a.length);
  const label = new RegExp(sorted.map((l) => escapeRegExp(l).replace(/ /g, '\\s?')).join('|'), 'uy');
  const separator = /[\s|/•·,;–—-]*/uy;
  return (norm) => {
    if (norm.length > MAX_LABEL_CHARS) return undefined;
    const found: string[] = [];
    let at = 0;
    while (at < norm.length) {
      separator.lastIndex = at;
      separator.exec(norm);
      at = separator.lastIndex;
      if (at >= norm.length) break;
      label.lastIndex = at;
      const m = label.exec(norm);
      if (!m || m[0].length === 0) return undefined;
      found.push(m[0]);
      at = label.lastIndex;
    }
    return found.length ? found : undefined;
  };
}
