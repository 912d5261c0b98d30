/**
 * Text a page says twice: the headline again in a share box, a gallery
 * caption beside the same caption, the whole article once more in a
 * metadata blob at the end of a dump, a widget at the top and the bottom.
 * The first copy that other rules kept stays; a later copy goes when it
 * echoes a block right above it, or when it is a longer block whose word
 * sequences nearly all stand above already (a blob, a truncated caption
 * beside the full one). A verbatim line far from its first copy is left:
 * meal plans and song lyrics repeat lines on purpose. Nothing of the
 * article is lost: what goes is still there above.
 *
 * Runs after the main-content rules, so it compares only what they kept:
 * a copy they removed (a teaser of this very article in a sidebar) never
 * takes the article's own text.
 */
import { lettersAndDigits } from '../text/normalize.js';
import type { Rule, RuleContext, Verdict } from './types.js';

/** Shorter lines repeat next to each other for good reasons (a tweet's signature, "See it at: shop" in a roundup). */
const MIN_ECHO_WORDS = 8;
/** A blob repeats several blocks at once (a summary, the article again in metadata); two could be a dish of a meal plan. */
const MIN_BLOB_SOURCES = 3;
/** A copy cut short, as teasers and caption previews are. */
const TRUNCATED = /(?:…|\.\.\.)\s*$/;
/** A block this long whose word sequences all but repeat earlier text is a copy, verbatim or not. */
const MIN_CONTAINED_TOKENS = 25;
const CONTAINED_SHARE = 0.8;
const SHINGLE = 4;
/** How near (in kept blocks) a verbatim repeat must follow its first copy to be an echo: a caption twice, a title twice. */
const ECHO_DISTANCE = 3;

/**
 * Each run of four words as a number: words are interned to small ids, and
 * two 32-bit hashes of the four ids make one 53-bit key (a chance collision
 * is one in 2^53 per pair). Cheaper than a string per shingle on long dumps.
 */
function shingles(tokens: readonly string[], ids: Map<string, number>): number[] {
  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size + 1));
    return id;
  };
  const seq = tokens.map(idOf);
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= seq.length; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9e3779b9;
    for (let k = i; k < i + SHINGLE; k++) {
      h1 = Math.imul(h1 ^ seq[k]!, 0x01000193);
      h2 = Math.imul(h2 ^ seq[k]!, 0x5bd1e995) ^ (h2 >>> 15);
    }
    out.push((h1 & 0x1fffff) * 0x100000000 + (h2 >>> 0));
  }
  return out;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  /** Each kept line, with its position among the kept blocks when last seen. */
  const lines = new Map<string, number>();
  /** Each word sequence kept so far, with the block it first came from. */
  const seen = new Map<number, number>();
  const ids = new Map<string, number>();
  let kept = 0;
  for (let i = 0; i < ctx.blocks.length; i++) {
    // Table cells repeat by nature (a column of "Yes", a team in every round).
    if (ctx.removed(i) || ctx.blocks[i]!.kind === 'table-cell') continue;
    const line = ctx.norm(i);
    const tokens = lettersAndDigits(line);
    if (tokens.length === 0) continue;
    kept++;
    const last = lines.get(line);
    lines.set(line, kept);
    if (last !== undefined) {
      // A line said again far from its first copy is structure ("Day 2: …", a refrain); right after it, an echo.
      if (ctx.words(i) >= MIN_ECHO_WORDS && kept - last <= ECHO_DISTANCE) yield { from: i, to: i + 1, reason: 'repeats a block just above' };
      continue;
    }
    const own = shingles(tokens, ids);
    if (tokens.length >= MIN_CONTAINED_TOKENS) {
      let repeated = 0;
      const sources = new Set<number>();
      for (const s of own) {
        const source = seen.get(s);
        if (source === undefined) continue;
        repeated++;
        sources.add(source);
      }
      // Part of one block said again is structure too (a meal plan's dishes); a cut-off copy or a blob of many blocks is not.
      if (repeated >= own.length * CONTAINED_SHARE && (sources.size >= MIN_BLOB_SOURCES || TRUNCATED.test(ctx.blocks[i]!.text))) {
        yield { from: i, to: i + 1, reason: 'repeats text kept above' };
        continue;
      }
    }
    for (const s of own) if (!seen.has(s)) seen.set(s, i);
  }
}

export const duplicates: Rule = {
  id: 'duplicates',
  category: 'layout',
  description: 'Later copies of text kept above: a repeated headline or caption, the article again in a metadata blob',
  text: textVerdicts,
};
