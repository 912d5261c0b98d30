import fc from 'fast-check';
import { joinedFrom } from '../support/arbitraries.js';
import { labelSequence, MAX_LABEL_CHARS } from '../../src/rules/lib/phrases.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

/**
 * Labels that share beginnings, differ by a space, and hold characters a regex would read as syntax. The
 * oracle is what a label sequence means: at each place, after separators, the first of the labels (longest
 * first) that a sticky regex finds there, each space of a label matching one white-space character or none.
 */
const LABELS = ['Share', 'Share to Twitter', 'Share to Facebook', 'Email This', 'BlogThis!', 'share this', 'Sharethis', 'Tweet',
  'Post Comments (Atom)', 'Comments', 'Comment', 'e-mail *', 'a b', 'ab', 'Über uns', '😀 like'];

function oracle(labels: readonly string[]): (norm: string) => string[] | undefined {
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sorted = [...new Set(labels.map(normalizeForMatch))].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map((l) => escape(l).replace(/ /g, '\\s?')).join('|'), 'uy');
  return (norm) => {
    if (norm.length > MAX_LABEL_CHARS) return undefined;
    const found: string[] = [];
    let at = 0;
    while (at < norm.length) {
      while (at < norm.length && /[\s|/•·,;–—-]/.test(norm[at]!)) at++;
      if (at >= norm.length) break;
      re.lastIndex = at;
      const m = re.exec(norm);
      if (!m || m[0].length === 0) return undefined;
      found.push(m[0]);
      at = re.lastIndex;
    }
    return found.length ? found : undefined;
  };
}

const glued = labelSequence(LABELS);
const expected = oracle(LABELS);
const PIECES = ['share', 'share to', 'twitter', 'facebook', 'email this', 'blogthis!', 'this', 'tweet', 'post comments (atom)', 'comments', 'comment',
  'e-mail *', 'e-mail', '*', 'a', 'b', 'ab', 'über uns', 'über', '😀', '😀 like', 'like', ' ', '\t', '\u00a0', ' | ', '/', '•', 'x', 'é'];

test('a label sequence reads what a sticky regex of its labels reads', () => {
  fc.assert(
    fc.property(joinedFrom(PIECES, 10), (norm) => {
      expect(glued(norm)).toEqual(expected(norm));
    }),
    { numRuns: 30000 },
  );
});

test.each<[string, string[] | undefined]>([
  ['email thisblogthis!share to twittershare to facebook', ['email this', 'blogthis!', 'share to twitter', 'share to facebook']],
  // The longest label at a place: "share this" before "share".
  ['share thistweet', ['share this', 'tweet']],
  ['sharethis', ['sharethis']],
  ['share\tto\u00a0twitter | tweet', ['share\tto\u00a0twitter', 'tweet']],
  ['comments', ['comments']],
  ['commentstweet', ['comments', 'tweet']],
  ['a b', ['a b']],
  ['ab', ['ab']],
  ['a  b', undefined],
  ['share to', undefined],
  ['tweet x', undefined],
  ['e-mail *post comments (atom)', ['e-mail *', 'post comments (atom)']],
  ['😀like', ['😀like']],
  ['', undefined],
  [' | ', undefined],
])('%j', (norm, labels) => {
  expect(glued(norm)).toEqual(labels);
  expect(expected(norm)).toEqual(labels);
});
