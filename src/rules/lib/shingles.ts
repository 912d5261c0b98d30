/**
 * A block's runs of four words ("shingles") as numbers, for finding text said
 * twice. Each word is hashed from its characters, so a text's shingles depend
 * on the text alone and are worked out once per text (see TextFacts in
 * engine.ts): a dump's output read back holds mostly the same texts. Each
 * shingle is one 53-bit key, written as two halves: `high` (21 bits) and `low`
 * (32 bits); a chance collision is one in 2^53 per pair.
 */
import { FNV_OFFSET, fnv1a, fnvStep } from '../../text/hash.js';
import { forEachLetterRun } from '../../text/normalize.js';
import { codeAt } from '../../text/chars.js';

/** Words in a shingle. */
export const SHINGLE_WORDS = 4;

export interface Shingles {
  /** How many tokens (runs of letters and digits: the words of most scripts) the text has. */
  readonly tokens: number;
  /** The halves of each shingle's key, in order: one shingle per word from the first to the fourth-last. */
  readonly high: readonly number[];
  readonly low: readonly number[];
}

/** MurmurHash3's finaliser: every bit of the result depends on every bit of `h`. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

// Two independent 32-bit hashes of each word of the text at hand (two words share both by a chance of one in
// 2^64), hashed from its characters where they stand: no string a word. Reused from text to text (the first
// `tokens` entries are the text's), so their storage is not made again for each text; dropped after a text of
// more than SCRATCH_KEPT words, so that one huge text does not hold its size for the rest of the run.
const SCRATCH_KEPT = 1 << 16;
let first: number[] = [];
let second: number[] = [];

/** The shingles of `norm` (a block's normalised text). */
export function shingles(norm: string): Shingles {
  let tokens = 0;
  forEachLetterRun(norm, (start, end) => {
    let b = end - start;
    for (let k = start; k < end; k++) {
      b = Math.imul(b ^ codeAt(norm, k), 0x5bd1e995);
      b ^= b >>> 15;
    }
    first[tokens] = mix(fnv1a(norm, start, end));
    second[tokens] = mix(b);
    tokens++;
  });
  const high: number[] = [];
  const low: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= tokens; i++) {
    let h1 = FNV_OFFSET;
    let h2 = 0x9e3779b9;
    for (let k = i; k < i + SHINGLE_WORDS; k++) {
      h1 = fnvStep(h1, first[k]!);
      h2 = Math.imul(h2 ^ second[k]!, 0x5bd1e995) ^ (h2 >>> 15);
    }
    high.push(mix(h1) & 0x1fffff);
    low.push(mix(h2));
  }
  if (tokens > SCRATCH_KEPT) {
    first = [];
    second = [];
  }
  return { tokens, high, low };
}
