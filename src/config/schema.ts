/**
 * The config file format (rinse.config.json / .rinserc.json), defined once in
 * zod: validation, the TypeScript types and the JSON Schema printed by
 * `rinse schema config` all come from here.
 */
import { z } from 'zod';
import { cheerio } from '../lazy.js';
import { CATEGORIES } from '../rules/types.js';
import { compileUserPattern } from '../rules/user-pattern.js';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const RuleIdSchema = z
  .string()
  .regex(RULE_ID, { message: 'must be kebab-case: lower-case letters and digits joined by single hyphens, such as "my-site-footer"' })
  .describe('a kebab-case rule id');

/** A pattern that compiles and cannot backtrack catastrophically. */
const PatternSchema = z.string().min(1, { message: 'must not be empty' }).superRefine((source, ctx) => {
  const compiled = compileUserPattern(source);
  if (!compiled.ok) ctx.addIssue({ code: 'custom', message: `pattern ${JSON.stringify(source)} ${compiled.problem}` });
});

/** A cheerio instance to try selectors on, made on first use: cheerio loads only when a config holds selectors. */
let probeInstance: ReturnType<ReturnType<typeof cheerio>['load']> | undefined;
const probe = (selector: string): unknown => (probeInstance ??= cheerio().load(''))(selector);

/** A CSS selector that css-select (cheerio's engine) can run. */
const SelectorSchema = z.string().trim().min(1, { message: 'must not be empty' }).superRefine((selector, ctx) => {
  try {
    probe(selector);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `selector ${JSON.stringify(selector)} is not valid CSS: ${error instanceof Error ? error.message : String(error)}` });
  }
});

const comment = z.string().optional().describe('free text for people reading the file; ignored');

export const UserRuleSchema = z
  .strictObject({
    $comment: comment,
    id: RuleIdSchema.describe('the rule id, as `--rules`, `--disable`, `--explain` and JSON `removed` show it; must not be a built-in id'),
    category: z.enum(CATEGORIES).default('custom').describe('the kind of clutter the rule removes'),
    description: z.string().trim().min(1, { message: 'must say what the rule removes' }).describe('one line: what the rule removes (shown by `rinse rules` and used as the reason in `--explain`)'),
    appliesTo: z.enum(['text', 'html', 'both']).default('both').describe('which inputs the rule runs on: text dumps, HTML, or both'),
    phrases: z
      .array(z.string().trim().min(1, { message: 'must not be empty' }))
      .min(1)
      .optional()
      .describe('whole-block phrases, matched case-insensitively after normalising space, quotes and edge decoration; `{n}` stands for a number, `{*}` for any short text'),
    patterns: z
      .array(PatternSchema)
      .min(1)
      .optional()
      .describe('regular expressions (JavaScript syntax) that must match a whole block, as if written ^(?:…)$; nested repetition and back-references are refused'),
    caseSensitive: z.boolean().default(false).describe('match `patterns` with case as written (default: ignore case)'),
    selectors: z
      .array(SelectorSchema)
      .min(1)
      .optional()
      .describe('CSS selectors (HTML inputs only): every block inside a matching element is removed'),
    maxWords: z.number().int().positive().optional().describe('skip a selector match holding more words than this, so a broad selector cannot take the article'),
  })
  .refine((r) => r.phrases || r.patterns || r.selectors, { message: 'needs at least one of "phrases", "patterns" or "selectors"' })
  .describe('a rule of your own');

export const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('the JSON Schema this file follows (for editors); ignored by rinse'),
    $comment: comment,
    modules: z
      .record(RuleIdSchema, z.boolean())
      .optional()
      .describe('turn rule modules (built-in or your own) on (true) or off (false) by id; all are on by default'),
    rules: z.array(UserRuleSchema).optional().describe('rules of your own, run after the built-in ones'),
  })
  .describe('rinse configuration (rinse.config.json or .rinserc.json)');

export type Config = z.infer<typeof ConfigSchema>;
export type UserRuleConfig = z.infer<typeof UserRuleSchema>;
