/**
 * Finding, reading and checking config files. Every problem is reported as
 * "FILE: JSON.PATH: what is wrong", one per line, and is a usage error
 * (exit code 2): a config that does not say what its author meant must not
 * silently clean a corpus some other way.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { describeFsError } from '../io/fs-errors.js';
import { rules as builtinRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { ConfigSchema, type Config } from './schema.js';
import { userRule } from './user-rules.js';

export { CONFIG_FILE_NAMES, findConfig } from './find.js';
export { ConfigError };

export interface LoadedConfig {
  /** The file it came from. */
  readonly path: string;
  readonly config: Config;
  /** The user rules, built as rule modules. */
  readonly rules: readonly Rule[];
  /** Rule ids the config turns off. */
  readonly disabled: readonly string[];
}

/** `["rules", 0, "patterns", 1]` → `rules[0].patterns[1]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  if (!path.length) return '(top level)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Whether JSON.parse fails on the first `n` characters for a reason other than running out of text. */
function failsBefore(text: string, n: number): boolean {
  try {
    JSON.parse(text.slice(0, n));
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/end of JSON input/i.test(message)) return false;
    const at = /position (\d+)/.exec(message);
    return !at || Number(at[1]) < n;
  }
}

/**
 * Where a JSON syntax error is. Node 20 leaves the position out of many
 * messages, so search for the shortest prefix that fails for a real reason.
 */
function syntaxErrorOffset(text: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsBefore(text, mid + 1)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Parses JSON, reporting a syntax error with its line and column. */
function parseJson(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split(/, "| in JSON\b/)[0]!;
    throw new ConfigError([`${file}: ${lineAndColumn(body, syntaxErrorOffset(body))}: not valid JSON: ${message}`]);
  }
}

function issueLines(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${file}: ${jsonPath([...issue.path, key])}: unknown field`);
    }
    return [`${file}: ${jsonPath(issue.path)}: ${issue.message}`];
  });
}

/** Checks what only makes sense against the rule registry: ids unique and known. */
function crossCheck(file: string, config: Config, builtins: readonly Rule[]): string[] {
  const problems: string[] = [];
  const seen = new Set(builtins.map((r) => r.id));
  (config.rules ?? []).forEach((rule, i) => {
    if (builtins.some((r) => r.id === rule.id)) problems.push(`${file}: rules[${i}].id: "${rule.id}" is a built-in rule id; choose another`);
    else if (seen.has(rule.id)) problems.push(`${file}: rules[${i}].id: "${rule.id}" is used by an earlier rule`);
    seen.add(rule.id);
  });
  for (const id of Object.keys(config.modules ?? {})) {
    if (!seen.has(id)) problems.push(`${file}: modules.${id}: no rule has this id (known: ${[...seen].join(', ')})`);
  }
  return problems;
}

/** Validates a parsed config object; `file` names it in error messages. */
export function resolveConfig(value: unknown, file: string, builtins: readonly Rule[] = builtinRules): LoadedConfig {
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(issueLines(file, parsed.error.issues));
  const config = parsed.data;
  const problems = crossCheck(file, config, builtins);
  if (problems.length) throw new ConfigError(problems);
  const disabled = Object.entries(config.modules ?? {})
    .filter(([, on]) => !on)
    .map(([id]) => id);
  return { path: file, config, rules: (config.rules ?? []).map(userRule), disabled };
}

/** Reads and validates the config file at `file`. */
export function loadConfig(file: string, builtins: readonly Rule[] = builtinRules): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([`${file}: cannot read config: ${describeFsError(error)}`]);
  }
  return resolveConfig(parseJson(text, file), file, builtins);
}
