/**
 * Regular expressions written by users (config files, and any other outside
 * source) are compiled here and nowhere else, so every place that accepts
 * one gets the same safety checks.
 *
 * JavaScript regexes backtrack, so a pattern such as `(a+)+$` can take
 * exponential time on a short line. Rather than time out, a pattern is
 * refused up front when it could backtrack badly: a repeated group that
 * itself repeats or alternates, or a back-reference. What is left is at
 * worst polynomial, and that is bounded by a cap on repeated parts and on the
 * length of the text a pattern is tested on.
 */

/** Longest pattern source accepted. */
export const MAX_PATTERN_CHARS = 500;
/** Most repeating quantifiers (`*`, `+`, `{n,}`, `{n,m}`) in one pattern: each can multiply the backtracking. */
export const MAX_REPEATS = 3;
/** Longest text a user pattern is tested on; longer blocks never match (patterns are for clutter lines). */
export const MAX_PATTERN_INPUT_CHARS = 300;

export interface UserPatternOptions {
  /** Match case as written (default: case-insensitive). */
  readonly caseSensitive?: boolean;
}

export interface UserPattern {
  /** The compiled regex, anchored to the whole text. */
  readonly regex: RegExp;
  /** Whether the whole `text` matches; false for text past MAX_PATTERN_INPUT_CHARS. */
  test(text: string): boolean;
}

export type CompiledPattern = ({ ok: true } & UserPattern) | { ok: false; problem: string };

interface Group {
  /** The group holds a quantifier that repeats, or an alternation. */
  risky: boolean;
}

/** Whether `source[i]` starts a quantifier, and if so whether it repeats (more than once) and its length. */
function quantifierAt(source: string, i: number): { repeats: boolean; length: number } | undefined {
  const c = source[i];
  let length = 0;
  let repeats = false;
  if (c === '*' || c === '+') {
    length = 1;
    repeats = true;
  } else if (c === '?') {
    length = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return undefined;
    length = m[0].length;
    repeats = m[2] !== undefined && (m[3] === '' || Number(m[3]) > 1);
  } else {
    return undefined;
  }
  if (source[i + length] === '?' || source[i + length] === '+') length++; // lazy (and, for clarity, possessive-looking) forms
  return { repeats, length };
}

/** Why `source` may backtrack catastrophically, or undefined when it is safe to run. */
export function patternProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_CHARS) return `is longer than ${MAX_PATTERN_CHARS} characters`;
  const groups: Group[] = [{ risky: false }];
  let repeats = 0;
  let inClass = false;
  let lastClosed: Group | undefined; // the group that just closed, for a quantifier after it
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const current = groups[groups.length - 1]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<'))) return 'uses a back-reference, which can take exponential time';
      i++;
      lastClosed = undefined;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const q = quantifierAt(source, i);
    if (q) {
      if (q.repeats) {
        repeats++;
        if (lastClosed?.risky) return 'repeats a group that itself repeats or alternates (such as (a+)+ or (a|b)*), which can take exponential time';
        current.risky = true;
      }
      i += q.length - 1;
      lastClosed = undefined;
      continue;
    }
    lastClosed = undefined;
    if (c === '[') inClass = true;
    else if (c === '(') {
      groups.push({ risky: false });
      // `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`: the `?` opens the group's kind, it is no quantifier.
      if (source[i + 1] === '?') {
        const kind = /^\?(?::|=|!|<=|<!|<[^>]*>)/.exec(source.slice(i + 1));
        i += kind ? kind[0].length : 1;
      }
    }
    else if (c === '|') current.risky = true;
    else if (c === ')') {
      if (groups.length > 1) {
        const closed = groups.pop()!;
        // Alternation or repetition inside propagates: ((a|b)c)+ is as risky as (a|b)+.
        if (closed.risky) groups[groups.length - 1]!.risky = true;
        lastClosed = closed;
      }
    }
  }
  if (repeats > MAX_REPEATS) return `has ${repeats} repeating quantifiers; at most ${MAX_REPEATS} are allowed`;
  return undefined;
}

/**
 * Compiles a user's pattern, anchored to the whole text (`^(?:…)$`), with
 * the `u` flag and, unless asked otherwise, `i`. Returns the problem instead
 * of throwing, so a config validator can report it with its location.
 */
export function compileUserPattern(source: string, options: UserPatternOptions = {}): CompiledPattern {
  const unsafe = patternProblem(source);
  if (unsafe) return { ok: false, problem: unsafe };
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${source})$`, options.caseSensitive ? 'u' : 'iu');
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^Invalid regular expression: (?:\/.*\/[a-z]*: )?/, '') : String(error);
    return { ok: false, problem: `is not a valid regular expression: ${message}` };
  }
  return {
    ok: true,
    regex,
    test: (text) => text.length <= MAX_PATTERN_INPUT_CHARS && regex.test(text),
  };
}
