/**
 * A judgement of a text alone (`RuleContext.byText`) is made once per text of an input: a reading of the
 * input's output, cleaned with the same memo, asks again and gets the kept answer, `undefined` included.
 */
import { parse } from '../../src/clean.js';
import { applyRules, TextMemo } from '../../src/rules/engine.js';
import { textJudgement } from '../../src/rules/lib/text-judgement.js';
import type { Rule, TextJudgement } from '../../src/rules/types.js';

/** A rule that asks `judgement` of every block and removes the blocks it says 'clutter' of. */
function ruleAsking(judgement: TextJudgement<string | undefined>): Rule {
  return {
    id: 'test-rule',
    category: 'custom',
    description: 'test',
    *text(ctx) {
      for (let i = 0; i < ctx.blocks.length; i++) if (ctx.byText(i, judgement) === 'clutter') yield { from: i, to: i + 1, reason: 'judged' };
    },
  };
}

/** A judgement that records what it was asked: 'clutter' for lines that start "Share", else undefined. */
function countingJudgement(): { judgement: TextJudgement<string | undefined>; asked: string[] } {
  const asked: string[] = [];
  const judgement = textJudgement((text, norm, words) => {
    asked.push(`${text}|${norm}|${words}`);
    return norm.startsWith('share') ? 'clutter' : undefined;
  });
  return { judgement, asked };
}

const DUMP = 'A first paragraph of the article, long enough.\n\nShare this post\n\nA first paragraph of the article, long enough.\n\nThe end of it.';

test.each([
  ['one reading', 1],
  ['two readings with one memo', 2],
  ['three readings with one memo', 3],
])('%s: each text is judged once, with its norm and word count', (_, readings) => {
  const { judgement, asked } = countingJudgement();
  const doc = parse(DUMP, 'text');
  const memo = new TextMemo();
  for (let r = 0; r < readings; r++) {
    const { removedBy } = applyRules(doc, [ruleAsking(judgement)], memo);
    expect(removedBy.map((x) => x?.reason)).toEqual([undefined, 'judged', undefined, undefined]);
  }
  expect(asked).toEqual(['A first paragraph of the article, long enough.|a first paragraph of the article, long enough.|8', 'Share this post|share this post|3', 'The end of it.|the end of it.|4']);
});

test('memos of other inputs judge their texts again', () => {
  const { judgement, asked } = countingJudgement();
  const doc = parse(DUMP, 'text');
  applyRules(doc, [ruleAsking(judgement)], new TextMemo());
  applyRules(doc, [ruleAsking(judgement)], new TextMemo());
  expect(asked).toHaveLength(6);
});

test('judgements kept apart, and one made after texts were judged gets a place of its own', () => {
  const first = countingJudgement();
  const doc = parse(DUMP, 'text');
  const memo = new TextMemo();
  applyRules(doc, [ruleAsking(first.judgement)], memo);
  // Made now, after the memo's texts have facts with a slot for each judgement made before.
  const later = textJudgement((text) => (text.startsWith('The end') ? 'clutter' : undefined));
  const { removedBy } = applyRules(doc, [ruleAsking(later), ruleAsking(first.judgement)], memo);
  expect(removedBy.map((x) => x !== undefined)).toEqual([false, true, false, true]);
  expect(first.asked).toHaveLength(3);
});
