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
/** How near (in kept blocks) a verbatim repeat must follow its first copy to be an echo: a caption twice, a title twice. */
const ECHO_DISTANCE = 3;

/** A table's slots at first, powers of two: at least 64, and at most 65,536 (a big document's table grows from there). */
const MIN_SLOTS = 64;
const MAX_INITIAL_SLOTS = 1 << 16;
/** Characters per word, at least, on average (a word and its space): text length over this bounds the shingles. */
const MIN_CHARS_PER_WORD = 4;

/**
 * Shingle keys (two halves) to the block each was first seen in: open addressing over typed arrays, where a
 * Map of 53-bit numbers boxes every key and hashes it as a double. Same answers as that Map.
 */
export class ShingleTable {
  private high: Int32Array;
  private low: Int32Array;
  /** The block of each slot; -1 for an empty slot. */
  private value: Int32Array;
  private count = 0;

  /**
   * `expectedKeys`: about how many keys will go in. A table is made for every reading of every input: a short
   * text's is small (three 4 KB arrays made and filled took a tenth of a two-paragraph clean), a page's starts
   * big enough not to grow over and over (each growth allocates the arrays again). It grows as it fills either way.
   */
  constructor(expectedKeys = 512) {
    let slots = MIN_SLOTS;
    while (slots < expectedKeys * 2 && slots < MAX_INITIAL_SLOTS) slots *= 2;
    this.high = new Int32Array(slots);
    this.low = new Int32Array(slots);
    this.value = new Int32Array(slots).fill(-1);
  }

  private slot(high: number, low: number): number {
    const mask = this.value.length - 1;
    // The low half is already a mixed hash; the high half is folded in for keys that share it.
    let at = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    while (this.value[at] !== -1 && (this.high[at] !== high || this.low[at] !== low)) at = (at + 1) & mask;
    return at;
  }

  /** The block the key was first seen in, or -1. */
  get(high: number, low: number): number {
    return this.value[this.slot(high, low)]!;
  }

  /** Records the key's block unless the key is in already. */
  addIfAbsent(high: number, low: number, block: number): void {
    const at = this.slot(high, low);
    if (this.value[at] !== -1) return;
    this.high[at] = high;
    this.low[at] = low;
    this.value[at] = block;
    if (++this.count * 2 > this.value.length) this.grow();
  }

  private grow(): void {
    const { high, low, value } = this;
    this.high = new Int32Array(value.length * 2);
    this.low = new Int32Array(value.length * 2);
    this.value = new Int32Array(value.length * 2).fill(-1);
    for (let k = 0; k < value.length; k++) {
      if (value[k] === -1) continue;
      const at = this.slot(high[k]!, low[k]!);
      this.high[at] = high[k]!;
      this.low[at] = low[k]!;
      this.value[at] = value[k]!;
    }
  }
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  /** Each kept line, with its position among the kept blocks when last seen. */
  const lines = new Map<string, number>();
  let chars = 0;
  for (const block of ctx.blocks) chars += block.text.length;
  /** Each word sequence kept so far, with the block it first came from. */
  const seen = new ShingleTable(chars / MIN_CHARS_PER_WORD);
  let kept = 0;
  for (let i = 0; i < ctx.blocks.length; i++) {
    // Table cells repeat by nature (a column of "Yes", a team in every round).
    if (ctx.removed(i) || ctx.blocks[i]!.kind === 'table-cell') continue;
    const line = ctx.norm(i);
    const { tokens, high, low } = ctx.shingles(i);
    if (tokens === 0) continue;
    kept++;
    const last = lines.get(line);
    lines.set(line, kept);
    if (last !== undefined) {
      // A line said again far from its first copy is structure ("Day 2: …", a refrain); right after it, an echo.
      if (ctx.words(i) >= MIN_ECHO_WORDS && kept - last <= ECHO_DISTANCE) yield { from: i, to: i + 1, reason: 'repeats a block just above' };
      continue;
    }
    if (tokens >= MIN_CONTAINED_TOKENS) {
      let repeated = 0;
      const sources = new Set<number>();
      for (let k = 0; k < high.length; k++) {
        const source = seen.get(high[k]!, low[k]!);
        if (source < 0) continue;
        repeated++;
        sources.add(source);
      }
      // Part of one block said again is structure too (a meal plan's dishes); a cut-off copy or a blob of many blocks is not.
      if (repeated >= high.length * CONTAINED_SHARE && (sources.size >= MIN_BLOB_SOURCES || TRUNCATED.test(ctx.blocks[i]!.text))) {
        yield { from: i, to: i + 1, reason: 'repeats text kept above' };
        continue;
      }
    }
    for (let k = 0; k < high.length; k++) seen.addIfAbsent(high[k]!, low[k]!, i);
  }
}

export const duplicates: Rule = {
  id: 'duplicates',
  category: 'layout',
  description: 'Later copies of text kept above: a repeated headline or caption, the article again in a metadata blob',
  text: textVerdicts,
};
