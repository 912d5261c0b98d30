/**
 * The benchmark metric as scripts/lib/shingles.ts computes it, checked on
 * cases worked out by hand from the definition in the ScrapingHub
 * benchmark's evaluate.py (and ../shared/bench/score_articlebody.py).
 */
import { aggregate, pageCounts, pagePrecision, pageRecall, shingles, tokens } from '../../scripts/lib/shingles.js';

describe('tokens and shingles', () => {
  test.each([
    ['Hello, world! 42 times', ['Hello', 'world', '42', 'times']],
    ['snake_case stays one', ['snake_case', 'stays', 'one']],
    ['Größe — naïve café', ['Größe', 'naïve', 'café']],
    ['', []],
  ])('tokens(%j)', (text, expected) => expect(tokens(text)).toEqual(expected));

  test('four-token shingles, counted as a multiset', () => {
    const s = shingles(tokens('a b c d a b c d'));
    expect(s.size).toBe(4);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });

  test('a text shorter than four tokens is one shingle', () => {
    expect(shingles(tokens('just two')).size).toBe(1);
  });
});

describe('page counts', () => {
  test('identical texts: precision and recall 1', () => {
    const c = pageCounts('one two three four five', 'one two three four five');
    expect([pagePrecision(c), pageRecall(c)]).toEqual([1, 1]);
  });

  test('a prediction with extra text: 2 shared shingles, 2 extra → P 0.5, R 1', () => {
    // truth shingles: (a b c d) (b c d e); prediction adds (c d e f) (d e f g).
    const c = pageCounts('a b c d e', 'a b c d e f g');
    expect(c.tp).toBeCloseTo(0.5);
    expect(c.fp).toBeCloseTo(0.5);
    expect(pagePrecision(c)).toBeCloseTo(0.5);
    expect(pageRecall(c)).toBe(1);
  });

  test('an empty prediction costs recall only (left out of precision)', () => {
    const scores = aggregate([pageCounts('a b c d e', ''), pageCounts('a b c d', 'a b c d')]);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo(2 / 3);
  });
});
