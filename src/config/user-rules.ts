/**
 * Rules from a config file, built as ordinary rule modules: the engine runs
 * them like the built-in ones, after them, and explains their removals the
 * same way.
 */
import type { InputFormat } from '../model.js';
import { phraseSet } from '../rules/lib/phrases.js';
import type { Rule, RuleContext, Verdict } from '../rules/types.js';
import { compileUserPattern, type UserPattern } from '../rules/user-pattern.js';
import type { UserRuleConfig } from './schema.js';

/** A user rule's text as its patterns see it: one space between words, no line breaks. */
function flatText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function compilePatterns(sources: readonly string[], caseSensitive: boolean): UserPattern[] {
  return sources.map((source) => {
    const compiled = compileUserPattern(source, { caseSensitive });
    // The config schema already refused bad patterns; this guards callers that skipped it.
    if (!compiled.ok) throw new Error(`pattern ${JSON.stringify(source)} ${compiled.problem}`);
    return compiled;
  });
}

/** The config entry each user rule was built from: plain data, which a worker thread builds the same rule from. */
const configOf = new WeakMap<Rule, UserRuleConfig>();

/** The config entry `rule` was built from by `userRule`, or undefined for any other rule. */
export function userRuleConfig(rule: Rule): UserRuleConfig | undefined {
  return configOf.get(rule);
}

/** Builds a `Rule` from one validated config entry. */
export function userRule(config: UserRuleConfig): Rule {
  const runsOn = (format: InputFormat): boolean => config.appliesTo === 'both' || config.appliesTo === format;
  const phrases = config.phrases ? phraseSet(config.phrases) : undefined;
  const patterns = compilePatterns(config.patterns ?? [], config.caseSensitive);
  const reason = config.description;

  function* text(ctx: RuleContext): Iterable<Verdict> {
    // A page's own text read back (clean.ts) is still an HTML input's: a rule for text dumps leaves it alone.
    if (!runsOn(ctx.doc.ownPageText ? 'html' : ctx.doc.format)) return;
    for (let i = 0; i < ctx.blocks.length; i++) {
      if (ctx.removed(i)) continue;
      const hit = phrases?.test(ctx.norm(i)) || (patterns.length > 0 && patterns.some((p) => p.test(flatText(ctx.blocks[i]!.text))));
      if (hit) yield { from: i, to: i + 1, reason };
    }
  }

  const selectors = runsOn('html') ? config.selectors ?? [] : [];
  const rule: Rule = {
    id: config.id,
    category: config.category,
    description: config.description,
    ...(selectors.length
      ? { html: selectors.map((selector) => ({ selector, reason, ...(config.maxWords !== undefined ? { maxWords: config.maxWords } : {}) })) }
      : {}),
    ...(phrases || patterns.length ? { text } : {}),
  };
  configOf.set(rule, config);
  return rule;
}
