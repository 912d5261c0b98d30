/**
 * Literal phrases in a character trie, where a phrase's space matches one white-space character or none: what a
 * phrase set's literal phrases and a label sequence's labels mean (as regexes, `read\s?more`), without a regex.
 *
 * Why not the regexes: V8 compiles a group of such alternatives to 20–350 KB of machine code, once for one-byte
 * and again for two-byte texts, and a cleaning thread kept 9.7 of its 15 MB of regex code for them (heap
 * snapshots after passes over the benchmark pages). Each thread holds its own, and a heap's limit is set at
 * twice what it keeps, so every megabyte kept cost a batch about four of its peak memory. A walk down the trie
 * is also what the regexes did, one character at a time, with less around it.
 */
import { isSpace } from '../../text/small-regex.js';
import { codeAt } from '../../text/chars.js';

const SPACE = 32;
/** No node: a missing child, the end of a list of siblings. */
const NONE = -1;

/**
 * A trie of literal phrases, each with a rank (lower ranks first). A phrase's space (U+0020) matches one
 * white-space character of the text (JavaScript's `\s`) or none; every other character matches itself.
 */
export class LiteralTrie {
  // Nodes in columns: each node's code unit, first child and next sibling, and the rank of the phrase that
  // ends there (NONE if none does). Node 0 is the root.
  private readonly unit: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly rankAt: Int32Array;
  // lowestRankAt's finding so far.
  private best = NONE;
  private bestEnd = NONE;

  /** `phrases[k]` is given rank k; a phrase listed twice keeps its first rank. */
  constructor(phrases: readonly string[]) {
    const unit = [0];
    const firstChild = [NONE];
    const nextSibling = [NONE];
    const rankAt = [NONE];
    for (let rank = 0; rank < phrases.length; rank++) {
      const phrase = phrases[rank]!;
      let node = 0;
      for (let i = 0; i < phrase.length; i++) {
        const c = phrase.charCodeAt(i);
        let child = firstChild[node]!;
        while (child !== NONE && unit[child] !== c) child = nextSibling[child]!;
        if (child === NONE) {
          child = unit.length;
          unit.push(c);
          firstChild.push(NONE);
          nextSibling.push(firstChild[node]!);
          rankAt.push(NONE);
          firstChild[node] = child;
        }
        node = child;
      }
      if (rankAt[node] === NONE) rankAt[node] = rank;
    }
    this.unit = Int32Array.from(unit);
    this.firstChild = Int32Array.from(firstChild);
    this.nextSibling = Int32Array.from(nextSibling);
    this.rankAt = Int32Array.from(rankAt);
  }

  /** Whether the whole text is one of the phrases. */
  matchesWhole(text: string): boolean {
    return this.wholeFrom(text, 0, 0);
  }

  /**
   * The phrase of the lowest rank that the text holds at `at` (a prefix of the rest, as a sticky regex of the
   * phrases in rank order finds it): where its match ends, or NONE.
   */
  lowestRankAt(text: string, at: number): number {
    this.best = NONE;
    this.bestEnd = NONE;
    this.prefixFrom(text, 0, at);
    return this.bestEnd;
  }

  /** Whether the text from `i` on matches some path from `node` to the end of a phrase. */
  private wholeFrom(text: string, node: number, i: number): boolean {
    const length = text.length;
    for (;;) {
      if (i === length && this.rankAt[node] !== NONE) return true;
      const c = i < length ? codeAt(text, i) : NONE;
      let next = NONE;
      for (let child = this.firstChild[node]!; child !== NONE; child = this.nextSibling[child]!) {
        const u = this.unit[child]!;
        if (u === SPACE) {
          // `\s?` is greedy: one white-space character taken, then none.
          if (c !== NONE && isSpace(c) && this.wholeFrom(text, child, i + 1)) return true;
          if (this.wholeFrom(text, child, i)) return true;
        } else if (u === c) next = child;
      }
      if (next === NONE) return false;
      node = next;
      i++;
    }
  }

  /** Records in `best` / `bestEnd` each phrase end reached from `node` at `i`, keeping the lowest rank. */
  private prefixFrom(text: string, node: number, i: number): void {
    const length = text.length;
    for (;;) {
      const rank = this.rankAt[node]!;
      if (rank !== NONE && (this.best === NONE || rank < this.best)) {
        this.best = rank;
        this.bestEnd = i;
      }
      const c = i < length ? codeAt(text, i) : NONE;
      let next = NONE;
      for (let child = this.firstChild[node]!; child !== NONE; child = this.nextSibling[child]!) {
        const u = this.unit[child]!;
        if (u === SPACE) {
          if (c !== NONE && isSpace(c)) this.prefixFrom(text, child, i + 1);
          this.prefixFrom(text, child, i);
        } else if (u === c) next = child;
      }
      if (next === NONE) return;
      node = next;
      i++;
    }
  }
}
