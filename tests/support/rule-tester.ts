/**
 * Table-driven rule tests, in the manner of ESLint's RuleTester: each rule
 * runs alone on each case. `remove` cases say exactly which blocks the rule
 * takes and what text is left; `keep` cases are look-alikes it must leave
 * untouched when it judges them.
 */
import { clean, parse } from '../../src/clean.js';
import { applyRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/types.js';

export interface RemoveCase {
  readonly name: string;
  readonly format: 'html' | 'text';
  readonly input: string;
  /** The removed blocks' texts, in document order (a removal spanning blocks joins them with "\n"). */
  readonly removed: readonly string[];
  /** The text left, exactly. */
  readonly output: string;
}

export interface KeepCase {
  readonly name: string;
  readonly format: 'html' | 'text';
  readonly input: string;
}

export function testRule(rule: Rule, cases: { remove: readonly RemoveCase[]; keep: readonly KeepCase[] }): void {
  const names = [...cases.remove, ...cases.keep].map((c) => c.name);
  test('case names are unique', () => expect(new Set(names).size).toBe(names.length));

  describe(`${rule.id}: removes`, () => {
    test.each(cases.remove.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const result = clean(c.input, { inputFormat: c.format, rules: [rule] });
      expect(result.removed.every((r) => r.rule === rule.id && r.category === rule.category)).toBe(true);
      expect(result.removed.map((r) => r.text)).toEqual(c.removed);
      expect(result.text).toBe(c.output);
    });
  });

  // The rule's own judgement of the input. (A text dump's output is then read back as a second run
  // would read it — a heading as a plain line — and cleaned again; see clean.ts.)
  describe(`${rule.id}: keeps`, () => {
    test.each(cases.keep.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(applyRules(parse(c.input, c.format), [rule]).removals).toEqual([]);
    });
  });
}

/** Lines to a text dump. */
export const dump = (...lines: string[]): string => lines.join('\n');
