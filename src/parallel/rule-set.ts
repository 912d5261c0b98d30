/**
 * Rules as they cross to a worker thread. Rule objects hold functions, which
 * do not cross threads; but a built-in rule is named by its id, and a config
 * file's rule is built from its config entry, plain data. A worker builds the
 * same rules, in the same order, from those.
 */
import type { UserRuleConfig } from '../config/schema.js';
import { userRule, userRuleConfig } from '../config/user-rules.js';
import { rules as builtinRules, selectRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

export interface PortableRules {
  /** The ids of the rules, in the order they run. */
  readonly ids: readonly string[];
  /** The config entries of the config file's rules among them. */
  readonly userRules?: readonly UserRuleConfig[];
}

/** `selected` as plain data, or undefined when a rule is neither built in nor a config file's (a library caller's own). */
export function portableRules(selected: readonly Rule[]): PortableRules | undefined {
  const userRules: UserRuleConfig[] = [];
  for (const rule of selected) {
    if (builtinRules.includes(rule)) continue;
    const config = userRuleConfig(rule);
    if (!config) return undefined;
    userRules.push(config);
  }
  return { ids: selected.map((r) => r.id), ...(userRules.length ? { userRules } : {}) };
}

/** The rules to select from: a config's entries built, before the built-in ones, as where they were read (ruleSetup in src/cli/main.ts). */
export function availableRules(userRules: readonly UserRuleConfig[] = []): readonly Rule[] {
  return userRules.length ? [...userRules.map(userRule), ...builtinRules] : builtinRules;
}

/** The rules `portable` names, built once for a run of tasks that name the same ones. */
export function rulesFrom(portable: PortableRules): Rule[] {
  const key = JSON.stringify(portable);
  if (cached?.key !== key) cached = { key, rules: selectRules({ only: portable.ids }, availableRules(portable.userRules)) };
  return cached.rules;
}

let cached: { key: string; rules: Rule[] } | undefined;
