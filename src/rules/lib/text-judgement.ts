/**
 * Judgements of a text alone (`RuleContext.byText`): a label's strength, a phrase test. An input's texts are
 * read more than once — a page's output is read back as a dump, a dump's output is read again — and each
 * reading holds mostly the texts of the one before; a judgement that reads nothing but the text is made once
 * per text, and kept with the text's other facts (rules/engine.ts, TextMemo).
 */
import type { TextJudgement } from '../types.js';

let slots = 0;

/** Makes a judgement for `RuleContext.byText`: once per judgement, at a rule module's top level. */
export function textJudgement<T>(judge: (text: string, norm: string, words: number) => T): TextJudgement<T> {
  return { slot: slots++, judge };
}

/** How many judgements there are so far (a text's facts keep a slot for each). */
export const judgementSlots = (): number => slots;

/** A slot not yet filled: `undefined` is an answer. */
export const NOT_JUDGED: unique symbol = Symbol('not judged');
