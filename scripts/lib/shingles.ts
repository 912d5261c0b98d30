/**
 * The ScrapingHub article-extraction benchmark's metric (its evaluate.py):
 * `\w+` tokens, multisets of 4-token shingles, per-page TP/FP/FN normalised
 * to sum to 1, precision and recall averaged over pages, F1 of the averages.
 * Python's `\w` is Unicode letters, numbers and `_`; marks split words.
 */
const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function shingles(toks: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (!toks.length) return counts;
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  if (toks.length < SHINGLE) add(toks.join('\u0000'));
  else for (let i = 0; i + SHINGLE <= toks.length; i++) add(toks.slice(i, i + SHINGLE).join('\u0000'));
  return counts;
}

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export function pageCounts(truth: string, prediction: string): PageCounts {
  const t = shingles(tokens(truth));
  const p = shingles(tokens(prediction));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const total = tp + fp + fn;
  return total ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp: 0, fp: 0, fn: 0 };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

export interface Scores {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly pages: number;
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function aggregate(counts: readonly PageCounts[]): Scores {
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, pages: counts.length };
}
